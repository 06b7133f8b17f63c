//! The roadmap report as a Word document: A4 landscape, the year's table as seed 003 has it
//! (goal | action area | actions | assessment) with the header row repeated on every page
//! and no row split across pages, then what was done, the next year's actions and the
//! status summary as a table.

use docx_rs::{
    PageOrientationType, Paragraph, Run, Table, TableCell, TableRow, VMergeType, WidthType,
};

use super::report::{AreaRow, Report};
use crate::export::xml_legal;
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::Status;

/// A4 landscape in twentieths of a point.
const PAGE: (u32, u32) = (16_838, 11_906);
/// 2 cm in twentieths of a point.
const MARGIN: i32 = 1_134;
/// Column widths of the year's table, adding up to the text width of landscape A4: the
/// assessment column fits "Toteutuu osittain" and the area column "Toimenpidekokonaisuudet"
/// in bold on one line each, also in the wider fonts LibreOffice substitutes for Calibri,
/// so neither is broken mid-word.
const WIDTHS: [usize; 4] = [3_000, 3_800, 5_170, 2_600];
/// The plan table: goal and area as above, the actions take the rest.
const PLAN_WIDTHS: [usize; 3] = [3_000, 3_800, 7_770];
/// Table text size in half-points (10 pt).
const TABLE_SIZE: usize = 20;

fn run(text: &str) -> Run {
    Run::new().add_text(xml_legal(text)).size(TABLE_SIZE)
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(xml_legal(text)))
}

/// A heading, kept on the page of what follows it.
fn heading(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .keep_next(true)
        .add_run(Run::new().add_text(xml_legal(text)))
}

