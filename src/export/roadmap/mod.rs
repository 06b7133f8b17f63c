//! Roadmap reports: the assessment of one year for the board (lautakunta), the next year's
//! updated actions and the status summary, as Word, HTML, Markdown and CSV. Each format
//! renders the same [`Report`](report::Report); CSV lists every action of the year instead.

mod csv;
mod docx;
mod html;
mod md;
pub mod report;

use crate::i18n::Lang;
use crate::model::Session;

/// A roadmap report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoadmapFormat {
    /// Word, landscape A4.
    Docx,
    /// One HTML page with print CSS for A4 landscape and an inline SVG chart.
    Html,
    /// CommonMark with pipe tables.
    Md,
    /// One row per action.
    Csv,
}

impl RoadmapFormat {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [RoadmapFormat; 4] = [
        RoadmapFormat::Docx,
        RoadmapFormat::Html,
        RoadmapFormat::Md,
        RoadmapFormat::Csv,
    ];

    /// The format named `name` (its file extension).
    pub fn from_name(name: &str) -> Option<RoadmapFormat> {
        RoadmapFormat::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(name.trim()))
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            RoadmapFormat::Docx => "docx",
            RoadmapFormat::Html => "html",
            RoadmapFormat::Md => "md",
            RoadmapFormat::Csv => "csv",
        }
    }
}

/// The report of `year` (the roadmap's current year when `None`) as the bytes of a file;
/// `None` when the session carries no roadmap.
pub fn render(
    session: &Session,
    format: RoadmapFormat,
    year: Option<i32>,
    lang: Lang,
) -> Option<Vec<u8>> {
    let r = session.roadmap.as_deref()?;
    let year = year.unwrap_or(r.year);
    let report = || report::build(session, r, year, lang);
    Some(match format {
        RoadmapFormat::Docx => docx::render(&report()),
        RoadmapFormat::Html => html::render(&report()).into_bytes(),
        RoadmapFormat::Md => md::render(&report()).into_bytes(),
        RoadmapFormat::Csv => csv::render(r, year, lang),
    })
}
