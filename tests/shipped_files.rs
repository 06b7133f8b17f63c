//! The data files shipped with foorumi (`themes/*.ron`, `sessions/*.ron`) parse and
//! hold together.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};
use foorumi::model::{AgendaKind, Session, ThemeSet};

fn ron_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ron files in {}", dir.display());
    files
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", name_of(path)));
    assert!(
        text.starts_with("#![enable(implicit_some)]"),
        "{}: must start with #![enable(implicit_some)]",
        name_of(path)
    );
    ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", name_of(path)))
}

fn theme_sets() -> Vec<(String, ThemeSet)> {
    ron_files("themes")
        .iter()
        .map(|p| (name_of(p), parse::<ThemeSet>(p)))
        .collect()
}

fn sessions() -> Vec<(String, Session)> {
    ron_files("sessions")
        .iter()
        .map(|p| (name_of(p), parse::<Session>(p)))
        .collect()
}

fn session(file: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(file);
    parse(&path)
}

/// Keys unique, every `parent` an earlier top-level theme.
fn check_themes(file: &str, themes: &[foorumi::model::Theme]) {
    let mut top = HashSet::new();
    let mut keys = HashSet::new();
    for t in themes {
        assert!(!t.key.is_empty(), "{file}: empty theme key");
        assert!(
            t.key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{file}: theme key {:?} is not lower-case ASCII",
            t.key
        );
        assert!(
            keys.insert(t.key.clone()),
            "{file}: theme key {:?} twice",
            t.key
        );
        assert!(
            !t.name.fi.trim().is_empty(),
            "{file}: theme {:?} has no Finnish name",
            t.key
        );
        match &t.parent {
            None => {
                top.insert(t.key.clone());
            }
            Some(parent) => assert!(
                top.contains(parent),
                "{file}: theme {:?} has parent {parent:?}, which is not an earlier top-level theme",
                t.key
            ),
        }
    }
}

#[test]
fn theme_sets_parse_and_hold_together() {
    let sets = theme_sets();
    for (file, set) in &sets {
        let stem = file.strip_suffix(".ron").unwrap();
        assert_eq!(set.key, stem, "{file}: key must equal the file stem");
        assert!(!set.themes.is_empty(), "{file}: no themes");
        check_themes(file, &set.themes);
    }
    let keys: Vec<&str> = sets.iter().map(|(_, s)| s.key.as_str()).collect();
    for expected in [
        "kumppanuus",
        "turku-2015",
        "keski-suomi",
        "varsinais-suomi-2018",
    ] {
        assert!(keys.contains(&expected), "themes/{expected}.ron missing");
    }
}

#[test]
fn default_theme_set_is_in_order() {
    let sets = theme_sets();
    let set = &sets.iter().find(|(_, s)| s.key == "kumppanuus").unwrap().1;
    let keys: Vec<&str> = set.themes.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "tilat",
            "avustukset",
            "viestinta",
            "vapaaehtoistoiminta",
            "kumppanuus",
            "yhteistyo"
        ]
    );
    for t in &set.themes {
        assert!(
            !t.name.sv.is_empty() && !t.name.en.is_empty(),
            "{}: untranslated",
            t.key
        );
    }
}

#[test]
fn keski_suomi_has_three_areas_with_four_items_each() {
    let sets = theme_sets();
    let set = &sets.iter().find(|(_, s)| s.key == "keski-suomi").unwrap().1;
    let top: Vec<&str> = set
        .themes
        .iter()
        .filter(|t| t.parent.is_none())
        .map(|t| t.name.fi.as_str())
        .collect();
    assert_eq!(
        top,
        [
            "Toistuvat rutiinit",
            "Yhteistyörakenteet",
            "Yhteistyö ja yhdessä kehittäminen"
        ]
    );
    for parent in ["rutiinit", "rakenteet", "kehittaminen"] {
        let n = set
            .themes
            .iter()
            .filter(|t| t.parent.as_deref() == Some(parent))
            .count();
        assert_eq!(n, 4, "keski-suomi: {parent}");
    }
}

