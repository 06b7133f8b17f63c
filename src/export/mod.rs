//! Exports: the written summary of a session in every format the secretary sends out.
//!
//! Each format is one module with a pure function of the session and [`Options`]:
//! no files, no clock, no environment. [`render`] picks the format; [`write_atomic`]
//! is the one place that touches the disk.
//!
//! What the formats share is in two small private modules, re-exported here: the order of
//! the summary (`outline`: [`Outline`], [`voting_result`]) and the shared words (`wording`:
//! [`summary_heading`], [`facts`], …). The vocabulary the imports read back (separators,
//! bullets, [`agenda_line`], [`votes_label`]) and text cleaning ([`sanitize`],
//! [`paragraphs`], [`xml_legal`]) are in [`crate::summary`], re-exported here.
//!
//! | format | module | shape |
//! |---|---|---|
//! | [`Format::Txt`] | [`txt`] | the appendix ("YHTEENVETO 4.2.2015 …"): headings and bullets, 80 columns |
//! | [`Format::Md`] | [`md`] | CommonMark memo; every user text escaped |
//! | [`Format::Html`] | [`html`] | one standalone page, print-ready (A4) |
//! | [`Format::Docx`] | [`docx`] | Word document with real heading styles and bullet lists |
//! | [`Format::Csv`] | [`csv`] | one row per idea, for spreadsheets |
//! | [`Format::Json`] | [`json`] | the whole session in the stable `foorumi-session/1` schema |
//!
//! Every heading, label and status word comes from the string catalogue in
//! [`Options::lang`]. Themes are written in display order with each sub-theme right after
//! its parent; ideas whose theme key is unknown are written with the unsorted pool, so an
//! export never drops an idea.
//!
//! What runs a meeting is in every memo format (txt, md, html, docx) and in json:
//!
//! - **Votes** after each idea, and when any idea has votes, the **voting result**
//!   ("Äänestyksen tulos", [`voting_result`]): the ideas with the most votes overall.
//!   Exports are the record written after the meeting, so totals are always shown, also
//!   when [`VotingRules::hidden`](crate::model::VotingRules::hidden) hides them on the
//!   board and whether or not voting was closed.
//! - The **series link** ("Jatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019",
//!   [`series_link`]) when the session continues an earlier one.
//! - The **agenda**; the item running when the export was made is marked in html (on
//!   screen only, not in print) and given by index in json. The memo text (txt, md, docx)
//!   does not mark it: read after the meeting, "now" means nothing.
//! - The **parking lot** with its sub-points, and the **actions** with owner, due date and
//!   status ([`ActionStatus::label`](crate::model::ActionStatus::label)).
//!
//! The CSV export stays one row per idea, for spreadsheets: it has the votes column (sort
//! by it for the ranking) but no parking lot, actions, agenda or series link; json has
//! everything.

pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod md;
pub mod roadmap;
mod source;
mod tables;
pub mod txt;

// Re-exported so that every format and every caller keeps naming them `export::…`.
mod outline;
mod wording;

pub use crate::summary::{
    SUB_THEME_SEPARATOR, agenda_line, escape_markup_into, genitive_fi, merged_wording, paragraphs,
    sanitize, votes_label, xml_legal,
};
pub use outline::{Block, Outline, RANKING_TOP, Ranked, block_name, voting_result};
pub use source::{source_label, source_note};
pub use tables::{by_table, table_label};
pub use wording::{
    built_summary_heading, facts, idea_sub_points, series_link, summary_heading, theme_name, title,
};

use std::path::Path;

use crate::model::{Lang, Session};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text in the shape of the appendix.
    Txt,
    /// CommonMark memo.
    Md,
    /// Standalone HTML page.
    Html,
    /// Word document.
    Docx,
    /// One row per idea.
    Csv,
    /// The whole session as JSON.
    Json,
}

impl Format {
    /// Every format, in the order menus show them.
    pub const ALL: [Format; 6] = [
        Format::Txt,
        Format::Md,
        Format::Html,
        Format::Docx,
        Format::Csv,
        Format::Json,
    ];

    /// Parses a format name or file extension, ignoring case and a leading dot:
    /// `txt`/`text`, `md`/`markdown`, `html`/`htm`, `docx`/`word`, `csv`, `json`.
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.trim().trim_start_matches('.').to_ascii_lowercase();
        match name.as_str() {
            "txt" | "text" | "plain" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" => Some(Format::Html),
            "docx" | "word" => Some(Format::Docx),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// How to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Language of headings, labels and theme names.
    pub lang: Lang,
    /// Field delimiter of the CSV export.
    pub delimiter: u8,
    /// Replaces the main heading: the first line of the text export, the title of the
    /// others. `None`: the session's own ([`summary_heading`] for text, the title otherwise).
    pub heading: Option<String>,
    /// Also writes the themes without ideas, as "(ei ideoita)"; by default they are left
    /// out of txt, md, html and docx (csv has rows of ideas only, json has everything).
    pub empty_themes: bool,
    /// Writes the whole meeting record in the txt appendix too: voting result, agenda,
    /// parking lot, actions and notes. By default the txt export is the themes only, the
    /// layout of Liite 1; the other memo formats always have everything.
    pub full_text: bool,
    /// Groups the memo formats (txt, md, html, docx) by table, each table's ideas under
    /// their themes ([`by_table`]); csv and json keep one row or record per idea as always.
    pub by_table: bool,
}

impl Options {
    /// The defaults for `session`: its language, `;` as CSV delimiter, its own heading.
    pub fn for_session(session: &Session) -> Options {
        Options {
            lang: session.language,
            ..Options::default()
        }
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            lang: Lang::Fi,
            delimiter: b';',
            heading: None,
            empty_themes: false,
            full_text: false,
            by_table: false,
        }
    }
}

/// Renders `session` in `format`.
pub fn render(session: &Session, format: Format, options: &Options) -> Vec<u8> {
    let grouped;
    let session = match format {
        Format::Txt | Format::Md | Format::Html | Format::Docx if options.by_table => {
            grouped = by_table(session);
            &grouped
        }
        _ => session,
    };
    match format {
        Format::Txt => txt::render(session, options).into_bytes(),
        Format::Md => md::render(session, options).into_bytes(),
        Format::Html => html::render(session, options).into_bytes(),
        Format::Docx => docx::render(session, options),
        Format::Csv => csv::render(session, options),
        Format::Json => json::render(session).into_bytes(),
    }
}

/// Writes `bytes` to `path` so that the file is either the old one or the whole new one,
/// through the store's one atomic write ([`crate::store::replace_file`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::store::replace_file(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_and_extensions() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.extension()), Some(f));
        }
        assert_eq!(Format::from_name(".Markdown"), Some(Format::Md));
        assert_eq!(Format::from_name("pdf"), None);
    }
}
