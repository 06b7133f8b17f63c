//! Before the lines of a text are classified: the shapes that copying out of a PDF or Word
//! leaves, and the Markdown blocks the line reader does not know, are rewritten as plain
//! lines, bullets and headings. Nothing is dropped here; only markers move.
//!
//! - **Markdown** (when [`looks_like_markdown`]): a setext heading (`Title` over `===`)
//!   becomes `# Title`; a line that is only bold (`**Stop**`) a heading one level below
//!   the last one; a table's rows become ideas, the first cell the idea and the others
//!   its sub-points `Header: cell`.
//! - **A paragraph with an inline list** (`Esiin nousi: * tilat * avustukset`, or `1.`, `2.`,
//!   `3.` … in one line) is split into its lead-in and one bullet per item.
//! - **Bullets alone on their lines** (`•`, `•`, `•`, then three lines of text) are paired
//!   with the texts that follow, in order.

use super::line::{Kind, Line, classify};

/// True when the text has Markdown's own blocks (`#` headings, a table or a line that is
/// only bold; links and emphasis alone may be in any text) and no `•` bullets, which
/// plain text and the text export use and Markdown does not.
pub(super) fn looks_like_markdown(input: &str) -> bool {
    let mut blocks = false;
    for l in input.lines() {
        let t = l.trim();
        if t.starts_with(['•', '\u{f0b7}']) {
            return false;
        }
        blocks = blocks
            || matches!(classify(l).kind, Kind::Heading { .. })
            || bold_line(t).is_some()
            || is_table_separator(t);
    }
    blocks
}

/// The text of a line that is only bold: `**Stop**`, `__Start:__`.
fn bold_line(t: &str) -> Option<&str> {
    ["**", "__"].into_iter().find_map(|m| {
        let inner = t.strip_prefix(m)?.strip_suffix(m)?;
        let inner = inner.trim_end_matches(':');
        (!inner.is_empty() && !inner.contains(m) && inner.chars().count() <= 80).then_some(inner)
    })
}

fn is_table_separator(t: &str) -> bool {
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn table_cells(t: &str) -> Vec<String> {
    let t = t.trim().trim_start_matches('|');
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').map(|c| c.trim().to_string()).collect()
}

/// Rewrites Markdown blocks (setext headings, bold-only lines, tables) as lines the line
/// reader knows.
fn markdown_blocks(raw: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    let mut level = 1;
    let mut header: Option<Vec<String>> = None;
    let mut i = 0;
    while i < raw.len() {
        let line = &raw[i];
        let t = line.trim();
        if let Kind::Heading { level: l, .. } = classify(line).kind {
            level = l;
        }
        let next = raw.get(i + 1).map(|n| n.trim()).unwrap_or("");
        let plain = matches!(classify(line).kind, Kind::Plain { .. });
        if plain && !t.is_empty() && !next.is_empty() && next.chars().all(|c| c == '=') {
            out.push(format!("# {t}"));
            level = 1;
            i += 2;
            continue;
        }
        if t.starts_with('|') && is_table_separator(next) {
            header = Some(table_cells(t));
            i += 2;
            continue;
        }
        if t.starts_with('|') {
            let cells = table_cells(t);
            let names = header.clone().unwrap_or_default();
            let mut cells = cells.into_iter().enumerate().filter(|(_, c)| !c.is_empty());
            if let Some((_, first)) = cells.next() {
                out.push(format!("- {first}"));
                for (n, cell) in cells {
                    match names.get(n).filter(|h| !h.is_empty()) {
                        Some(h) => out.push(format!("    - {h}: {cell}")),
                        None => out.push(format!("    - {cell}")),
                    }
                }
            }
            i += 1;
            continue;
        }
        header = None;
        if let Some(text) = bold_line(t) {
            out.push(format!("{} {text}", "#".repeat((level + 1).min(6))));
            i += 1;
            continue;
        }
        out.push(line.clone());
        i += 1;
    }
    out
}

/// Splits a line holding an inline list (`a: * b * c`, `a 1. b 2. c 3. d`) into its
/// lead-in and bullets; `None` when it holds none.
fn inline_list(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !matches!(classify(line).kind, Kind::Plain { .. }) {
        return None;
    }
    let stars: Vec<&str> = t.split(" * ").collect();
    if stars.len() >= 3 {
        let mut out = vec![stars[0].trim().to_string()];
        out.extend(stars[1..].iter().map(|s| format!("- {}", s.trim())));
        return Some(out.into_iter().filter(|s| !s.is_empty()).collect());
    }
    // `1.` … `n.` in order, each after a space (or at the start).
    let mut cuts = Vec::new();
    let mut n = 1;
    let mut from = 0;
    while let Some(at) = find_number(t, from, n) {
        cuts.push(at);
        from = at + 2;
        n += 1;
    }
    if cuts.len() < 3 {
        return None;
    }
    let mut out = Vec::new();
    let lead = t[..cuts[0]].trim();
    if !lead.is_empty() {
        out.push(lead.to_string());
    }
    for (k, &at) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).copied().unwrap_or(t.len());
        out.push(t[at..end].trim().to_string());
    }
    Some(out)
}

