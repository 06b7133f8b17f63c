//! What the secretary sends without hand fixes (issue 11): merged-away wordings kept,
//! empty themes left out unless asked, the txt appendix themes only unless asked, the CSV
//! time as the wall clock showed it.

#[path = "golden/support.rs"]
mod support;

mod common;

use foorumi::export::{self, Format, Options};
use foorumi::model::{self, Idea, IdeaId, Lang, Session};
use support::{docx_part, forum_2015, table_2019};

fn text(s: &Session, f: Format, options: &Options) -> String {
    let bytes = export::render(s, f, options);
    match f {
        Format::Docx => docx_part(&bytes, "word/document.xml"),
        _ => String::from_utf8(bytes).unwrap(),
    }
}

/// The 2015 forum with idea 2 merged into idea 1.
fn merged() -> Session {
    let mut s = forum_2015();
    let change = model::merge_ideas(&s, IdeaId(1), &[IdeaId(2)], false).unwrap();
    s.apply(change).unwrap();
    s
}

#[test]
fn a_merged_away_wording_is_in_every_memo_and_the_csv() {
    let s = merged();
    let gone = "kumppanuus on yhteistyötä, yhdessä tekemistä";
    assert!(!s.ideas.iter().any(|i| i.text.starts_with(gone)));
    for (lang, label) in [
        (Lang::Fi, "(yhdistetty: "),
        (Lang::Sv, "(sammanslagen: "),
        (Lang::En, "(merged: "),
    ] {
        let options = Options {
            lang,
            ..Options::for_session(&s)
        };
        for f in [
            Format::Txt,
            Format::Md,
            Format::Html,
            Format::Docx,
            Format::Csv,
        ] {
            let out = text(&s, f, &options);
            assert!(
                out.contains(&format!("{label}{gone}")),
                "{f:?} {lang:?}:\n{out}"
            );
        }
    }
    let txt = text(&s, Format::Txt, &Options::for_session(&s));
    assert!(
        txt.contains("  – (yhdistetty: kumppanuus on yhteistyötä, yhdessä tekemistä -> EI tehtävien\n    siirtämistä)\n"),
        "{txt}"
    );
    // Read back, the wording is history again, not a sub-point.
    let back = foorumi::import::from_text(&txt, None).session;
    let first = &back.ideas[0];
    assert!(first.sub_points.is_empty(), "{:?}", first.sub_points);
    assert_eq!(first.merged_from, s.ideas[0].merged_from);
}

#[test]
fn empty_themes_are_left_out_unless_asked() {
    let s = table_2019();
    let empty = "Vapaaehtoistoiminta";
    assert_eq!(s.ideas_in(Some("vapaaehtoistoiminta")).count(), 0);
    for f in [Format::Txt, Format::Md, Format::Html, Format::Docx] {
        let out = text(&s, f, &Options::for_session(&s));
        assert!(
            !out.contains(empty) && !out.contains("(ei ideoita)"),
            "{f:?}:\n{out}"
        );
        assert!(out.contains("Avustukset"), "{f:?}");
        let all = Options {
            empty_themes: true,
            ..Options::for_session(&s)
        };
        let out = text(&s, f, &all);
        assert!(out.contains(empty) && out.contains("(ei ideoita)"), "{f:?}");
    }
}

#[test]
fn a_parent_stays_when_only_its_sub_theme_has_ideas() {
    let mut s = foorumi::bundled::theme_set("keski-suomi")
        .map(|set| Session::new("Foorumi", None, &set))
        .unwrap();
    let at = support::at(chrono::NaiveDate::from_ymd_opt(2019, 4, 17).unwrap(), 13, 0);
    let id = s.peek_id();
    s.ideas.push(Idea::new(
        id,
        "Avustushaku keväisin",
        Some("avustukset"),
        at,
    ));
    let txt = text(&s, Format::Txt, &Options::for_session(&s));
    assert_eq!(
        txt,
        format!(
            "{}\n\nToistuvat rutiinit\n\nToistuvat rutiinit – Avustukset\n\n• Avustushaku keväisin\n",
            export::summary_heading(&s, &Options::for_session(&s))
        )
    );
}

#[test]
fn the_text_appendix_is_themes_only_unless_asked() {
    let s = forum_2015();
    let txt = text(&s, Format::Txt, &Options::for_session(&s));
    assert!(txt.ends_with("• Joku apu niille yhdistyksille joilla ei ole palkattua työvoimaa\n"));
    assert!(!txt.contains("Ohjelma"), "{txt}");
    let full = Options {
        full_text: true,
        ..Options::for_session(&s)
    };
    let txt = text(&s, Format::Txt, &full);
    assert!(txt.contains("\nOhjelma\n\n• Ryhmätyöt\n"), "{txt}");
}