fn bullet_line(text: &str) -> Paragraph {
    para(&format!("• {text}"))
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

fn text_cell(text: &str, width: usize, bold: bool) -> TableCell {
    let mut r = run(text);
    if bold {
        r = r.bold();
    }
    cell(vec![Paragraph::new().add_run(r)], width)
}

/// The header row; marked as a repeating header after the XML is built (see `mark_headers`).
fn header_row(heads: &[String], widths: &[usize]) -> TableRow {
    TableRow::new(
        heads
            .iter()
            .zip(widths)
            .map(|(h, w)| text_cell(h, *w, true))
            .collect(),
    )
    .cant_split()
}

/// One row per area; the goal cell spans the rows of its goal. With `status_of`, the
/// assessment column in that language.
fn area_rows(rows: &[AreaRow], status_of: Option<Lang>, widths: &[usize]) -> Vec<TableRow> {
    rows.iter()
        .map(|row| {
            let goal = if row.goal_first {
                text_cell(&row.goal, widths[0], true).vertical_merge(VMergeType::Restart)
            } else {
                cell(vec![Paragraph::new()], widths[0]).vertical_merge(VMergeType::Continue)
            };
            let actions = row
                .actions
                .iter()
                .map(|a| Paragraph::new().add_run(run(&format!("• {a}"))))
                .collect();
            let mut cells = vec![
                goal,
                text_cell(&row.area, widths[1], false),
                cell(actions, widths[2]),
            ];
            if let Some(lang) = status_of {
                let label = row.status.label(lang);
                let mut status = vec![Paragraph::new().add_run(run(label).bold())];
                for d in &row.done {
                    status.push(Paragraph::new().add_run(run(&format!("– {d}")).italic()));
                }
                for c in &row.comments {
                    status.push(Paragraph::new().add_run(run(&format!("» {c}")).italic()));
                }
                cells.push(cell(status, widths[3]));
            }
            TableRow::new(cells).cant_split()
        })
        .collect()
}

fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// The Word document of `report`.
pub fn render(report: &Report) -> Vec<u8> {
    let lang = report.lang;
    let mut doc = crate::export::docx::base()
        .page_size(PAGE.0, PAGE.1)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(
            docx_rs::PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        );
    doc = doc.add_paragraph(heading("Title", &report.title));
    if !report.subtitle.is_empty() {
        doc = doc.add_paragraph(heading("Subtitle", &report.subtitle));
    }
    if let Some(p) = &report.presented {
        doc = doc.add_paragraph(para(p));
    }
    if !report.vision.is_empty() {
        doc = doc
            .add_paragraph(heading("Heading2", Msg::RmVision.get(lang)))
            .add_paragraph(para(&report.vision));
    }
    for (name, indicators) in &report.binding {
        doc = doc.add_paragraph(heading(
            "Heading2",
            &format!("{}: {name}", Msg::RmBindingGoal.get(lang)),
        ));
        if !indicators.is_empty() {
            doc = doc.add_paragraph(para(&format!("{}:", Msg::RmIndicators.get(lang))));
            for i in indicators {
                doc = doc.add_paragraph(bullet_line(i));
            }
        }
    }
    let heads = |actions: Msg, year: i32, status: bool| {
        super::report::column_heads(lang, actions.fill(lang, &[&year]), status)
    };
    doc = doc.add_paragraph(heading(
        "Heading1",
        &Msg::RmReportTitle.fill(lang, &[&report.year]),
    ));
    let mut rows = vec![header_row(
        &heads(Msg::RmColActions, report.year, true),
        &WIDTHS,
    )];
    rows.extend(area_rows(&report.rows, Some(lang), &WIDTHS));
    doc = doc.add_table(table(rows, &WIDTHS));

    if !report.done_by_goal.is_empty() {
        doc = doc.add_paragraph(heading(
            "Heading1",
            &Msg::RmDoneByGoal.fill(lang, &[&report.year]),
        ));
        for (goal, done) in &report.done_by_goal {
            doc = doc.add_paragraph(heading("Heading2", goal));
            for d in done {
                doc = doc.add_paragraph(bullet_line(d));
            }
        }
    }
    if let Some(plan) = report.plan_year {
        let widths = PLAN_WIDTHS;
        doc = doc.add_paragraph(heading("Heading1", &Msg::RmPlanTitle.fill(lang, &[&plan])));
        let mut rows = vec![header_row(&heads(Msg::RmPlanTitle, plan, false), &widths)];
        rows.extend(area_rows(&report.plan_rows, None, &widths));
        doc = doc.add_table(table(rows, &widths));
    }
    if !report.summary.is_empty() {
        let widths = [4_570, 1_900, 1_900, 1_900, 1_900, 2_400];
        doc = doc.add_paragraph(heading(
            "Heading1",
            &Msg::RmSummaryTitle.fill(lang, &[&report.year]),
        ));
        let mut head = vec![Msg::RmColGoal.get(lang).to_string()];
        head.extend(Status::ALL.iter().map(|s| s.label(lang).to_string()));
        head.push(Msg::RmChange.fill(lang, &[&(report.year - 1)]));
        let mut rows = vec![header_row(&head, &widths)];
        for s in &report.summary {
            let mut cells = vec![text_cell(&s.goal, widths[0], false)];
            for (n, st) in Status::ALL.iter().enumerate() {
                let bar = "■".repeat(s.now.get(*st));
                let text = format!("{} {bar}", s.now.get(*st));
                cells.push(text_cell(text.trim_end(), widths[n + 1], false));
            }
            cells.push(text_cell(&s.change(lang), widths[5], false));
            rows.push(TableRow::new(cells).cant_split());
        }
        doc = doc.add_table(table(rows, &widths));
    }
    if !report.notes.is_empty() {
        doc = doc.add_paragraph(heading("Heading2", Msg::ExportNotes.get(lang)));
    }
    for note in &report.notes {
        doc = doc.add_paragraph(para(note).add_run(Run::new()));
    }
    let mut xml = doc.build();
    xml.document = mark_headers(&xml.document);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .expect("writing a zip archive to memory does not fail");
    bytes.into_inner()
}

/// `docx-rs` cannot mark a row as a table header; every row here is written with
/// `<w:cantSplit />`, so the first row after each `<w:tbl>` gets `<w:tblHeader />` beside it
/// and Word repeats it at the top of each page.
fn mark_headers(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    const ROW_PROPS: &str = "<w:trPr><w:cantSplit />";
    let mut out = String::with_capacity(text.len() + 256);
    let mut rest: &str = &text;
    while let Some(at) = rest.find("<w:tbl>") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match rest.find(ROW_PROPS) {
            Some(p) => {
                out.push_str(&rest[..p]);
                out.push_str("<w:trPr><w:cantSplit /><w:tblHeader />");
                rest = &rest[p + ROW_PROPS.len()..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out.into_bytes()
}
