//! `foorumi merge` as a secretary runs it on the tables' files of the 4.2.2015 group work
//! (tests/golden/tables/), and the summary grouped by table. What merge prints and what the
//! merged session exports are golden files; `UPDATE_GOLDEN=1` rewrites them after a
//! deliberate change.

#[path = "golden/support.rs"]
mod support;

mod common;

use std::path::Path;
use std::process::Output;

use foorumi::export::{self, Format, Options};
use foorumi::model::{Session, suggest_duplicates};
use support::{assert_golden, docx_dump, golden_dir};

const TABLES: [&str; 3] = ["ryhma-1.ron", "ryhma-2.ron", "ryhma-3.ron"];

/// Runs `foorumi` in `dir` (so the paths it prints are the short ones a user types).
fn foorumi(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_foorumi"))
        .args(args)
        .current_dir(dir)
        .env("FOORUMI_HOME", dir.join("home"))
        .env_remove("NO_COLOR")
        .output()
        .expect("foorumi runs")
}

/// A folder with copies of the three tables' files.
fn tables() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in TABLES {
        std::fs::copy(
            golden_dir().join("tables").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    dir
}

/// Merges `args` into `out` in `dir`; the stdout, after checking it succeeded.
fn merge(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["merge"];
    all.extend_from_slice(args);
    let out = foorumi(dir, &all);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "merge failed: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

fn load(path: &Path) -> Session {
    foorumi::store::load(path).unwrap()
}

fn render(s: &Session, format: Format, by_table: bool) -> Vec<u8> {
    let options = Options {
        full_text: true,
        by_table,
        ..Options::for_session(s)
    };
    export::render(s, format, &options)
}

#[test]
fn three_tables_merge_into_one_summary() {
    let dir = tables();
    let printed = merge(
        dir.path(),
        &[
            "ryhma-1.ron",
            "ryhma-2.ron",
            "ryhma-3.ron",
            "-o",
            "kaikki.ron",
            "--themes",
            "turku-2015",
            "--title",
            "Yhteistyöfoorumi",
        ],
    );
    assert_golden("tables/merge.out.txt", printed.as_bytes());
    let merged = load(&dir.path().join("kaikki.ron"));
    assert_eq!(merged.ideas.len(), 12);
    assert_golden("tables/merged.txt", &render(&merged, Format::Txt, false));
}

#[test]
fn clashing_theme_names_land_on_one_theme() {
    let dir = tables();
    merge(
        dir.path(),
        &["ryhma-1.ron", "ryhma-3.ron", "-o", "kaikki.ron"],
    );
    let merged = load(&dir.path().join("kaikki.ron"));
    let theme_of = |text: &str| {
        let idea = merged.ideas.iter().find(|i| i.text.starts_with(text));
        idea.and_then(|i| i.theme.clone()).unwrap()
    };
    // "TILAT / KUMPPANUUSTALOT" under another key is table 1's "Tilat/kumppanuustalot";
    // "Kumppanuuden kehittämisestä" is "Kumppanuuden kehittäminen"; the key "viestinta"
    // wins over table 3's own name for it.
    assert_eq!(
        theme_of("Koulujen tilat iltaisin järjestöjen käyttöön!"),
        "tilat"
    );
    assert_eq!(theme_of("Kumppanuuden tulee"), "kumppanuus");
    assert_eq!(theme_of("Kaupunki voisi listata"), "viestinta");
    let keys: Vec<&str> = merged.themes.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["kumppanuus", "viestinta", "tilat", "ehkaiseva"]);
}

#[test]
fn the_same_file_twice_adds_nothing() {
    let dir = tables();
    let printed = merge(
        dir.path(),
        &[
            "ryhma-1.ron",
            "ryhma-2.ron",
            "ryhma-1.ron",
            "--table",
            "Ryhmä 1 uudelleen",
            "-o",
            "kaksi.ron",
        ],
    );
    assert_golden("tables/twice.out.txt", printed.as_bytes());
    merge(
        dir.path(),
        &["ryhma-1.ron", "ryhma-2.ron", "-o", "yksi.ron"],
    );
    let twice = load(&dir.path().join("kaksi.ron"));
    let once = load(&dir.path().join("yksi.ron"));
    assert_eq!(twice.ideas, once.ideas);
    assert_eq!(twice.agenda, once.agenda);
    let votes: u32 = twice.ideas.iter().map(|i| i.votes).sum();
    assert_eq!(votes, 6 + 6, "each table's votes once");
}

#[test]
fn the_table_name_comes_from_the_option_after_the_file_or_the_title() {
    let dir = tables();
    merge(
        dir.path(),
        &[
            "ryhma-1.ron",
            "--table",
            "Pöytä A",
            "ryhma-2.ron",
            "-o",
            "k.ron",
        ],
    );
    let merged = load(&dir.path().join("k.ron"));
    let tables: Vec<&str> = merged
        .ideas
        .iter()
        .filter_map(|i| i.table.as_deref())
        .collect();
    assert_eq!(tables[..4], ["Pöytä A"; 4]);
    assert_eq!(tables[4..], ["Ryhmä 2"; 4]);
}

#[test]
fn likely_duplicates_across_tables_are_offered() {
    let dir = tables();
    merge(
        dir.path(),
        &["ryhma-1.ron", "ryhma-2.ron", "ryhma-3.ron", "-o", "k.ron"],
    );
    let merged = load(&dir.path().join("k.ron"));
    let text = |id| merged.idea(id).unwrap().text.as_str();
    let table = |id| merged.idea(id).unwrap().table.as_deref();
    let across: Vec<(&str, &str)> = suggest_duplicates(&merged)
        .into_iter()
        .filter(|(a, b, _)| table(*a) != table(*b))
        .map(|(a, b, _)| (text(a), text(b)))
        .collect();
    assert!(across.contains(&(
        "Säännölliset tapaamiset, jotka kaikki tietävät",
        "Säännölliset tapaamiset, joista kaikki tietävät"
    )));
    assert!(across.contains(&(
        "Koulujen tilat iltaisin järjestöjen käyttöön",
        "Koulujen tilat iltaisin järjestöjen käyttöön!"
    )));
}

#[test]
fn the_summary_by_table_in_text_and_word() {
    let dir = tables();
    merge(
        dir.path(),
        &[
            "ryhma-1.ron",
            "ryhma-2.ron",
            "ryhma-3.ron",
            "-o",
            "kaikki.ron",
            "--themes",
            "turku-2015",
            "--title",
            "Yhteistyöfoorumi",
        ],
    );
    let merged = load(&dir.path().join("kaikki.ron"));
    assert_golden("tables/by-table.txt", &render(&merged, Format::Txt, true));
    let docx = render(&merged, Format::Docx, true);
    assert_golden("tables/by-table.docx.txt", docx_dump(&docx).as_bytes());
    // The command line asks for the same thing with --by table.
    let out = foorumi(
        dir.path(),
        &["export", "kaikki.ron", "-f", "txt", "--by", "table"],
    );
    assert!(out.status.success());
    let heading = String::from_utf8(out.stdout).unwrap();
    assert!(
        heading.contains("\nRyhmä 2 – Kumppanuuden kehittäminen\n"),
        "{heading}"
    );
}

#[test]
fn bad_input_is_named_and_nothing_is_written() {
    let dir = tables();
    let out = foorumi(
        dir.path(),
        &["merge", "ryhma-1.ron", "puuttuu.ron", "-o", "k.ron"],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("puuttuu.ron"));
    assert!(!dir.path().join("k.ron").exists());
    let out = foorumi(dir.path(), &["merge", "ryhma-1.ron", "-o", "ryhma-2.ron"]);
    assert!(!out.status.success());
    let again = std::fs::read(dir.path().join("ryhma-2.ron")).unwrap();
    assert_eq!(
        again,
        std::fs::read(golden_dir().join("tables/ryhma-2.ron")).unwrap()
    );
}

#[test]
fn the_board_offers_the_duplicates_with_their_tables() {
    let dir = tables();
    merge(dir.path(), &["ryhma-1.ron", "ryhma-2.ron", "-o", "k.ron"]);
    let mut app = common::app_on(load(&dir.path().join("k.ron")), foorumi::model::Lang::Fi);
    foorumi::tui::update(
        &mut app,
        foorumi::tui::Action::OpenList(foorumi::tui::mode::ListKind::Duplicates),
    );
    let shown = common::screen(&mut app, 120, 20);
    assert!(
        shown.contains(
            "[Ryhmä 1] Säännölliset tapaamiset, jotka kaikki tietävät  ⇄  [Ryhmä 2] Säännölliset"
        ),
        "{shown}"
    );
}

#[test]
fn the_table_reads_back_from_the_formats_that_write_it() {
    let dir = tables();
    merge(
        dir.path(),
        &["ryhma-1.ron", "ryhma-2.ron", "ryhma-3.ron", "-o", "k.ron"],
    );
    let merged = load(&dir.path().join("k.ron"));
    let json = String::from_utf8(render(&merged, Format::Json, false)).unwrap();
    assert_eq!(json.matches("\"table\": \"Ryhmä 3\"").count(), 4);
    let tables_of = |s: &Session| {
        let mut t: Vec<(String, Option<String>)> = (s.ideas.iter())
            .map(|i| (i.text.clone(), i.table.clone()))
            .collect();
        t.sort();
        t
    };
    for format in [Format::Txt, Format::Md, Format::Docx, Format::Csv] {
        let file = format!("k.{}", format.extension());
        std::fs::write(dir.path().join(&file), render(&merged, format, false)).unwrap();
        let back = format!("back-{}.ron", format.extension());
        let out = foorumi(dir.path(), &["import", &file, "-o", &back]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let back = tables_of(&load(&dir.path().join(back)));
        // Every idea comes back with its table (the md import also makes ideas of the
        // voting result's numbers, which is not this test's business).
        for idea in tables_of(&merged) {
            assert!(back.contains(&idea), "{file}: {idea:?} not in {back:?}");
        }
    }
}
