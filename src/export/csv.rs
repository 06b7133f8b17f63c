//! One row per idea, for spreadsheets: theme, sub-theme, group, idea, sub-points,
//! votes, created, source.
//!
//! - The header row is in the export language (Teema; Alateema; Ryhmä; Idea; Alakohdat;
//!   Äänet; Luotu; Lähde).
//! - UTF-8 with a byte order mark, so Excel opens Finnish letters right; rows end in CRLF.
//! - The delimiter is [`Options::delimiter`] (`;` by default, as Excel expects in
//!   Finland); quoting is left to the `csv` crate.
//! - An idea in a sub-theme has its parent in the theme column and its own name in the
//!   sub-theme column; the unsorted pool is written under its catalogue name.
//! - Group is the group number or empty; sub-points are joined with ` / `; created is
//!   ISO 8601 with its UTC offset; source says who sent an idea from a phone (empty for
//!   ideas typed on the board).
//! - When ideas came from group-work tables (`foorumi merge`), a last column names each
//!   idea's table (Pöytä); files without tables keep the columns above.
//! - Rows follow the summary: themes in display order, the unsorted pool last.
//! - Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return gets a leading `'`, so a spreadsheet shows it as text instead of running it.
//!   Cells are [`super::sanitize`]d first, like every other export.

use super::{Options, Outline, idea_sub_points, sanitize, theme_name};
use crate::i18n::{Msg, format_date};
use crate::model::{Idea, Lang, Session};

pub use crate::summary::SUB_POINT_SEPARATOR;

/// Prefixes `'` to a cell that a spreadsheet would read as a formula.
pub fn guard(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// The CSV file of `session`.
pub fn render(session: &Session, options: &Options) -> Vec<u8> {
    let lang = options.lang;
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(options.delimiter)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let tables = session.ideas.iter().any(|i| i.table.is_some());
        let mut header = vec![
            Msg::ColumnTheme,
            Msg::ColumnSubTheme,
            Msg::ColumnGroup,
            Msg::ColumnIdea,
            Msg::ColumnSubPoints,
            Msg::ColumnVotes,
            Msg::ColumnCreated,
            Msg::ColumnSource,
        ];
        if tables {
            header.push(Msg::ColumnTable);
        }
        let mut rows: Vec<Vec<String>> = vec![header.iter().map(|m| m.get(lang).into()).collect()];
        let outline = Outline::of(session);
        for block in &outline.blocks {
            let (theme, sub) = match block.parent {
                Some(parent) => (theme_name(parent, lang), theme_name(block.theme, lang)),
                None => (theme_name(block.theme, lang), String::new()),
            };
            for idea in &block.ideas {
                rows.push(row(&theme, &sub, idea, lang, tables));
            }
        }
        let unsorted = Msg::Unsorted.get(lang);
        for idea in &outline.unsorted {
            rows.push(row(unsorted, "", idea, lang, tables));
        }
        for r in rows {
            let cells: Vec<String> = r.iter().map(|c| guard(c)).collect();
            writer
                .write_record(&cells)
                .expect("writing CSV to memory does not fail");
        }
        writer.flush().expect("writing CSV to memory does not fail");
    }
    out
}

fn row(theme: &str, sub: &str, idea: &Idea, lang: Lang, tables: bool) -> Vec<String> {
    let subs: Vec<String> = idea_sub_points(idea, lang)
        .iter()
        .map(|s| sanitize(s))
        .collect();
    let mut cells = vec![
        theme.to_string(),
        sub.to_string(),
        idea.group.map(|g| g.to_string()).unwrap_or_default(),
        sanitize(&idea.text),
        subs.join(SUB_POINT_SEPARATOR),
        idea.votes.to_string(),
        // The clock on the wall when it was said (its recorded offset), to the minute.
        format!(
            "{} {}",
            format_date(idea.created.date_naive()),
            idea.created.format("%H.%M")
        ),
        super::source_label(idea, lang).unwrap_or_default(),
    ];
    if tables {
        cells.push(super::table_label(idea).unwrap_or_default());
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded() {
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("-2"), "'-2");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("tavallinen"), "tavallinen");
    }
}
