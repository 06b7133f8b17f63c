//! CSV with theme and idea columns, as a spreadsheet or a retro tool saves it.
//!
//! - Encoding: UTF-8 with or without a byte order mark; a file that is not UTF-8 is read
//!   as Windows-1252 (what Excel saves as "CSV" on Finnish Windows), and the report says so.
//! - Delimiter: sniffed from the first line among `;`, `,` and tab (most found outside
//!   quotes wins; `;` on a tie).
//! - Header: recognised in Finnish, Swedish and English, ignoring case, diacritics and
//!   punctuation (see `columns.rs`): theme (teema, kategoria, category, kysymys, question …),
//!   sub-theme, group, idea (idea, ehdotus, text, otsikko, title, vastaus, kommentti,
//!   kuvaus, description …: the first kind met wins), sub-points, votes (äänet,
//!   tykkäykset, röster, votes, likes …) and created. The user may name the theme, idea
//!   and votes columns ([`Columns`], by header or number from 1).
//! - **No column is dropped**: every other column, and a cell of a known column that does
//!   not read as one (votes that are no number …), becomes a sub-point `Header: value` of
//!   the row's idea, and the report names each such column. A row without an idea cell
//!   takes its first such cell as the idea; a row holding only a theme makes the theme.
//! - "One column per category" exports of retro boards (the header names the columns,
//!   each cell below is a card, rows ragged): read when no idea column is recognised and
//!   the file has three or more columns, or two with ragged rows. Each header is a theme.
//! - Without a recognised header, two columns are theme and idea; one column is ideas.
//! - Votes written after a card as `(+2)` are its votes.
//! - Rows: the same theme name on many rows is one theme; an empty theme cell or the
//!   unsorted pool's name puts the idea in the unsorted pool; groups are read from the
//!   digits of the cell (`2`, `Ryhmä 2`); sub-points are split at ` / `; a cell that the
//!   export guarded with a leading `'` (before `= + - @`, tab, CR) gets it removed.
//!
//! This reads the CSV export back: themes, sub-themes, groups, ideas, sub-points, votes
//! and times.

pub use super::columns::Columns;
use super::columns::{Col, Layout, column_msg, find_column, header_lang, layout};
use super::{Builder, Imported, Options, fold, matches_msg};
use crate::i18n::Msg;

fn sniff(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in &mut counts {
                if c == char::from(*d) {
                    *n += 1;
                }
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .iter()
        .find(|(_, n)| *n == best)
        .map_or(b';', |(d, _)| *d)
}

/// Removes the `'` that the export puts before formula-like cells.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Splits a retro tool's vote suffix off a card: `Parempi kahvi (+2)` → 2 votes.
pub fn split_plus_votes(text: &str) -> (&str, Option<u32>) {
    let t = text.trim_end();
    if let Some(open) = t.rfind("(+")
        && let Some(n) = t[open + 2..].strip_suffix(')')
        && let Ok(n) = n.parse::<u32>()
    {
        return (t[..open].trim_end(), Some(n));
    }
    (text, None)
}

/// The user's column choices that name no column of the file's header, with the header;
/// `None` when all are found.
pub fn missing_column(text: &str, columns: &Columns) -> Option<(String, String)> {
    let header = rows_of(text).into_iter().next().unwrap_or_default();
    [&columns.theme, &columns.idea, &columns.votes]
        .into_iter()
        .flatten()
        .find(|spec| find_column(&header, spec).is_none())
        .map(|spec| (spec.clone(), header.join(", ")))
}

fn rows_of(text: &str) -> Vec<Vec<String>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(sniff(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => rows.push(r.iter().map(|c| unguard(c).to_string()).collect()),
            // A broken row is kept as one cell so nothing is lost.
            Err(e) => rows.push(vec![e.to_string()]),
        }
    }
    rows
}

