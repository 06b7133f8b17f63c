//! Golden files: every format of the 2015 forum (and the 2019 table) compared byte for
//! byte with tests/golden/. The Word document is compared by the text content and
//! structure of word/document.xml, since the zip carries timestamps.
//! `UPDATE_GOLDEN=1 cargo test --test export_golden` rewrites them after a deliberate change.

#[path = "golden/support.rs"]
mod support;

use foorumi::export::{self, Format, Options};
use foorumi::model::{Lang, Session};
use support::{assert_golden, docx_dump, forum_2015, table_2019, table_2019_autumn};

fn render(s: &Session, f: Format, lang: Lang) -> Vec<u8> {
    let options = Options {
        lang,
        ..Options::for_session(s)
    };
    export::render(s, f, &options)
}

/// The text export with the meeting record after the themes (`--full`).
fn full_text(s: &Session, lang: Lang) -> Vec<u8> {
    let options = Options {
        lang,
        full_text: true,
        ..Options::for_session(s)
    };
    export::render(s, Format::Txt, &options)
}

#[test]
fn forum_2015_text_is_the_appendix() {
    let s = forum_2015();
    let txt = render(&s, Format::Txt, Lang::Fi);
    assert!(txt.starts_with("YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ\n\n".as_bytes()));
    assert_golden("2015.txt", &txt);
}

#[test]
fn forum_2015_text_in_swedish_and_english() {
    let s = forum_2015();
    assert_golden("2015.sv.txt", &render(&s, Format::Txt, Lang::Sv));
    assert_golden("2015.en.txt", &render(&s, Format::Txt, Lang::En));
}

#[test]
fn forum_2015_markdown() {
    assert_golden("2015.md", &render(&forum_2015(), Format::Md, Lang::Fi));
}

#[test]
fn forum_2015_html() {
    assert_golden("2015.html", &render(&forum_2015(), Format::Html, Lang::Fi));
}

#[test]
fn forum_2015_csv() {
    assert_golden("2015.csv", &render(&forum_2015(), Format::Csv, Lang::Fi));
}

#[test]
fn forum_2015_json() {
    assert_golden("2015.json", &render(&forum_2015(), Format::Json, Lang::Fi));
}

#[test]
fn forum_2015_docx() {
    let docx = render(&forum_2015(), Format::Docx, Lang::Fi);
    assert_golden("2015.docx.txt", docx_dump(&docx).as_bytes());
}

#[test]
fn table_2019_every_format() {
    let s = table_2019();
    assert_golden("2019.txt", &full_text(&s, Lang::Fi));
    assert_golden("2019.md", &render(&s, Format::Md, Lang::Fi));
    assert_golden("2019.html", &render(&s, Format::Html, Lang::Fi));
    assert_golden("2019.csv", &render(&s, Format::Csv, Lang::Fi));
    assert_golden(
        "2019.docx.txt",
        docx_dump(&render(&s, Format::Docx, Lang::Fi)).as_bytes(),
    );
}

#[test]
fn heading_option_and_summary_heading_override() {
    let mut s = forum_2015();
    let options = Options {
        heading: Some("LIITE 1".into()),
        ..Options::for_session(&s)
    };
    let txt = String::from_utf8(export::render(&s, Format::Txt, &options)).unwrap();
    assert!(txt.starts_with("LIITE 1\n\n"));
    let md = String::from_utf8(export::render(&s, Format::Md, &options)).unwrap();
    assert!(md.starts_with("# LIITE 1\n\n"));
    s.summary_heading = "Ryhmätöiden yhteenveto".into();
    let txt = String::from_utf8(render(&s, Format::Txt, Lang::Fi)).unwrap();
    assert!(txt.starts_with("Ryhmätöiden yhteenveto\n\n"));
}

