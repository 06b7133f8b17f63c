//! The voting result and the actions as Word tables that print cleanly: each column as
//! wide as its content needs, dates, statuses and numbers never broken, the header row
//! repeated on every page and no row split across a page break.

use docx_rs::{Paragraph, Run, Table, TableCell, TableLayoutType, TableRow, WidthType};

use super::safe;
use crate::export::sanitize;
use crate::i18n::Msg;
use crate::model::Lang;

/// The text width of an A4 page with 2 cm margins, in twentieths of a point.
pub const TEXT_WIDTH: usize = 11_906 - 2 * 1_134;
/// Left and right cell margins Word adds by default (0.19 cm each) and a little air.
const CELL_PADDING: usize = 2 * 108 + 100;
/// What a free-text column gets at least, so a long word does not squeeze it to nothing.
const MIN_TEXT_COLUMN: usize = 1_400;

/// How a column is sized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// As wide as its widest cell, never wrapped: dates, statuses, numbers.
    Fit,
    /// Shares the width left over with the other text columns, by how much they hold.
    Text,
}

/// A table with a bold header row of `head` in `lang`, repeated on every page, and one
/// row per entry of `rows`; no row breaks across pages.
pub fn table(head: &[Msg; 4], rows: &[[String; 4]], columns: [Column; 4], lang: Lang) -> Table {
    let head: [&str; 4] = head.map(|m| m.get(lang));
    let rows: Vec<[String; 4]> = rows
        .iter()
        .map(|r| r.clone().map(|c| sanitize(&c)))
        .collect();
    let widths = widths(&head, &rows, columns);
    let cell = |text: &str, width: usize, bold: bool| {
        let mut run = Run::new().add_text(safe(text));
        if bold {
            run = run.bold();
        }
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(run))
    };
    let mut out = vec![
        TableRow::new(
            head.iter()
                .zip(widths)
                .map(|(t, w)| cell(t, w, true))
                .collect(),
        )
        .cant_split(),
    ];
    for row in &rows {
        out.push(
            TableRow::new(
                row.iter()
                    .zip(widths)
                    .map(|(t, w)| cell(t, w, false))
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(out)
        .layout(TableLayoutType::Fixed)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// Column widths that add up to [`TEXT_WIDTH`]: fitted columns take what their widest
/// cell (or header) needs, text columns at least their longest word and then share the
/// rest by how much text they hold.
fn widths(head: &[&str; 4], rows: &[[String; 4]], columns: [Column; 4]) -> [usize; 4] {
    let widest = |i: usize, measure: &dyn Fn(&str) -> usize| {
        let cells = rows.iter().map(|r| measure(&r[i])).max().unwrap_or(0);
        cells.max(text_width(head[i], true)) + CELL_PADDING
    };
    let longest_word = |text: &str| {
        text.split_whitespace()
            .map(|w| text_width(w, false))
            .max()
            .unwrap_or(0)
    };
    let mut out = [0; 4];
    let mut weights = [0; 4];
    for i in 0..4 {
        match columns[i] {
            Column::Fit => out[i] = widest(i, &|t| text_width(t, false)),
            Column::Text => {
                // The longest word at Calibri's size (the estimate is a fifth wider); a
                // text column gives up at a fifth of the page, where a URL may break.
                let word = widest(i, &|t| longest_word(t) * 4 / 5);
                out[i] = word.clamp(MIN_TEXT_COLUMN, TEXT_WIDTH / 5);
                // Spare room goes where the most text is still wrapped.
                weights[i] = widest(i, &|t| text_width(t, false)).saturating_sub(out[i]);
            }
        }
    }
    let used: usize = out.iter().sum();
    let spare = TEXT_WIDTH.saturating_sub(used);
    let total: usize = weights.iter().sum();
    if let Some(share) = (spare * 1_000).checked_div(total) {
        for i in 0..4 {
            out[i] += share * weights[i] / 1_000;
        }
    }
    // Rounding leaves a few twips: give them to the first text column.
    let short = TEXT_WIDTH.saturating_sub(out.iter().sum());
    if let Some(i) = columns.iter().position(|c| *c == Column::Text) {
        out[i] += short;
    }
    out
}

/// The width of `text` at 11 pt, in twentieths of a point, estimated generously per
/// character: Word has Calibri, but LibreOffice without it falls back to a font as wide
/// as DejaVu Sans (digits 140, "a" 135), and a fitted column must not wrap in either.
pub fn text_width(text: &str, bold: bool) -> usize {
    let plain: usize = text
        .chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 75,
            'i' | 'l' | 'j' | 'I' | 'f' | 't' | 'r' => 95,
            'm' | 'w' | 'M' | 'W' => 210,
            c if c.is_uppercase() => 165,
            c if unicode_width::UnicodeWidthChar::width(c) == Some(2) => 230,
            _ => 145,
        })
        .sum();
    if bold { plain * 11 / 10 } else { plain }
}

/// `document` with the first row of every table marked as its header row (`w:tblHeader`,
/// which `docx-rs` cannot set), so Word and LibreOffice repeat it on every page.
pub fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    const TABLE: &[u8] = b"<w:tbl>";
    const ROW_PROPERTIES: &[u8] = b"<w:trPr><w:cantSplit /></w:trPr>";
    const HEADER: &[u8] = b"<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>";
    let mut out = Vec::with_capacity(document.len() + 64);
    let mut rest = document;
    while let Some(at) = find(rest, TABLE) {
        let after = at + TABLE.len();
        out.extend_from_slice(&rest[..after]);
        rest = &rest[after..];
        if let Some(row) = find(rest, ROW_PROPERTIES) {
            out.extend_from_slice(&rest[..row]);
            out.extend_from_slice(HEADER);
            rest = &rest[row + ROW_PROPERTIES.len()..];
        }
    }
    out.extend_from_slice(rest);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_columns_hold_their_widest_cell_and_the_rest_is_shared() {
        let head = ["Toimenpide", "Vastuutaho", "Määräaika", "Tila"];
        let rows = vec![[
            "Yhteiset työkalut vaikuttavuuden osoittamiseen".to_string(),
            "KS Järjestöareena".to_string(),
            "31.12.2019".to_string(),
            "toteutuu osittain".to_string(),
        ]];
        let fit = Column::Fit;
        let w = widths(&head, &rows, [Column::Text, Column::Text, fit, fit]);
        assert_eq!(w.iter().sum::<usize>(), TEXT_WIDTH);
        assert!(
            w[2] >= text_width("Määräaika", true) + CELL_PADDING,
            "{w:?}"
        );
        assert!(
            w[3] >= text_width("toteutuu osittain", false) + CELL_PADDING,
            "{w:?}"
        );
        assert!(w[0] > w[1], "the longer text gets more: {w:?}");
    }

    #[test]
    fn the_first_row_of_each_table_becomes_a_header() {
        let row = "<w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>";
        let doc = format!("<w:tbl>{row}{row}</w:tbl><w:p/><w:tbl>{row}</w:tbl>");
        let out = String::from_utf8(repeat_header_rows(doc.as_bytes())).unwrap();
        assert_eq!(out.matches("<w:tblHeader />").count(), 2);
        assert_eq!(out.matches("<w:cantSplit />").count(), 3);
        assert!(out.starts_with("<w:tbl><w:tr><w:trPr><w:cantSplit /><w:tblHeader />"));
    }
}