pub(crate) fn import(bytes: &[u8], options: &Options) -> Imported {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, latin1) = match std::str::from_utf8(bytes) {
        Ok(t) => (std::borrow::Cow::Borrowed(t), false),
        Err(_) => (
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0,
            true,
        ),
    };
    let delimiter = sniff(&text);
    let mut rows = rows_of(&text);
    let layout = layout(&rows, &options.columns);

    let mut lang = None;
    if let (Layout::Header(columns), Some(first)) = (&layout, rows.first()) {
        lang = columns
            .iter()
            .find_map(|(i, c)| first.get(*i).and_then(|h| header_lang(h, *c)));
    }
    let lang = options
        .lang
        .or(lang)
        .or_else(|| super::lang::detect(&text))
        .unwrap_or_default();
    let report_lang = options.report_lang.unwrap_or(lang);
    let mut report = Vec::new();
    if latin1 {
        report.push(Msg::ImportCsvLatin1.get(report_lang).to_string());
    }
    let shown = if delimiter == b'\t' {
        Msg::TabName.get(report_lang).to_string()
    } else {
        char::from(delimiter).to_string()
    };
    report.push(Msg::ImportCsvDelimiter.fill(report_lang, &[&shown]));

    let title = Msg::ImportedTitle.get(lang);
    let mut b = Builder::new(title, None, options.themes, report_lang);
    b.session.language = lang;
    b.report = report;
    let (columns, header) = match layout {
        Layout::PerCategory => {
            per_category(&mut b, &rows);
            b.report
                .push(Msg::ImportCsvPerCategory.get(report_lang).to_string());
            return b.finish();
        }
        Layout::Header(columns) => {
            let header = rows.remove(0);
            let names: Vec<String> = columns
                .iter()
                .map(|(i, c)| {
                    let name = column_msg(*c).get(report_lang);
                    let h = crate::model::text::clean(&header[*i]);
                    let h = h.as_str();
                    if fold(h) == fold(name) {
                        name.to_string()
                    } else {
                        format!("{name} ({h})")
                    }
                })
                .collect();
            b.report
                .push(Msg::ImportCsvColumns.fill(report_lang, &[&names.join(", ")]));
            for (i, h) in header.iter().enumerate() {
                if columns.iter().all(|(j, _)| *j != i) {
                    let h = crate::model::text::clean(&extra_name(h, i));
                    b.report
                        .push(Msg::ImportCsvExtraColumn.fill(report_lang, &[&h, &h]));
                }
            }
            (columns, Some(header))
        }
        Layout::Plain(columns) => {
            let msg = if columns.len() == 2 {
                Msg::ImportCsvNoHeader
            } else {
                Msg::ImportCsvSingleColumn
            };
            b.report.push(msg.get(report_lang).to_string());
            (columns, None)
        }
    };
    let mut skipped = 0;
    for row in &rows {
        data_row(&mut b, row, &columns, header.as_deref(), &mut skipped);
    }
    b.session.groups = b
        .session
        .ideas
        .iter()
        .filter_map(|i| i.group)
        .max()
        .unwrap_or(0);
    if skipped > 0 {
        b.report.push(Msg::count(
            report_lang,
            skipped,
            Msg::ImportCsvSkippedOne,
            Msg::ImportCsvSkipped,
        ));
    }
    b.finish()
}

/// The name an extra column goes by: its header, or "Sarake 3" when it has none.
fn extra_name(header: &str, i: usize) -> String {
    let h = header.trim();
    if h.is_empty() {
        format!("#{}", i + 1)
    } else {
        h.to_string()
    }
}