#[test]
fn sessions_parse_and_hold_together() {
    let sets = theme_sets();
    for (file, s) in &sessions() {
        assert_eq!(s.version, 1, "{file}: version");
        check_themes(file, &s.themes);
        let theme_keys: HashSet<&str> = s.themes.iter().map(|t| t.key.as_str()).collect();
        let mut ids = HashSet::new();
        for idea in &s.ideas {
            assert!(ids.insert(idea.id), "{file}: idea id {} twice", idea.id);
            assert!(idea.id.0 >= 1, "{file}: idea id 0");
            assert!(
                s.next_id > idea.id.0,
                "{file}: next_id {} <= idea id {}",
                s.next_id,
                idea.id
            );
            if let Some(theme) = &idea.theme {
                assert!(
                    theme_keys.contains(theme.as_str()),
                    "{file}: idea {} has unknown theme {theme:?}",
                    idea.id
                );
            }
            if let Some(group) = idea.group {
                assert!(
                    group >= 1 && group <= s.groups,
                    "{file}: idea {} group {group}",
                    idea.id
                );
            }
            assert!(
                !idea.text.trim().is_empty(),
                "{file}: idea {} empty",
                idea.id
            );
            assert_eq!(
                idea.text,
                idea.text.trim(),
                "{file}: idea {} not trimmed",
                idea.id
            );
            assert!(
                !idea.text.contains("  "),
                "{file}: idea {} has double spaces",
                idea.id
            );
        }
        for pair in s.ideas.windows(2) {
            assert!(
                pair[0].created <= pair[1].created,
                "{file}: created times go back"
            );
        }
        // The themes were copied from the named set: every theme of it is there as shipped.
        if !s.theme_set.is_empty() {
            let set = &sets
                .iter()
                .find(|(_, set)| set.key == s.theme_set)
                .unwrap_or_else(|| panic!("{file}: theme set {:?} not shipped", s.theme_set))
                .1;
            for t in &set.themes {
                assert_eq!(
                    s.theme(&t.key),
                    Some(t),
                    "{file}: theme {:?} differs from the set",
                    t.key
                );
            }
        }
        // Timed agenda items follow each other without gaps or overlaps, inside the session.
        let mut prev_end: Option<NaiveTime> = None;
        for item in s.agenda.iter().filter(|i| i.start.is_some()) {
            let start = item.start.unwrap();
            if let Some(end) = prev_end {
                assert_eq!(
                    start, end,
                    "{file}: agenda item {:?} starts off the previous end",
                    item.title
                );
            } else if let Some(session_start) = s.start {
                assert_eq!(
                    start, session_start,
                    "{file}: agenda does not start with the session"
                );
            }
            prev_end = Some(start + chrono::Duration::minutes(i64::from(item.minutes)));
        }
        if let (Some(agenda_end), Some(session_end)) = (prev_end, s.end) {
            assert_eq!(
                agenda_end, session_end,
                "{file}: agenda does not end with the session"
            );
        }
    }
}