#[test]
fn built_headings_per_language() {
    let mut s = table_2019();
    let first_line = |s: &Session, lang| {
        String::from_utf8(render(s, Format::Txt, lang))
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        first_line(&s, Lang::Fi),
        "YHTEENVETO 17.4.2019 JÄRJESTÖJEN KUMPPANUUSPÖYDÄN RYHMÄTÖISTÄ"
    );
    assert_eq!(
        first_line(&s, Lang::Sv),
        "SAMMANFATTNING 17.4.2019 AV GRUPPARBETENA VID JÄRJESTÖJEN KUMPPANUUSPÖYTÄ"
    );
    assert_eq!(
        first_line(&s, Lang::En),
        "SUMMARY 17.4.2019 OF THE GROUP WORK AT JÄRJESTÖJEN KUMPPANUUSPÖYTÄ"
    );
    s.title = "Kevätkokous".into();
    s.date = None;
    assert_eq!(
        first_line(&s, Lang::Fi),
        "YHTEENVETO RYHMÄTÖISTÄ: KEVÄTKOKOUS"
    );
}

#[test]
fn a_running_series_every_format() {
    let s = table_2019_autumn();
    assert_golden("2019-09.txt", &full_text(&s, Lang::Fi));
    assert_golden("2019-09.md", &render(&s, Format::Md, Lang::Fi));
    assert_golden("2019-09.html", &render(&s, Format::Html, Lang::Fi));
    assert_golden("2019-09.csv", &render(&s, Format::Csv, Lang::Fi));
    assert_golden("2019-09.json", &render(&s, Format::Json, Lang::Fi));
    assert_golden(
        "2019-09.docx.txt",
        docx_dump(&render(&s, Format::Docx, Lang::Fi)).as_bytes(),
    );
    assert_golden("2019-09.en.txt", &full_text(&s, Lang::En));
}

#[test]
fn the_voting_result_ranks_ties_alike_and_always_shows_totals() {
    let s = table_2019_autumn();
    assert!(s.voting.hidden && s.voting.closed);
    let ranked = export::voting_result(&s, Lang::Fi);
    let rows: Vec<(usize, &str, u32, &str)> = ranked
        .iter()
        .map(|r| (r.rank, r.idea.text.as_str(), r.idea.votes, r.theme.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                1,
                "Koulujen tilat iltaisin järjestöjen käyttöön maksutta",
                5,
                "Tilat"
            ),
            (
                2,
                "Kumppanuustalo jokaiseen kuntaan",
                3,
                "Tilat – Kumppanuustalot"
            ),
            (
                2,
                "Avustusten hakuaika samaksi kaikissa kunnissa",
                3,
                "Avustukset"
            ),
            (
                4,
                "Järjestöinfo kuntien uusille työntekijöille",
                2,
                "Lajittelematta"
            ),
            (5, "Monivuotiset toiminta-avustukset", 1, "Avustukset"),
        ]
    );
    // At most ten, but never cutting between equals.
    let mut many = s.clone();
    for (n, idea) in many.ideas.iter_mut().enumerate() {
        idea.votes = if n == 0 { 9 } else { 1 };
    }
    let base = many.ideas[0].clone();
    for n in 0..12 {
        let mut extra = base.clone();
        extra.id = foorumi::model::IdeaId(100 + n);
        extra.text = format!("lisäidea {n}");
        extra.votes = if n < 8 { 4 } else { 1 };
        many.ideas.push(extra);
    }
    let ranked = export::voting_result(&many, Lang::Fi);
    // 1 with 9 votes, 8 with 4, then 1 vote each: places 10… are all tied, all listed.
    assert_eq!(ranked[0].rank, 1);
    assert_eq!(ranked[8].rank, 2);
    assert!(
        ranked[9..]
            .iter()
            .all(|r| r.rank == 10 && r.idea.votes == 1)
    );
    assert_eq!(ranked.len(), 1 + 8 + 5 + 4);
    let mut nobody = s.clone();
    nobody.ideas.iter_mut().for_each(|i| i.votes = 0);
    assert!(export::voting_result(&nobody, Lang::Fi).is_empty());
    for f in [Format::Txt, Format::Md, Format::Html] {
        let text = String::from_utf8(render(&nobody, f, Lang::Fi)).unwrap();
        assert!(!text.contains("Äänestyksen tulos"), "{f:?}");
    }
}
