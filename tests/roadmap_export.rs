//! Roadmap reports: the Word file's XML (landscape, repeated header row, rows not split),
//! the HTML page (print A4 landscape, inline SVG chart, escaped text), the Markdown report
//! of the bundled VAKE roadmap as a golden file, and CSV one row per action.

use std::io::Read;

use foorumi::export::roadmap::{RoadmapFormat, render};
use foorumi::i18n::Lang;
use foorumi::model::Session;
use foorumi::model::roadmap::{Status, Target, set_status, set_text};

fn vake() -> Session {
    foorumi::bundled::roadmap("vake").unwrap()
}

/// VAKE with the 2025 assessment begun, and text a report must escape.
fn assessed() -> Session {
    let mut s = vake();
    let r = s.roadmap.as_deref().unwrap().clone();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 17);
    let area = |k: &str| Target::Area(k.to_string());
    s.apply(set_status(&r, area("suunta"), 2025, Status::Partly, day))
        .unwrap();
    // Each change is built from the roadmap as it is now, as the board does.
    let r = s.roadmap.as_deref().unwrap().clone();
    s.apply(set_text(
        &r,
        area("suunta"),
        2025,
        false,
        "<script>alert(1)</script> & =SUM(A1)",
    ))
    .unwrap();
    s
}

fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn docx_is_landscape_with_repeated_header_rows_and_unsplit_rows() {
    let bytes = render(&assessed(), RoadmapFormat::Docx, Some(2024), Lang::Fi).unwrap();
    let xml = document_xml(&bytes);
    roxmltree::Document::parse(&xml).expect("well-formed XML");
    assert!(xml.contains("w:orient=\"landscape\""), "landscape section");
    assert!(
        xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\""),
        "A4 across"
    );
    let tables = xml.matches("<w:tbl>").count();
    assert_eq!(tables, 3, "the year, the next year's plan and the summary");
    assert_eq!(xml.matches("<w:tblHeader />").count(), tables);
    assert_eq!(
        xml.matches("<w:tr>").count(),
        xml.matches("<w:cantSplit />").count()
    );
    // The seed's table: its head, a goal, an area, an action and its status.
    for text in [
        "Vuoden 2024 toimeenpanosuunnitelman arviointi",
        "Toimenpidekokonaisuudet",
        "Arvio toteutumisesta",
        "Tavoite 1: Yhteistyön johtaminen",
        "Yhteinen suunta ja mittarit",
        "Yhteistyön onnistumisen mittaamiselle ja arvioinnille on malli",
        "Toteutuu osittain",
        "Päivitetyt toimenpiteet vuodelle 2025",
        "Arvioiden yhteenveto 2024",
    ] {
        assert!(xml.contains(text), "missing: {text}");
    }
}

#[test]
fn html_prints_a4_landscape_with_an_svg_chart_and_escapes_text() {
    let bytes = render(&assessed(), RoadmapFormat::Html, None, Lang::Fi).unwrap();
    let html = String::from_utf8(bytes).unwrap();
    assert!(html.contains("@page{size:A4 landscape"));
    assert!(html.contains("<thead>") && html.contains("break-inside:avoid"));
    assert!(html.contains("<svg") && html.contains("</svg>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; =SUM(A1)"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("Vuoden 2025 toimeenpanosuunnitelman arviointi"));
    assert!(
        html.contains("2024: Toteutuu 3, Toteutuu osittain 1"),
        "last year's bar"
    );
}

#[test]
fn markdown_report_of_the_bundled_roadmap_is_golden() {
    let bytes = render(&vake(), RoadmapFormat::Md, Some(2024), Lang::Fi).unwrap();
    insta::assert_snapshot!("vake_2024_md", String::from_utf8(bytes).unwrap());
    let bytes = render(&vake(), RoadmapFormat::Md, Some(2024), Lang::Sv).unwrap();
    let sv = String::from_utf8(bytes).unwrap();
    assert!(sv.contains("Bedömning av genomförandeplanen för 2024"));
    assert!(sv.contains("**Genomförs delvis**"));
}

#[test]
fn csv_has_one_row_per_action_of_the_year_and_guards_formulas() {
    let bytes = render(&assessed(), RoadmapFormat::Csv, Some(2025), Lang::Fi).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let head = reader.headers().unwrap().clone();
    assert_eq!(head.len(), 7);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 15, "the 15 actions of 2025");
    assert_eq!(&rows[0][2], "2025");
    assert_eq!(&rows[0][5], "Toteutuu osittain");
    assert!(rows[0][6].starts_with("<script>"));
    assert!(rows.iter().all(|r| !r[3].starts_with('=')));
}