/// One row of a file with theme/idea columns.
fn data_row(
    b: &mut Builder,
    row: &[String],
    columns: &[(usize, Col)],
    header: Option<&[String]>,
    skipped: &mut usize,
) {
    let cell = |col: Col| {
        columns
            .iter()
            .find(|(_, c)| *c == col)
            .and_then(|(i, _)| row.get(*i))
            .map(|s| s.trim())
            .unwrap_or("")
    };
    let name_of = |i: usize| extra_name(header.and_then(|h| h.get(i)).map_or("", |h| h), i);
    // Cells of no role, and cells that do not read as their role, become `Header: value`.
    let mut extras: Vec<String> = row
        .iter()
        .enumerate()
        .filter(|(i, c)| columns.iter().all(|(j, _)| j != i) && !c.trim().is_empty())
        .map(|(i, c)| format!("{}: {}", name_of(i), c.trim()))
        .collect();
    let mut unread = |col: Col, value: &str| {
        if let Some((i, _)) = columns.iter().find(|(_, c)| *c == col) {
            extras.push(format!("{}: {value}", name_of(*i)));
        }
    };
    let group_cell = cell(Col::Group);
    let group: Option<u32> = group_cell
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
        .filter(|&g| g > 0);
    if group.is_none() && !group_cell.is_empty() {
        unread(Col::Group, group_cell);
    }
    let votes_cell = cell(Col::Votes);
    let votes = votes_cell.parse::<u32>().ok();
    if votes.is_none() && !votes_cell.is_empty() {
        unread(Col::Votes, votes_cell);
    }
    let created_cell = cell(Col::Created);
    let created = chrono::DateTime::parse_from_rfc3339(created_cell)
        .ok()
        .or_else(|| wall_clock(created_cell, b.created.offset()));
    if created.is_none() && !created_cell.is_empty() {
        unread(Col::Created, created_cell);
    }
    let theme = cell(Col::Theme);
    let sub = cell(Col::SubTheme);
    let key = if theme.is_empty() || matches_msg(theme, Msg::Unsorted).is_some() {
        if !sub.is_empty() {
            extras.insert(0, sub.to_string());
        }
        None
    } else {
        let top = b.theme_for(theme, None, true);
        Some(if sub.is_empty() {
            top
        } else {
            b.theme_for(sub, Some(&top), true)
        })
    };
    let mut idea = cell(Col::Idea).to_string();
    let mut subs: Vec<String> = cell(Col::SubPoints)
        .split(crate::summary::SUB_POINT_SEPARATOR)
        .map(str::to_string)
        .collect();
    if idea.is_empty() {
        if extras.is_empty() {
            if row.iter().any(|c| !c.trim().is_empty()) {
                *skipped += 1;
            }
            return;
        }
        idea = extras.remove(0);
    }
    subs.extend(extras);
    let (text, plus) = split_plus_votes(&idea);
    let index = b.idea(text, key.as_deref(), &subs);
    let idea = &mut b.session.ideas[index];
    idea.group = group;
    if let Some(v) = votes.or(plus) {
        idea.votes = v;
    }
    if let Some(t) = created {
        idea.created = t;
    }
    let table = crate::model::text::clean(cell(Col::Table));
    idea.table = (!table.is_empty()).then_some(table);
}

/// A board exported one column per category: the header names the themes.
fn per_category(b: &mut Builder, rows: &[Vec<String>]) {
    let header = &rows[0];
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for col in 0..width {
        let name = header.get(col).map_or("", |h| h.trim());
        let key = (!name.is_empty()).then(|| b.theme_for(name, None, true));
        for row in &rows[1..] {
            let card = row.get(col).map_or("", |c| c.trim());
            if card.is_empty() {
                continue;
            }
            let (text, votes) = split_plus_votes(card);
            let index = b.idea(text, key.as_deref(), &[]);
            b.session.ideas[index].votes = votes.unwrap_or(0);
        }
    }
}

/// `4.2.2015 13.30`, the export's local time to the minute, at the import's UTC offset.
fn wall_clock(
    cell: &str,
    offset: &chrono::FixedOffset,
) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    use chrono::TimeZone;
    let naive = chrono::NaiveDateTime::parse_from_str(cell.trim(), "%d.%m.%Y %H.%M").ok()?;
    offset.from_local_datetime(&naive).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff("a,b,c"), b',');
        assert_eq!(sniff("a\tb\tc"), b'\t');
        assert_eq!(sniff("\"a;b\",c"), b',');
        assert_eq!(sniff("idea"), b';');
    }

    #[test]
    fn plus_votes_are_split_off() {
        assert_eq!(
            split_plus_votes("Parempi kahvi (+2)"),
            ("Parempi kahvi", Some(2))
        );
        assert_eq!(split_plus_votes("(+ ei)"), ("(+ ei)", None));
    }
}
