//! Imports: summaries people already have, turned into sessions.
//!
//! - [`from_text`] reads plain text and Markdown summaries as people write them, also
//!   text copied out of a PDF such as the 2015 appendix (see [`text`] for the rules).
//! - [`from_csv`] reads a spreadsheet with theme and idea columns (see [`csv`]).
//!
//! Both are pure functions: they never fail and never drop text. What cannot be placed
//! goes to the unsorted pool or to [`Session::notes`], and [`Imported::report`] says, in
//! catalogue messages, what went where. Given a [`ThemeSet`], a heading or theme cell
//! that matches a theme's name in any language (ignoring case, diacritics and
//! punctuation) or its key is mapped to that theme; the session then holds the set's
//! themes, those met in the text first in the order met, the rest after them.
//!
//! Ideas get ids from 1 in the order read. The import has no clock: ideas and parking
//! items are stamped with the session date at 00:00 UTC (1.1.1970 when the date is not
//! known); a CSV `created` column is used when it holds RFC 3339 times or the
//! export's wall-clock minute (`4.2.2015 13.30`, at the import's UTC offset).

mod builder;
mod columns;
pub mod csv;
mod docx;
mod fields;
mod lang;
mod line;
mod markdown;
mod prepare;
pub mod roadmap;
mod sections;
pub mod source;
pub mod text;

pub use line::looks_like_marker;

use builder::Builder;

use crate::i18n::Msg;
use crate::model::{Lang, Session, ThemeSet};

/// A session made from imported text, and what the import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The new session.
    pub session: Session,
    /// One line per decision: title, date, each heading and where it went, counts of
    /// unsorted ideas, notes, agenda items, parking items and actions.
    pub report: Vec<String>,
}

/// How to read a document: all optional.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// Theme set whose themes headings and theme cells are matched to.
    pub themes: Option<&'a ThemeSet>,
    /// The session's language; detected from the text when not given.
    pub lang: Option<Lang>,
    /// The report's language; the session's when not given.
    pub report_lang: Option<Lang>,
    /// CSV columns chosen by the user.
    pub columns: csv::Columns,
    /// Whether a text is Markdown; sniffed from the text when not given.
    pub markdown: Option<bool>,
}

/// Reads a decoded document of any kind (see [`source`]); the decoding notices come first
/// in the report.
pub fn from_source(source: &source::Source, options: &Options) -> Imported {
    let mut imported = match source.kind {
        source::Kind::Csv => csv::import(source.text.as_bytes(), options),
        source::Kind::Text => text::import(&source.text, options),
        source::Kind::Markdown | source::Kind::Docx => text::import(
            &source.text,
            &Options {
                markdown: Some(true),
                ..options.clone()
            },
        ),
    };
    let mut report = source.notices.clone();
    report.append(&mut imported.report);
    imported.report = report;
    imported
}

/// Reads a plain-text or Markdown summary; the report is in the language the text is
/// detected to be in (Finnish when unsure). See [`text`].
pub fn from_text(input: &str, themes: Option<&ThemeSet>) -> Imported {
    text::import(
        input,
        &Options {
            themes,
            ..Options::default()
        },
    )
}

/// [`from_text`] with the report in `lang`.
pub fn from_text_in(input: &str, themes: Option<&ThemeSet>, lang: Lang) -> Imported {
    text::import(
        input,
        &Options {
            themes,
            report_lang: Some(lang),
            ..Options::default()
        },
    )
}

/// Reads a CSV file with (at least) an idea column; the report is in the language of its
/// header (Finnish when unsure). See [`csv`].
pub fn from_csv(bytes: &[u8], themes: Option<&ThemeSet>) -> Imported {
    csv::import(
        bytes,
        &Options {
            themes,
            ..Options::default()
        },
    )
}

/// [`from_csv`] with the report in `lang`.
pub fn from_csv_in(bytes: &[u8], themes: Option<&ThemeSet>, lang: Lang) -> Imported {
    csv::import(
        bytes,
        &Options {
            themes,
            report_lang: Some(lang),
            ..Options::default()
        },
    )
}

/// Folds a name for comparison with the model's fold (lower case, diacritics removed),
/// everything but letters and digits dropped. `Tilat/Kumppanuustalot` and
/// `tilat – kumppanuustalot` fold alike.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        crate::model::fold::fold_char(c, |f| {
            if f.is_alphanumeric() {
                out.push(f);
            }
        });
    }
    out
}

/// True when `msg` in some language folds to the same as `text`; gives that language.
pub(crate) fn matches_msg(text: &str, msg: Msg) -> Option<Lang> {
    let f = fold(text);
    if f.is_empty() {
        return None;
    }
    Lang::ALL.into_iter().find(|&l| fold(msg.get(l)) == f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_diacritics_and_punctuation() {
        assert_eq!(
            fold("Tilat/Kumppanuustalot"),
            fold("tilat – kumppanuustalot")
        );
        assert_eq!(fold("Äänet"), "aanet");
        assert_eq!(fold("Idé"), "ide");
        // The model's one fold: letters beyond the Nordic ones fold too.
        assert_eq!(fold("Łódź"), fold("LODZ"));
        assert_eq!(fold("Ta\u{308}rkea\u{308}"), fold("tärkeä"));
        assert!(matches_msg("PARKKIPAIKKA", Msg::ExportParking).is_some());
        assert_eq!(matches_msg("Åtgärder", Msg::ExportActions), Some(Lang::Sv));
    }

    #[test]
    fn markers() {
        for m in [
            "–", "-", "•", "*", "1.", "12)", "#", "##", "---", "•x", "\u{f0b7}",
        ] {
            assert!(looks_like_marker(m), "{m}");
        }
        for w in ["sana", "->", "-x", "1.2.2015", "(3", "#tag"] {
            assert!(!looks_like_marker(w), "{w}");
        }
    }
}