#[test]
fn forum_2015_matches_the_appendix() {
    let s = session("2015-02-04-yhteistyofoorumi.ron");
    assert_eq!(s.title, "Yhteistyöfoorumi");
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2015, 2, 4));
    assert_eq!(s.participants, Some(140));
    assert_eq!(
        s.subtitle,
        "Hyvinvointia kumppanuuksilla +65 -turkulaisille"
    );
    assert_eq!(s.theme_set, "turku-2015");
    let themes: Vec<(&str, &str)> = s
        .themes
        .iter()
        .map(|t| (t.key.as_str(), t.name.fi.as_str()))
        .collect();
    assert_eq!(
        themes,
        [
            ("kumppanuus", "Kumppanuuden kehittäminen"),
            (
                "ehkaiseva-tyo",
                "Ehkäisevää työtä, etsivää työtä - pitää löytää ei-aktiiviset"
            ),
            (
                "yhdistysten-yhteistyo",
                "Yhteistyö eri(laisten) yhdistysten kanssa"
            ),
            ("viestinta", "Tiedonkulku/viestintä/tiedotus"),
            ("tilat", "Tilat/kumppanuustalot"),
            (
                "avustukset",
                "Toiminta-avustukset/toimintaedellytysten turvaaminen"
            ),
        ]
    );
    // Counted from /work/shared/seeds/004_c991ce0af65b5469.txt, Liite 1 (from the line
    // "Liite 1." up to the line "Liite 2"): one idea per bullet character U+F0B7, e.g.
    // `sed -n '/Liite 1\./,/Liite 2/p' 004_*.txt | grep -c $'\uf0b7'` gives 41 (one bullet
    // per line), and counting the bullets between each heading and the next gives
    // 10 + 1 + 7 + 13 + 5 + 5 = 41.
    let expected = [
        ("kumppanuus", 10),
        ("ehkaiseva-tyo", 1),
        ("yhdistysten-yhteistyo", 7),
        ("viestinta", 13),
        ("tilat", 5),
        ("avustukset", 5),
    ];
    for (key, n) in expected {
        assert_eq!(s.ideas_in(Some(key)).count(), n, "ideas under {key}");
    }
    assert_eq!(s.ideas.len(), 41);
    assert_eq!(s.ideas_in(None).count(), 0);
    // Capture order follows the appendix: themes in order, ids ascending.
    let order: Vec<usize> = s
        .ideas
        .iter()
        .map(|i| s.theme_index(i.theme.as_deref().unwrap()).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "ideas not in appendix order"
    );
    assert!(s.ideas.windows(2).all(|w| w[0].id < w[1].id));
    assert!(
        s.ideas[0]
            .text
            .starts_with("kumppanuuden tulee olla tasavertaista")
    );
    assert_eq!(s.ideas[0].created.to_rfc3339(), "2015-02-04T13:30:00+02:00");
    // A bullet that wraps across a blank line is one idea.
    assert!(s.ideas.iter().any(|i| i.text
        == "Miten löytää tarvitsevat järjestöjen toimintaan mukaan tai ohjata toimintaa kotiin -> yksinäisyys/kustannussäästöt (ei ole vain kustannus)"));
    assert_eq!(s.next_id, 42);
    assert!(s.agenda.iter().any(|a| a.kind == AgendaKind::Capture
        && a.title == "Ryhmätyöt"
        && a.prompt == "Uusia suhteita ja hulvattomia ideoita"));
}

#[test]
fn partnership_table_2019_runs_from_one_to_half_past_three() {
    let s = session("2019-04-17-kumppanuuspoyta.ron");
    assert_eq!(s.title, "Järjestöjen kumppanuuspöytä");
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2019, 4, 17));
    assert_eq!(s.start, NaiveTime::from_hms_opt(13, 0, 0));
    assert_eq!(s.end, NaiveTime::from_hms_opt(15, 30, 0));
    assert_eq!(s.theme_set, "kumppanuus");
    let minutes: u32 = s.agenda.iter().map(|a| a.minutes).sum();
    assert_eq!(minutes, 150);
    let discussion: Vec<&str> = s
        .agenda
        .iter()
        .filter(|a| a.kind == AgendaKind::Discussion)
        .map(|a| a.prompt.as_str())
        .collect();
    assert_eq!(
        discussion,
        [
            "Syntyisikö näistä maakunnallinen järjestöohjelma?",
            "Näettekö sen tarpeelliseksi?",
            "Jos, miten lähdetään toteuttamaan?",
            "Järjestöareenan tilaisuuksia?",
            "Jalkautus eri verkostoihin?",
        ]
    );
    assert!(s.agenda.iter().any(|a| a.kind == AgendaKind::Break));
}
