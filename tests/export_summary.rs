//! What the secretary sends without hand fixes (issue 11): merged-away wordings kept,
//! empty themes left out unless asked, the txt appendix themes only unless asked, the CSV
//! time as the wall clock showed it.

#[path = "golden/support.rs"]
mod support;

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
    assert!(first.ends_with(";0;4.2.2015 13.30"), "{first}");
}
