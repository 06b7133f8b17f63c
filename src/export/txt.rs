//! Plain text in the shape of the appendix of the 2015 report ("Liite 1"):
//!
//! ```text
//! YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ
//!
//! Kumppanuuden kehittäminen
//!
//! • kumppanuuden tulee olla tasavertaista ja vastavuoroista: toimintaa
//!   suunnitellaan, toteutetaan ja arvioidaan alusta loppuun YHDESSÄ IDEASTA
//! • Kaupunki ja järjestöt voisivat yhdessä kuunnella kohderyhmää (3 ääntä)
//!   – sub-point
//!
//! Tilat – Kokoontumistilat
//!
//! (ei ideoita)
//! ```
//!
//! The layout, decided so that the text import (`crate::import::from_text`) reads it back exactly:
//! - the summary heading ([`super::summary_heading`]), a blank line; the series link
//!   ("Jatkoa tilaisuudelle …", [`super::series_link`]) and a blank line when there is one;
//! - every theme with ideas: its name on a line of its own, a blank line, its ideas, a
//!   blank line. A sub-theme follows its parent as `Parent – Child`. Themes nobody said
//!   anything about are left out, unless [`Options::empty_themes`] asks for them: then a
//!   theme with neither ideas nor sub-themes shows the catalogue's "(ei ideoita)". Theme
//!   descriptions are left out.
//! - ideas as `• ` bullets, sub-points as `  – ` (wordings merged into the idea follow as
//!   `  – (yhdistetty: …)`), wrapped at [`WIDTH`] display columns
//!   (East Asian wide characters and emoji count two) with continuation lines indented
//!   to the text. A line breaks at spaces and between two wide characters (but not at a
//!   space between two wide characters, so a reader can join lines back); a word wider
//!   than the line is not broken (it overflows, so URLs stay whole), and a word that would
//!   look like a list marker at the start of a line (`–`, `-`, `1.`, `#`…) is kept on the
//!   line before. Votes are shown as `(3 ääntä)` after the text when there are any. An
//!   idea without votes whose own text ends like that (`Kirjastotilat (3 ääntä)`) gets
//!   `(0 ääntä)` after it, so that reading the text back does not turn its words into votes.
//! - the unsorted pool under its catalogue name, only when it holds ideas;
//! - with [`Options::full_text`], the voting result ("Äänestyksen tulos",
//!   [`super::voting_result`]) when any idea has
//!   votes: numbered `1. idea (5 ääntä)` lines (tied ideas share a number) with the theme
//!   as a sub-point `   – Tilat`;
//! - with [`Options::full_text`] only (Liite 1 is the themes alone): agenda (time span,
//!   title, length; prompt as a sub-point), parking lot (sub-points as sub-points) and
//!   actions (owner, due date and status as sub-points), each only when non-empty, and
//!   notes, as plain paragraphs, last.

use unicode_width::UnicodeWidthStr;

use super::{
    Options, Outline, agenda_line, block_name, idea_sub_points, paragraphs, sanitize, series_link,
    summary_heading, votes_label, voting_result,
};
use crate::i18n::{Msg, format_date};
use crate::model::{Idea, Lang, Session};

/// Line width of the text export, in display columns.
pub const WIDTH: usize = 80;

pub use crate::summary::{BULLET, SUB_BULLET};