/// Where `n.` stands as a list number in `t` at or after `from`.
fn find_number(t: &str, from: usize, n: usize) -> Option<usize> {
    let mark = format!("{n}. ");
    let mut start = from;
    while let Some(k) = t.get(start..)?.find(&mark) {
        let at = start + k;
        let before = t[..at].chars().next_back();
        if before.is_none_or(char::is_whitespace) {
            return Some(at);
        }
        start = at + mark.len();
    }
    None
}

/// Pairs bullets standing alone with the texts after them: `•` `•` `•` `a` `b` `c` and
/// `•` `a` `•` `b` both give three bullets with their texts.
fn pair_bullets(lines: Vec<Line>) -> Vec<Line> {
    let empty_bullet = |l: &Line| matches!(&l.kind, Kind::Bullet { text, .. } if text.is_empty());
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if !empty_bullet(&lines[i]) {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        // A run of empty bullets (blank lines between them allowed) …
        let mut run = Vec::new();
        let mut j = i;
        while j < lines.len() && (empty_bullet(&lines[j]) || matches!(lines[j].kind, Kind::Blank)) {
            if empty_bullet(&lines[j]) {
                run.push(j);
            }
            j += 1;
        }
        // … takes as many plain lines after it, one each.
        let mut texts = Vec::new();
        let mut k = j;
        while k < lines.len() && texts.len() < run.len() {
            match &lines[k].kind {
                Kind::Plain { .. } => texts.push(k),
                Kind::Blank => {}
                _ => break,
            }
            k += 1;
        }
        for (n, &b) in run.iter().enumerate() {
            let Kind::Bullet {
                indent, numbered, ..
            } = lines[b].kind
            else {
                continue;
            };
            // A bullet with no text left over holds no word: it makes no empty idea.
            if let Some(&t) = texts.get(n) {
                let text = lines[t].content.clone();
                out.push(Line {
                    kind: Kind::Bullet {
                        indent,
                        numbered,
                        text: text.clone(),
                    },
                    content: format!("• {text}"),
                    tab: false,
                });
            }
        }
        i = if texts.is_empty() {
            j
        } else {
            texts[texts.len() - 1] + 1
        };
    }
    out
}

/// The lines of `input` ready for the line reader (see the module documentation).
pub(super) fn lines(input: &str, markdown: bool) -> Vec<Line> {
    let raw: Vec<String> = input.split('\n').map(str::to_string).collect();
    let raw = if markdown { markdown_blocks(raw) } else { raw };
    let mut split = Vec::with_capacity(raw.len());
    let mut paragraph_start = true;
    for line in raw {
        // Only a paragraph of its own, not indented, can be a flattened list: a line
        // that goes on from the one above belongs to that.
        let starts = paragraph_start && !line.starts_with(char::is_whitespace);
        paragraph_start = line.trim().is_empty();
        match inline_list(&line).filter(|_| starts) {
            Some(parts) => split.extend(parts),
            None => split.push(line),
        }
    }
    pair_bullets(split.iter().map(|l| classify(l)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str, md: bool) -> Vec<String> {
        lines(input, md).into_iter().map(|l| l.content).collect()
    }

    #[test]
    fn inline_lists_are_split() {
        assert_eq!(
            texts("Esiin nousi: * tilat * avustukset * viestintä", false),
            ["Esiin nousi:", "- tilat", "- avustukset", "- viestintä"]
        );
        assert_eq!(
            texts("Tavoitteet 1. Tiloja 2. Avustuksia 3. Viestintää", false),
            ["Tavoitteet", "1. Tiloja", "2. Avustuksia", "3. Viestintää"]
        );
        // Two numbers are no list, and a date is no number.
        assert_eq!(
            texts("Kokous 4.2.2015 klo 1. kerros 2. ovi", false),
            ["Kokous 4.2.2015 klo 1. kerros 2. ovi"]
        );
    }

    #[test]
    fn lonely_bullets_pair_with_the_texts_after_them() {
        assert_eq!(
            texts("•\n•\n•\nTilat\nAvustukset\nViestintä", false),
            ["• Tilat", "• Avustukset", "• Viestintä"]
        );
        assert_eq!(
            texts("•\nTilat\n\n•\nAvustukset", false),
            ["• Tilat", "", "• Avustukset"]
        );
    }

    #[test]
    fn markdown_tables_bold_lines_and_setext_headings() {
        assert_eq!(
            texts(
                "Retro\n=====\n**Stop**\n| Idea | Ääniä |\n|---|---|\n| Kahvi | 3 |\n",
                true
            ),
            ["# Retro", "## Stop", "- Kahvi", "- Ääniä: 3", ""]
        );
    }
}
