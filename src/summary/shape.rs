//! The shapes of a summary line (blank, heading, bullet or plain text, with its indentation)
//! as the text import reads them; the text export asks the same rules which words may not
//! start a wrapped line.

/// What a line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Empty or only spaces (also rules such as `---`).
    Blank,
    /// `#` heading of `level`.
    Heading {
        /// 1 to 6.
        level: usize,
        /// The heading text.
        text: String,
    },
    /// A list item.
    Bullet {
        /// Columns before the marker.
        indent: usize,
        /// `1.` or `1)`.
        numbered: bool,
        /// Text after the marker.
        text: String,
    },
    /// Anything else.
    Plain {
        /// Columns before the text.
        indent: usize,
        /// The text.
        text: String,
    },
}

/// A classified line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// What it is.
    pub kind: Kind,
    /// The line without its indentation and trailing spaces.
    pub content: String,
    /// True when the indentation starts with a tab (Word's way to indent a list level).
    pub tab: bool,
}

impl Line {
    /// Columns the line takes: indentation and text.
    pub fn width(&self) -> usize {
        let indent = match self.kind {
            Kind::Bullet { indent, .. } | Kind::Plain { indent, .. } => indent,
            _ => 0,
        };
        indent + self.content.chars().count()
    }

    /// Columns before the line's text.
    pub fn indent(&self) -> usize {
        match self.kind {
            Kind::Bullet { indent, .. } | Kind::Plain { indent, .. } => indent,
            _ => 0,
        }
    }
}

/// Bullets that need no space after them.
const SOLID_BULLETS: &[char] = &[
    '•', '\u{f0b7}', '◦', '▪', '●', '‣', '∙', '·', '■', '□', '○', '►', '➢', '\u{f0a7}', '\u{f076}',
];
/// Second-level markers of Word lists: a bullet four columns deeper than written.
const SECOND_LEVEL: &[char] = &['o', '§', '\u{f0a7}'];
/// Bullets that need a space after them.
const DASH_BULLETS: &[char] = &['-', '*', '+', '–', '—'];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Classifies one line.
pub fn classify(raw: &str) -> Line {
    let mut indent = 0;
    let mut start = raw.len();
    for (i, c) in raw.char_indices() {
        match c {
            '\t' => indent = (indent / 4 + 1) * 4,
            c if is_space(c) => indent += 1,
            _ => {
                start = i;
                break;
            }
        }
    }
    let content = raw[start..].trim_end_matches(is_space).to_string();
    let tab = raw.starts_with('\t');
    let line = |kind| Line {
        kind,
        content: content.clone(),
        tab,
    };
    if content.is_empty() || is_rule(&content) {
        return line(Kind::Blank);
    }
    let mut chars = content.chars();
    let first = chars.next().unwrap_or(' ');
    let rest_after = |n: usize| content[n..].trim_matches(is_space).to_string();
    if indent < 4 && first == '#' {
        let level = content.chars().take_while(|&c| c == '#').count();
        let after = content[level..].chars().next();
        if level <= 6 && after.is_none_or(is_space) {
            let text = content[level..].trim_matches(is_space);
            let text = text.trim_end_matches('#').trim_end_matches(is_space);
            return line(Kind::Heading {
                level,
                text: text.to_string(),
            });
        }
    }
    // Word's second-level markers, pasted without their indentation: `o`, `§` and the
    // Wingdings square and section sign, followed by a space or tab.
    if SECOND_LEVEL.contains(&first) && chars.clone().next().is_some_and(is_space) {
        let text = rest_after(first.len_utf8());
        // `§ 5` numbers a paragraph of minutes; it is no list.
        let paragraph_number = first == '§' && text.starts_with(|c: char| c.is_ascii_digit());
        if !text.is_empty() && !paragraph_number {
            return line(Kind::Bullet {
                indent: indent + 4,
                numbered: false,
                text,
            });
        }
    }
    if SOLID_BULLETS.contains(&first) {
        return line(Kind::Bullet {
            indent,
            numbered: false,
            text: rest_after(first.len_utf8()),
        });
    }
    if DASH_BULLETS.contains(&first) && chars.next().is_none_or(is_space) {
        return line(Kind::Bullet {
            indent,
            numbered: false,
            text: rest_after(first.len_utf8()),
        });
    }
    let digits = content.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let mut after = content[digits..].chars();
        if matches!(after.next(), Some('.' | ')')) && after.next().is_none_or(is_space) {
            return line(Kind::Bullet {
                indent,
                numbered: true,
                text: rest_after(digits + 1),
            });
        }
    }
    line(Kind::Plain {
        indent,
        text: content.clone(),
    })
}

fn is_rule(content: &str) -> bool {
    let marks: Vec<char> = content.chars().filter(|c| !is_space(*c)).collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&m| marks.iter().all(|&c| c == m))
}

/// True when a line starting with `word` (alone or followed by more text) would be read
/// as a list item, heading or rule instead of text. The text export keeps such words off
/// the start of continuation lines.
pub fn looks_like_marker(word: &str) -> bool {
    // Every marker starts with a mark, a digit, `#` or Word's `o`; most words start with
    // another letter, and
    // the text export asks this of every word it wraps.
    if word
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !SECOND_LEVEL.contains(&c))
    {
        return false;
    }
    let alone = classify(word).kind;
    let followed = classify(&format!("{word} x")).kind;
    !matches!(alone, Kind::Plain { .. }) || !matches!(followed, Kind::Plain { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_starting_with_a_letter_are_never_markers() {
        // `looks_like_marker` skips the classifier for such words: no bullet is a letter.
        assert!(
            !SOLID_BULLETS
                .iter()
                .chain(DASH_BULLETS)
                .any(|c| c.is_alphabetic())
        );
        for word in ["ja", "YHTEENVETO", "a)", "IV.", "Ä-talo", "x"] {
            let alone = classify(word).kind;
            let followed = classify(&format!("{word} x")).kind;
            assert!(matches!(alone, Kind::Plain { .. }), "{word}");
            assert!(matches!(followed, Kind::Plain { .. }), "{word}");
            assert!(!looks_like_marker(word), "{word}");
        }
        for word in ["-", "•", "1.", "2)", "#", "---"] {
            assert!(looks_like_marker(word), "{word}");
        }
    }

    #[test]
    fn classifies_lines() {
        assert!(matches!(
            classify("\u{f0b7} idea").kind,
            Kind::Bullet { indent: 0, .. }
        ));
        assert!(matches!(
            classify(" • idea").kind,
            Kind::Bullet { indent: 1, .. }
        ));
        assert!(matches!(
            classify("  – sub").kind,
            Kind::Bullet { indent: 2, .. }
        ));
        assert!(matches!(
            classify("1) x").kind,
            Kind::Bullet { numbered: true, .. }
        ));
        assert!(matches!(classify("-> x").kind, Kind::Plain { .. }));
        assert!(matches!(
            classify("## Teema").kind,
            Kind::Heading { level: 2, .. }
        ));
        assert!(matches!(classify("---").kind, Kind::Blank));
        assert!(matches!(
            classify("o\talakohta").kind,
            Kind::Bullet { indent: 4, .. }
        ));
        assert!(matches!(
            classify("§ alakohta").kind,
            Kind::Bullet { indent: 4, .. }
        ));
        assert!(matches!(classify("oma idea").kind, Kind::Plain { .. }));
        assert!(matches!(classify("   ").kind, Kind::Blank));
    }
}