/// The text summary of `session`.
pub fn render(session: &Session, options: &Options) -> String {
    let lang = options.lang;
    let mut out = String::new();
    out.push_str(&summary_heading(session, options));
    out.push_str("\n\n");
    if let Some(link) = series_link(session, lang) {
        for line in wrap(&link, "", "", WIDTH) {
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }

    let outline = Outline::for_summary(session, options);
    for block in &outline.blocks {
        out.push_str(&block_name(block, lang));
        out.push_str("\n\n");
        if block.ideas.is_empty() {
            if !block.has_children {
                out.push_str(Msg::NoIdeas.get(lang));
                out.push_str("\n\n");
            }
        } else {
            ideas(&mut out, &block.ideas, lang);
            out.push('\n');
        }
    }
    if !outline.unsorted.is_empty() {
        section(&mut out, Msg::Unsorted.get(lang));
        ideas(&mut out, &outline.unsorted, lang);
        out.push('\n');
    }
    if options.full_text {
        meeting_record(&mut out, session, lang);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// What the meeting decided and left, after the themes: voting result, agenda, parking
/// lot, actions and notes, each only when there is any.
fn meeting_record(out: &mut String, session: &Session, lang: Lang) {
    let ranked = voting_result(session, lang);
    if !ranked.is_empty() {
        section(out, Msg::ExportRanking.get(lang));
        for r in &ranked {
            let number = format!("{}. ", r.rank);
            let indent = " ".repeat(number.len());
            let text = format!(
                "{} ({})",
                sanitize(&r.idea.text),
                votes_label(lang, r.idea.votes)
            );
            for line in wrap(&text, &number, &indent, WIDTH) {
                out.push_str(&line);
                out.push('\n');
            }
            for line in wrap(
                &r.theme,
                &format!("{indent}– "),
                &format!("{indent}  "),
                WIDTH,
            ) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out.push('\n');
    }
    if !session.agenda.is_empty() {
        section(out, Msg::ExportAgenda.get(lang));
        for item in &session.agenda {
            bullet(out, &agenda_line(lang, item));
            let prompt = sanitize(&item.prompt);
            if !prompt.is_empty() {
                sub_bullet(out, &prompt);
            }
        }
        out.push('\n');
    }
    if !session.parking.is_empty() {
        section(out, Msg::ExportParking.get(lang));
        for item in &session.parking {
            bullet(out, &sanitize(&item.text));
            for sub in &item.sub_points {
                sub_bullet(out, &sanitize(sub));
            }
        }
        out.push('\n');
    }
    if !session.actions.is_empty() {
        section(out, Msg::ExportActions.get(lang));
        for action in &session.actions {
            bullet(out, &sanitize(&action.text));
            let owner = sanitize(&action.owner);
            if !owner.is_empty() {
                sub_bullet(out, &field(Msg::ExportOwner, lang, &owner));
            }
            if let Some(due) = action.due {
                sub_bullet(out, &field(Msg::ExportDue, lang, &format_date(due)));
            }
            let status = action.status.label(lang);
            sub_bullet(out, &field(Msg::ExportStatus, lang, status));
        }
        out.push('\n');
    }
    let notes: Vec<String> = session.notes.iter().flat_map(|n| paragraphs(n)).collect();
    if !notes.is_empty() {
        section(out, Msg::ExportNotes.get(lang));
        for note in notes {
            for line in wrap(&note, "", "", WIDTH) {
                out.push_str(&line);
                out.push('\n');
            }
            out.push('\n');
        }
    }
}

/// `Label: value`, as written for action fields.
pub fn field(label: Msg, lang: Lang, value: &str) -> String {
    format!("{}: {value}", label.get(lang))
}

fn section(out: &mut String, name: &str) {
    out.push_str(name);
    out.push_str("\n\n");
}

fn ideas(out: &mut String, ideas: &[&Idea], lang: Lang) {
    for idea in ideas {
        let mut text = sanitize(&idea.text);
        if idea.votes > 0 || reads_as_votes(&text, lang) {
            text.push_str(&format!(" ({})", votes_label(lang, idea.votes)));
        }
        if let Some(source) = super::source_label(idea, lang) {
            text.push_str(&format!(" ({source})"));
        }
        if let Some(table) = super::table_label(idea) {
            text.push_str(&format!(" [{table}]"));
        }
        bullet(out, &text);
        for sub in idea_sub_points(idea, lang) {
            sub_bullet(out, &sanitize(&sub));
        }
    }
}

/// True when `text` ends in what the import reads as votes, like `(3 ääntä)`.
fn reads_as_votes(text: &str, lang: Lang) -> bool {
    crate::summary::split_votes(text, lang).0.len() != text.len()
}

fn bullet(out: &mut String, text: &str) {
    for line in wrap(text, BULLET, "  ", WIDTH) {
        out.push_str(&line);
        out.push('\n');
    }
}

fn sub_bullet(out: &mut String, text: &str) {
    for line in wrap(text, SUB_BULLET, "    ", WIDTH) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// One unit of wrapping: the bytes `start..end` of the text, which stay on one line, and
/// whether a space precedes them. Ranges, not strings: the export wraps every idea.
struct Atom {
    start: usize,
    end: usize,
    space_before: bool,
}

fn is_wide(c: char) -> bool {
    // Nothing below U+1100 (Hangul Jamo) is wide: Latin text skips the table lookup.
    c >= '\u{1100}' && unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Wraps `text` to `width` display columns: the first line starts with `first`, the
/// others with `rest`. Breaks at spaces and between two wide characters only; see the
/// module documentation for the rules.
pub fn wrap(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    // One space between words, so that glued atoms stay one range of the text.
    let single;
    let text = if text.contains("  ") || text.starts_with(' ') || text.ends_with(' ') {
        single = text
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        single.as_str()
    } else {
        text
    };
    let mut atoms: Vec<Atom> = Vec::new();
    let mut offset = 0;
    for word in text.split(' ') {
        let base = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let mut start = base;
        let mut space_before = true;
        let mut prev: Option<char> = None;
        for (i, c) in word.char_indices() {
            if prev.is_some_and(is_wide) && is_wide(c) {
                atoms.push(Atom {
                    start,
                    end: base + i,
                    space_before,
                });
                start = base + i;
                space_before = false;
            }
            prev = Some(c);
        }
        atoms.push(Atom {
            start,
            end: base + word.len(),
            space_before,
        });
    }
    // Keep words that would read as a list marker at the start of a line with the word
    // before them, and never break at a space between two wide characters (a reader
    // joins wide characters from two lines without a space).
    let mut glued: Vec<Atom> = Vec::with_capacity(atoms.len());
    for atom in atoms {
        let piece = &text[atom.start..atom.end];
        let wide_pair = |last: &Atom| {
            atom.space_before
                && text[last.start..last.end]
                    .chars()
                    .last()
                    .is_some_and(is_wide)
                && piece.chars().next().is_some_and(is_wide)
        };
        match glued.last_mut() {
            Some(last) if crate::summary::looks_like_marker(piece) || wide_pair(last) => {
                last.end = atom.end;
            }
            _ => glued.push(atom),
        }
    }

    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut used = first.width();
    let mut empty = true;
    for atom in glued {
        let piece = &text[atom.start..atom.end];
        let w = piece.width();
        let gap = usize::from(atom.space_before && !empty);
        if !empty && used + gap + w > width {
            lines.push(std::mem::take(&mut line));
            line.push_str(rest);
            used = rest.width();
            empty = true;
        }
        if atom.space_before && !empty {
            line.push(' ');
            used += 1;
        }
        line.push_str(piece);
        used += w;
        empty = false;
    }
    let len = line.trim_end().len();
    line.truncate(len);
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_below_hangul_jamo_is_wide() {
        // `is_wide` skips the table below U+1100.
        let narrow = (0..0x1100).filter_map(char::from_u32);
        for c in narrow {
            assert_ne!(unicode_width::UnicodeWidthChar::width(c), Some(2), "{c:?}");
        }
        assert!(is_wide('\u{1100}') && is_wide('漢') && !is_wide('ä'));
    }

    #[test]
    fn wraps_by_display_width() {
        let text = "ää ".repeat(40);
        let lines = wrap(text.trim(), "• ", "  ", 20);
        assert!(lines.iter().all(|l| l.width() <= 20), "{lines:?}");
        assert_eq!(lines[0], "• ää ää ää ää ää ää");
        let cjk = "漢字".repeat(30);
        let lines = wrap(&cjk, "• ", "  ", 20);
        assert!(lines.iter().all(|l| l.width() <= 20), "{lines:?}");
        assert_eq!(lines.concat().replace(['•', ' '], ""), cjk);
    }

    #[test]
    fn long_words_overflow_rather_than_break() {
        let url = format!("https://example.org/{}", "x".repeat(100));
        let lines = wrap(&format!("katso {url} nyt"), "• ", "  ", 80);
        assert_eq!(
            lines,
            vec!["• katso".to_string(), format!("  {url}"), "  nyt".into()]
        );
    }

    #[test]
    fn markers_never_start_a_continuation_line() {
        let text = format!("{} – seuraava 1. kohta", "sana ".repeat(15).trim());
        for width in 20..90 {
            for line in wrap(&text, "• ", "  ", width).iter().skip(1) {
                let first = line.split_whitespace().next().unwrap();
                assert!(!crate::summary::looks_like_marker(first), "{width}: {line}");
            }
        }
    }
}