#[test]
fn the_csv_time_is_the_wall_clock_to_the_minute() {
    let s = forum_2015();
    let csv = text(&s, Format::Csv, &Options::for_session(&s));
    let first = csv.lines().nth(1).unwrap();
    // The source column (empty for a typed idea) follows the time.
    assert!(first.ends_with(";0;4.2.2015 13.30;"), "{first}");
}

#[test]
fn the_word_actions_table_keeps_dates_and_statuses_whole_and_repeats_its_header() {
    let s = support::table_2019_autumn();
    let xml = text(&s, Format::Docx, &Options::for_session(&s));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let w = |tag: &'static str| (support::W, tag);
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name(w("tbl")))
        .collect();
    assert_eq!(tables.len(), 2, "voting result and actions");
    for table in &tables {
        let rows: Vec<_> = table
            .children()
            .filter(|n| n.has_tag_name(w("tr")))
            .collect();
        let has = |row: &roxmltree::Node, tag| row.descendants().any(|n| n.has_tag_name(w(tag)));
        assert!(
            has(&rows[0], "tblHeader"),
            "the header row repeats on every page"
        );
        assert!(rows[1..].iter().all(|r| !has(r, "tblHeader")));
        assert!(
            rows.iter().all(|r| has(r, "cantSplit")),
            "no row splits across pages"
        );
        let layout = table.descendants().find(|n| n.has_tag_name(w("tblLayout")));
        assert_eq!(
            layout.and_then(|l| l.attribute((support::W, "type"))),
            Some("fixed")
        );
    }
    let grid: Vec<usize> = tables[1]
        .descendants()
        .filter(|n| n.has_tag_name(w("gridCol")))
        .map(|n| n.attribute((support::W, "w")).unwrap().parse().unwrap())
        .collect();
    // Calibri 11 pt (from its advance widths): bold "Määräaika" is about 1,050 and
    // "toteutuu osittain" 1,514 twentieths of a point, plus 216 of cell margins; the old
    // 1,300 for each broke both.
    assert!(grid[2] >= 1_270 && grid[3] >= 1_730, "{grid:?}");
    assert!(grid[0] > grid[2] && grid[0] > grid[3], "{grid:?}");
    assert_eq!(grid.iter().sum::<usize>(), 11_906 - 2 * 1_134);
}

#[test]
fn the_printed_actions_table_never_breaks_a_date_or_a_status() {
    let s = support::table_2019_autumn();
    let html = text(&s, Format::Html, &Options::for_session(&s));
    assert!(
        html.contains(
            "<td class=\"date\">31.12.2019</td><td class=\"status\">toteutuu osittain</td>"
        )
    );
    for rule in [
        "td.date, td.status { white-space: nowrap; }",
        "th { background: #efefea; white-space: nowrap; }",
        "thead { display: table-header-group; }",
        "li, tr { break-inside: avoid; page-break-inside: avoid; }",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
}

#[test]
fn theme_descriptions_are_in_the_export_language() {
    let set = foorumi::bundled::theme_set("kumppanuus").unwrap();
    let mut s = Session::new("Bord", None, &set);
    let at = support::at(chrono::NaiveDate::from_ymd_opt(2019, 4, 17).unwrap(), 13, 0);
    let id = s.peek_id();
    s.ideas.push(Idea::new(id, "Salar", Some("tilat"), at));
    for (lang, description) in [
        (Lang::Fi, "Kokoontumis- ja toimitilat järjestöjen käyttöön."),
        (
            Lang::Sv,
            "Mötes- och verksamhetslokaler för organisationerna.",
        ),
        (Lang::En, "Meeting and working spaces for NGOs."),
    ] {
        let options = Options {
            lang,
            ..Options::for_session(&s)
        };
        // The json holds every language whatever the export language.
        for f in [Format::Md, Format::Html, Format::Docx, Format::Json] {
            let out = text(&s, f, &options);
            assert!(out.contains(description), "{f:?} {lang:?}:\n{out}");
        }
        let json = text(&s, Format::Json, &Options::for_session(&s));
        assert!(json.contains(description), "json:\n{json}");
    }
}

#[test]
fn the_focus_view_shows_the_description_in_the_board_language() {
    let set = foorumi::bundled::theme_set("kumppanuus").unwrap();
    let s = Session::new("Bord", None, &set);
    for (lang, description) in [
        (Lang::Fi, "Kokoontumis- ja toimitilat järjestöjen käyttöön."),
        (
            Lang::Sv,
            "Mötes- och verksamhetslokaler för organisationerna.",
        ),
    ] {
        let mut app = common::app_on(s.clone(), lang);
        foorumi::tui::update(&mut app, foorumi::tui::Action::Focus);
        let screen = common::screen(&mut app, 100, 30);
        assert!(screen.contains(description), "{lang:?}:\n{screen}");
    }
}
