//! What a line looks like in its place: the tests the first pass asks before it calls a
//! line a heading, a lead-in, a statement of its own or the wrapped end of an idea.

use super::super::line::{Kind, Line, ends_sentence, ends_with_connector};
use super::{Parser, SectionKind, is_placeholder, section_kind};
use crate::import::line::all_caps;
use crate::summary::SUB_THEME_SEPARATOR;

impl Parser<'_> {
    /// True when line `j` is a numbered line that heads unnumbered bullets (`1. Tilat`
    /// over `- idea`).
    pub(super) fn numbered_heading_at(&self, j: usize) -> bool {
        let Kind::Bullet {
            indent,
            numbered: true,
            ref text,
        } = self.lines[j].kind
        else {
            return false;
        };
        heading_like(text)
            && matches!(
                self.next_nonblank(j).map(|l| &l.kind),
                Some(Kind::Bullet { indent: k, numbered: false, .. }) if *k <= indent + 1
            )
    }

    /// Strong signs that the plain line `i` is a heading, whatever came before.
    pub(super) fn strong_heading(&self, i: usize, text: &str) -> bool {
        if section_kind(text).is_some() || all_caps(text) {
            return true;
        }
        let next = self.lines[i + 1..]
            .iter()
            .position(|l| !matches!(l.kind, Kind::Blank))
            .map(|k| i + 1 + k);
        match next.map(|j| (j, &self.lines[j].kind)) {
            Some((j, Kind::Bullet { .. })) => !self.numbered_heading_at(j),
            Some((j, Kind::Plain { text: n, .. })) => {
                is_placeholder(n)
                    || n.starts_with(&format!("{text}{SUB_THEME_SEPARATOR}"))
                    || (j > i + 1 && self.heading_over_text(i, text, j, n))
            }
            _ => false,
        }
    }

    /// True when a short line shaped like a heading stands over a paragraph of sentences
    /// (or a lead-in over bullets) with a blank line between: `Lokaler` over
    /// `Föreningarna behöver fler lokaler.` Not in the introduction after a summary title,
    /// where short lines are the introduction's own.
    pub(super) fn heading_over_text(&self, i: usize, text: &str, j: usize, next: &str) -> bool {
        let shaped = text.starts_with(char::is_uppercase)
            && text.chars().count() <= 60
            && text.split_whitespace().count() <= 8
            && !ends_sentence(text)
            && !text.ends_with([',', ';', ':'])
            && !ends_with_connector(text);
        let body = ends_sentence(next)
            || (next.ends_with(':')
                && matches!(
                    self.lines.get(j + 1).map(|l| &l.kind),
                    Some(Kind::Bullet { .. })
                ));
        let intro = self.doc.title.is_some() && self.nothing_yet();
        let after_blank = i == 0 || matches!(self.lines[i - 1].kind, Kind::Blank);
        shaped && body && !intro && after_blank
    }

    /// True when the plain line `i`, right after an item's line, is a statement of its own
    /// and no wrapped end of the item: the item ended a sentence, the line starts with a
    /// capital, is not indented under the item's text, and its first word would have fit
    /// on the line before (so the line was not broken by wrapping).
    pub(super) fn new_statement(&self, i: usize, indent: usize, text: &str, prev: &str) -> bool {
        let Some(cur) = self.cur else {
            return false;
        };
        let first = text
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let before = i.checked_sub(1).map_or(0, |p| self.lines[p].width());
        ends_sentence(prev)
            && text.starts_with(char::is_uppercase)
            && indent <= cur.indent
            // Nobody wraps at 60 columns or less; else the line is compared with the widest.
            && (before + 1 + first <= 60 || (before + 1 + first) * 10 < self.width * 9)
    }

    /// True when a sentence or question is followed by bullets indented under it: an idea
    /// with sub-points, not a heading.
    pub(super) fn item_with_subs(&self, indent: usize, text: &str, next: Option<&Line>) -> bool {
        ends_sentence(text)
            && matches!(next.map(|l| &l.kind), Some(Kind::Bullet { indent: k, .. }) if *k >= indent + 2)
    }

    /// Takes `text` as the lead-in of the heading just read ("Keskustelussa nousi
    /// esiin:", or an italic line under a Markdown heading): the theme's note.
    pub(super) fn lead_in(&mut self, text: &str) -> bool {
        let Some(section) = self.doc.sections.last_mut() else {
            return false;
        };
        let italic = section.level > 0
            && ['*', '_']
                .iter()
                .any(|&m| text.len() > 2 && text.starts_with(m) && text.ends_with(m));
        let colon =
            text.ends_with(':') && (section.level > 0 || text.split_whitespace().count() >= 2);
        if section.kind != SectionKind::Theme
            || !section.items.is_empty()
            || section.lead.is_some()
            || section.placeholder
            || !(italic || colon)
        {
            return false;
        }
        section.lead = Some(text.to_string());
        true
    }
}

/// True when `text` refers to a list item by number: `#2`, `(ks. 3)`, `kohta 4`.
pub(super) fn refers_to_numbers(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(3)
        .any(|w| matches!(w[0], b' ' | b'(') && w[1] == b'#' && w[2].is_ascii_digit())
        || bytes.starts_with(b"#") && bytes.get(1).is_some_and(u8::is_ascii_digit)
        || ["ks. ", "kohta ", "kohdat ", "se ", "see item "]
            .iter()
            .any(|p| {
                text.match_indices(p)
                    .any(|(at, _)| text[at + p.len()..].starts_with(|c: char| c.is_ascii_digit()))
            })
}

/// True when a numbered line reads as a heading over the bullets after it (`1. Tilat`)
/// rather than an idea with sub-points (`1. Järjestöt tarvitsevat tiloja.`).
pub(super) fn heading_like(text: &str) -> bool {
    !ends_sentence(text) && !text.ends_with(':') && text.split_whitespace().count() <= 6
}
