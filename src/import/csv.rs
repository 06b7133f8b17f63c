//! CSV with theme and idea columns, as a spreadsheet saves it.
//!
//! - Encoding: UTF-8 with or without a byte order mark; a file that is not UTF-8 is read
//!   as Windows-1252 (what Excel saves as "CSV" on Finnish Windows), and the report says so.
//! - Delimiter: sniffed from the first line among `;`, `,` and tab (most found outside
//!   quotes wins; `;` on a tie).
//! - Header: recognised in Finnish, Swedish and English, ignoring case, diacritics and
//!   punctuation: theme (teema, tema, theme, aihe, topic), sub-theme (alateema,
//!   undertema, sub-theme), group (ryhmä, grupp, group), idea (idea, idé, ajatus,
//!   ehdotus, text), sub-points (alakohdat, underpunkter, sub-points), votes (äänet,
//!   röster, votes), created (luotu, skapad, created). Without a recognised idea column
//!   the first row is data: two or more columns are read as theme and idea, one column
//!   as ideas only.
//! - Rows: the same theme name on many rows is one theme; an empty theme cell or the
//!   unsorted pool's name puts the idea in the unsorted pool; groups are read from the
//!   digits of the cell (`2`, `Ryhmä 2`); sub-points are split at ` / `; a cell that the
//!   export guarded with a leading `'` (before `= + - @`, tab, CR) gets it removed.
//!   Rows without an idea are skipped and counted in the report.
//!
//! This reads the CSV export back: themes, sub-themes, groups, ideas, sub-points, votes
//! and times.

use super::{Builder, Imported, fold, matches_msg};
use crate::i18n::Msg;
use crate::model::{Lang, ThemeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Theme,
    SubTheme,
    Group,
    Idea,
    SubPoints,
    Votes,
    Created,
}

const NAMES: &[(Col, &[&str])] = &[
    (
        Col::Theme,
        &["teema", "tema", "theme", "aihe", "topic", "teemat"],
    ),
    (
        Col::SubTheme,
        &["alateema", "undertema", "subtheme", "alaotsikko"],
    ),
    (Col::Group, &["ryhma", "grupp", "group", "ryhmanumero"]),
    (
        Col::Idea,
        &[
            "idea", "ide", "ajatus", "ideat", "ideas", "ideer", "ehdotus", "text", "teksti",
        ],
    ),
    (
        Col::SubPoints,
        &["alakohdat", "alakohta", "underpunkter", "subpoints"],
    ),
    (Col::Votes, &["aanet", "aania", "roster", "votes", "vote"]),
    (Col::Created, &["luotu", "skapad", "created"]),
];

fn column_of(header: &str) -> Option<(Col, Option<Lang>)> {
    let f = fold(header);
    let col = NAMES
        .iter()
        .find(|(_, names)| names.contains(&f.as_str()))
        .map(|(c, _)| *c)?;
    let msg = match col {
        Col::Theme => Msg::ColumnTheme,
        Col::SubTheme => Msg::ColumnSubTheme,
        Col::Group => Msg::ColumnGroup,
        Col::Idea => Msg::ColumnIdea,
        Col::SubPoints => Msg::ColumnSubPoints,
        Col::Votes => Msg::ColumnVotes,
        Col::Created => Msg::ColumnCreated,
    };
    // Only names that belong to one language tell the language.
    let lang = Lang::ALL
        .into_iter()
        .filter(|&l| fold(msg.get(l)) == f)
        .collect::<Vec<_>>();
    Some((col, if lang.len() == 1 { Some(lang[0]) } else { None }))
}

fn column_name(col: Col, lang: Lang) -> &'static str {
    match col {
        Col::Theme => Msg::ColumnTheme.get(lang),
        Col::SubTheme => Msg::ColumnSubTheme.get(lang),
        Col::Group => Msg::ColumnGroup.get(lang),
        Col::Idea => Msg::ColumnIdea.get(lang),
        Col::SubPoints => Msg::ColumnSubPoints.get(lang),
        Col::Votes => Msg::ColumnVotes.get(lang),
        Col::Created => Msg::ColumnCreated.get(lang),
    }
}

/// Decodes Windows-1252.
fn cp1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            b => char::from(b),
        })
        .collect()
}

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

pub(crate) fn import(bytes: &[u8], set: Option<&ThemeSet>, report_lang: Option<Lang>) -> Imported {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, latin1) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), false),
        Err(_) => (cp1252(bytes), true),
    };
    let delimiter = sniff(&text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
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

    let mut columns: Vec<(usize, Col)> = Vec::new();
    let mut lang = None;
    if let Some(first) = rows.first() {
        for (i, cell) in first.iter().enumerate() {
            if let Some((col, l)) = column_of(cell)
                && columns.iter().all(|(_, c)| *c != col)
            {
                columns.push((i, col));
                if lang.is_none() {
                    lang = l;
                }
            }
        }
    }
    let lang = lang.unwrap_or_default();
    let report_lang = report_lang.unwrap_or(lang);
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

    let has_header = columns.iter().any(|(_, c)| *c == Col::Idea);
    if has_header {
        rows.remove(0);
        let names: Vec<&str> = columns
            .iter()
            .map(|(_, c)| column_name(*c, report_lang))
            .collect();
        report.push(Msg::ImportCsvColumns.fill(report_lang, &[&names.join(", ")]));
    } else {
        let wide = rows.iter().any(|r| r.len() >= 2);
        columns = if wide {
            report.push(Msg::ImportCsvNoHeader.get(report_lang).to_string());
            vec![(0, Col::Theme), (1, Col::Idea)]
        } else {
            report.push(Msg::ImportCsvSingleColumn.get(report_lang).to_string());
            vec![(0, Col::Idea)]
        };
    }

    let title = Msg::ImportedTitle.get(lang);
    let mut b = Builder::new(title, None, set, report_lang);
    b.session.language = lang;
    b.report = report;
    let mut skipped = 0;
    for row in &rows {
        let cell = |col: Col| {
            columns
                .iter()
                .find(|(_, c)| *c == col)
                .and_then(|(i, _)| row.get(*i))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        let idea = cell(Col::Idea);
        if idea.is_empty() {
            if row.iter().any(|c| !c.trim().is_empty()) {
                skipped += 1;
            }
            continue;
        }
        let theme = cell(Col::Theme);
        let key = if theme.is_empty() || matches_msg(theme, Msg::Unsorted).is_some() {
            None
        } else {
            let top = b.theme_for(theme, None, true);
            let sub = cell(Col::SubTheme);
            Some(if sub.is_empty() {
                top
            } else {
                b.theme_for(sub, Some(&top), true)
            })
        };
        let subs: Vec<String> = cell(Col::SubPoints)
            .split(crate::export::csv::SUB_POINT_SEPARATOR)
            .map(str::to_string)
            .collect();
        let index = b.idea(idea, key.as_deref(), &subs);
        let group: String = cell(Col::Group)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let votes = cell(Col::Votes).parse::<u32>().ok();
        let created = chrono::DateTime::parse_from_rfc3339(cell(Col::Created))
            .ok()
            .or_else(|| wall_clock(cell(Col::Created), b.created.offset()));
        let idea = &mut b.session.ideas[index];
        if let Ok(g) = group.parse::<u32>()
            && g > 0
        {
            idea.group = Some(g);
        }
        if let Some(v) = votes {
            idea.votes = v;
        }
        if let Some(t) = created {
            idea.created = t;
        }
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
    fn windows_1252_is_decoded() {
        assert_eq!(cp1252(b"J\xe4rjest\xf6 \x80"), "Järjestö €");
    }
}
