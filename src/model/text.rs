//! Input hygiene: every text that enters a session is cleaned here, once.
//!
//! Typed, pasted, imported or hand-edited text must never carry terminal control
//! sequences into the board or an export, so escape sequences and control characters
//! are removed, tabs become spaces and over-long text is cut.

/// Most characters one idea, sub-point or name may hold.
pub const MAX_CHARS: usize = 2000;

/// The result of cleaning a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// True when the text was cut to [`MAX_CHARS`].
    pub truncated: bool,
}

/// Cleans a one-line text: control characters and escape sequences out, tabs and
/// newlines to single spaces, ends trimmed, at most [`MAX_CHARS`] characters.
pub fn clean_line(input: &str) -> Cleaned {
    let mut out = String::with_capacity(input.len().min(MAX_CHARS * 4));
    let mut chars = input.chars().peekable();
    let mut count = 0;
    let mut truncated = false;
    while let Some(c) = chars.next() {
        let keep = match c {
            '\u{1b}' => {
                skip_escape(&mut chars);
                None
            }
            // C1 CSI, OSC, DCS, APC, PM, SOS: the 8-bit forms of the same sequences.
            '\u{9b}' => {
                skip_csi(&mut chars);
                None
            }
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => {
                skip_string(&mut chars);
                None
            }
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some(' '),
            c if c.is_control() => None,
            // Bidi overrides and isolates can make text display in another order than
            // it was typed; plain marks (U+200E/F) are harmless and kept.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        };
        if let Some(c) = keep {
            if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
                continue;
            }
            if count == MAX_CHARS {
                truncated = true;
                break;
            }
            out.push(c);
            count += 1;
        }
    }
    let trimmed_len = out.trim_end().len();
    out.truncate(trimmed_len);
    Cleaned {
        text: out,
        truncated,
    }
}

/// Cleans a text and returns only the text.
pub fn clean(input: &str) -> String {
    clean_line(input).text
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, an OSC/DCS/APC string, or one more character.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | '_' | '^' | 'X') => skip_string(chars),
        _ => {}
    }
}

/// Skips CSI parameters up to and including the final byte (0x40–0x7E).
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            break;
        }
    }
}

/// Skips a control string up to BEL, ST (ESC \) or the C1 ST.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_finnish_text_is_kept() {
        assert_eq!(
            clean("Tilat avattaisiin yhdistysten käyttöön"),
            "Tilat avattaisiin yhdistysten käyttöön"
        );
        assert_eq!(clean("Ryhmä 👩‍👩‍👧 ja 漢字"), "Ryhmä 👩‍👩‍👧 ja 漢字");
    }

    #[test]
    fn escape_sequences_are_removed() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(
            clean("x\u{1b}]8;;http://e\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "xlink"
        );
        assert_eq!(clean("bell\u{7}\u{9b}2Jz"), "bellz");
        assert_eq!(clean("\u{202e}abc"), "abc");
    }

    #[test]
    fn whitespace_is_folded() {
        assert_eq!(clean("  a\tb\r\n\nc  "), "a b c");
    }

    #[test]
    fn long_text_is_cut_with_notice() {
        let long = "ä".repeat(MAX_CHARS + 10);
        let c = clean_line(&long);
        assert!(c.truncated);
        assert_eq!(c.text.chars().count(), MAX_CHARS);
    }
}
