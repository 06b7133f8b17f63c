//! Liite 1 of the 2015 report, cut straight from the seed text (PDF bullets U+F0B7,
//! blank lines between bullets, ideas wrapped onto following lines and once across a
//! blank line after `->`, a heading glued to the bullet before it) imports into the six
//! themes with every idea.

#[path = "golden/support.rs"]
mod support;

use chrono::NaiveDate;
use foorumi::export::{self, Format, Options};
use foorumi::import;
use support::{forum_2015, read_golden, turku_set};

const THEMES: [(&str, usize); 6] = [
    ("Kumppanuuden kehittäminen", 10),
    (
        "Ehkäisevää työtä, etsivää työtä - pitää löytää ei-aktiiviset",
        1,
    ),
    ("Yhteistyö eri(laisten) yhdistysten kanssa", 7),
    ("Tiedonkulku/viestintä/tiedotus", 13),
    ("Tilat/kumppanuustalot", 5),
    ("Toiminta-avustukset/toimintaedellytysten turvaaminen", 5),
];

#[test]
fn the_seed_text_is_the_pdf_paste() {
    let text = read_golden("liite1.txt");
    assert!(text.contains('\u{f0b7}'), "Symbol-font bullets");
    assert!(
        text.contains("kotiin -> \n\nyksinäisyys"),
        "wrap across a blank line"
    );
    assert!(
        text.contains("kumppanit \nTilat/kumppanuustalot"),
        "glued heading"
    );
}

#[test]
fn liite1_imports_into_six_themes() {
    let imported = import::from_text(&read_golden("liite1.txt"), None);
    let s = &imported.session;
    assert_eq!(s.title, "Yhteistyöfoorumi");
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2015, 2, 4));
    assert_eq!(
        s.summary_heading,
        "YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ"
    );
    let names: Vec<&str> = s.themes.iter().map(|t| t.name.fi.as_str()).collect();
    assert_eq!(names, THEMES.map(|(n, _)| n));
    for (theme, (name, count)) in s.themes.iter().zip(THEMES) {
        assert_eq!(s.ideas_in(Some(&theme.key)).count(), count, "{name}");
        assert!(theme.parent.is_none());
    }
    assert_eq!(s.ideas_in(None).count(), 0, "nothing unsorted");
    assert_eq!(
        s.notes,
        vec!["Liite 1.".to_string()],
        "the line before the heading"
    );
    assert!(
        s.ideas
            .iter()
            .all(|i| i.sub_points.is_empty() && i.votes == 0)
    );
    assert_eq!(s.next_id, 42);
    // The report names every theme with its count; one idea is "1 idea", not "1 ideaa".
    for (name, count) in THEMES {
        let counted = match count {
            1 => "(1 idea)".to_string(),
            n => format!("({n} ideaa)"),
        };
        assert!(
            imported
                .report
                .iter()
                .any(|l| l.contains(name) && l.contains(&counted)),
            "{name}: {:#?}",
            imported.report
        );
    }
}

#[test]
fn liite1_with_the_theme_set_gives_the_bundled_session() {
    let set = turku_set();
    let imported = import::from_text(&read_golden("liite1.txt"), Some(&set));
    let s = imported.session;
    let forum = forum_2015();
    let keys: Vec<&str> = s.themes.iter().map(|t| t.key.as_str()).collect();
    let expected: Vec<&str> = forum.themes.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, expected);
    assert_eq!(
        s.themes, forum.themes,
        "names in all languages come from the set"
    );
    assert_eq!(s.theme_set, "turku-2015");
    let got: Vec<(Option<&str>, &str)> = s
        .ideas
        .iter()
        .map(|i| (i.theme.as_deref(), i.text.as_str()))
        .collect();
    let want: Vec<(Option<&str>, &str)> = forum
        .ideas
        .iter()
        .map(|i| (i.theme.as_deref(), i.text.as_str()))
        .collect();
    assert_eq!(
        got, want,
        "every idea of Liite 1, word for word, in its theme"
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l == "'Tilat/kumppanuustalot' → teema tilat (5 ideaa)"),
        "{:#?}",
        imported.report
    );
}

#[test]
fn liite1_exports_like_the_bundled_session() {
    let imported = import::from_text(&read_golden("liite1.txt"), Some(&turku_set())).session;
    let mut forum = forum_2015();
    forum.agenda.clear();
    forum.notes = vec!["Liite 1.".into()];
    let options = Options::for_session(&forum);
    assert_eq!(
        String::from_utf8(export::render(&imported, Format::Txt, &options)).unwrap(),
        String::from_utf8(export::render(&forum, Format::Txt, &options)).unwrap()
    );
}

#[test]
fn headings_map_to_the_set_ignoring_case_and_diacritics() {
    let text = "TILAT / KUMPPANUUSTALOT\n\n- isompi sali\n\nkumppanuuden kehittaminen\n\n- yhteinen kalenteri\n\nUtveckling av partnerskap\n\n- ruotsiksi\n\nUusi asia\n\n- jotain muuta\n";
    let imported = import::from_text(text, Some(&turku_set()));
    let s = &imported.session;
    let theme_of = |t: &str| {
        s.ideas
            .iter()
            .find(|i| i.text == t)
            .and_then(|i| i.theme.clone())
    };
    assert_eq!(theme_of("isompi sali").as_deref(), Some("tilat"));
    assert_eq!(
        theme_of("yhteinen kalenteri").as_deref(),
        Some("kumppanuus")
    );
    assert_eq!(theme_of("ruotsiksi").as_deref(), Some("kumppanuus"));
    assert_eq!(theme_of("jotain muuta").as_deref(), Some("uusi-asia"));
    // Themes met first, in order; the rest of the set after them.
    let keys: Vec<&str> = s.themes.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "tilat",
            "kumppanuus",
            "uusi-asia",
            "ehkaiseva-tyo",
            "yhdistysten-yhteistyo",
            "viestinta",
            "avustukset"
        ]
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l.contains("'Uusi asia' → uusi teema uusi-asia (1 idea)"))
    );
}
