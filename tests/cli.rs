//! The command line as a user runs it: exit codes, messages and files.

mod common;

use common::{foorumi, text};

#[test]
fn new_add_and_unknown_theme_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pöytä.ron");
    let p = path.to_str().unwrap();
    let out = foorumi(
        dir.path(),
        &[
            "new",
            p,
            "--title",
            "Kumppanuuspöytä",
            "--date",
            "17.4.2019",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ron = std::fs::read_to_string(&path).unwrap();
    assert!(
        ron.contains("Kumppanuuspöytä") && ron.contains("2019-04-17"),
        "{ron}"
    );
    assert!(ron.contains("version: 1"));

    let out = foorumi(
        dir.path(),
        &["add", p, "--theme", "tilat", "Kirjaston", "kokoustilat"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        "Lisätty idea #1 teemaan Tilat (pöytä.ron)"
    );
    let out = foorumi(
        dir.path(),
        &[
            "add",
            p,
            "--theme",
            "avustukset",
            "--group",
            "2",
            "Pienavustukset",
        ],
    );
    assert!(text(&out.stdout).contains("#2 "), "{}", text(&out.stdout));

    // The ideas are in the journal beside the file; opening replays it.
    let opened = foorumi::store::SessionFile::open(&path).unwrap().session;
    assert_eq!(opened.ideas.len(), 2);
    assert_eq!(opened.ideas[0].text, "Kirjaston kokoustilat");
    assert_eq!(opened.ideas[1].group, Some(2));
    assert_eq!(opened.groups, 2);

    let out = foorumi(dir.path(), &["add", p, "--theme", "tilat2", "x"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("tuntematon teeman avain 'tilat2'") && err.contains("tilat"),
        "{err}"
    );

    let out = foorumi(
        dir.path(),
        &["--lang", "en", "add", p, "--theme", "nope", "x"],
    );
    assert!(text(&out.stderr).contains("unknown theme key 'nope'"));
}

#[test]
fn a_session_with_one_group_says_so_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    assert!(foorumi(dir.path(), &["new", p]).status.success());
    let out = foorumi(
        dir.path(),
        &["add", p, "--theme", "tilat", "--group", "1", "Ensimmäinen"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    for (lang, want) in [
        ("fi", "ryhmää 100 ei ole: istunnossa on 1 ryhmä"),
        ("sv", "grupp 100 finns inte: sessionen har 1 grupp"),
        ("en", "there is no group 100: the session has 1 group"),
    ] {
        let out = foorumi(
            dir.path(),
            &[
                "--lang", lang, "add", p, "--theme", "tilat", "--group", "100", "x",
            ],
        );
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(err.contains(want) && !err.contains("1 ryhmää"), "{err}");
    }
}

#[test]
fn new_refuses_to_overwrite_and_bad_dates_and_sets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    assert!(foorumi(dir.path(), &["new", p]).status.success());
    let before = std::fs::read(&path).unwrap();
    let out = foorumi(dir.path(), &["new", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("on jo olemassa"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let q = dir.path().join("b.ron");
    let out = foorumi(
        dir.path(),
        &["new", q.to_str().unwrap(), "--date", "31.2.2015"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("31.2.2015"));
    let out = foorumi(
        dir.path(),
        &["new", q.to_str().unwrap(), "--themes", "ei-ole"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("turku-2015"));
    assert!(!q.exists());
}

#[test]
fn usage_errors_exit_2_and_version_and_help_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(foorumi(dir.path(), &["add"]).status.code(), Some(2));
    assert_eq!(
        foorumi(dir.path(), &["--lang", "de", "themes"])
            .status
            .code(),
        Some(2)
    );
    let v = foorumi(dir.path(), &["--version"]);
    assert!(v.status.success() && text(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
    assert!(foorumi(dir.path(), &["--help"]).status.success());
}

#[test]
fn themes_lists_every_set_with_keys() {
    let dir = tempfile::tempdir().unwrap();
    let out = foorumi(dir.path(), &["themes"]);
    assert!(out.status.success());
    let listed = text(&out.stdout);
    for key in [
        "kumppanuus",
        "turku-2015",
        "keski-suomi",
        "varsinais-suomi-2018",
        "tilat",
        "avustukset",
        "viestinta",
        "vapaaehtoistoiminta",
    ] {
        assert!(listed.contains(key), "{key} missing in:\n{listed}");
    }
    let sv = foorumi(dir.path(), &["--lang", "sv", "themes"]);
    assert!(text(&sv.stdout).contains("Temauppsättningar"));
}

#[test]
fn adding_hostile_text_from_the_shell_stores_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.ron");
    let p = path.to_str().unwrap();
    assert!(foorumi(dir.path(), &["new", p]).status.success());
    let out = foorumi(
        dir.path(),
        &[
            "add",
            p,
            "--theme",
            "tilat",
            "a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = foorumi::store::SessionFile::open(&path).unwrap().session;
    assert_eq!(session.ideas[0].text, "abc");
}

#[test]
fn check_reports_a_torn_journal_and_repairs_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.ron");
    let p = path.to_str().unwrap();
    assert!(foorumi(dir.path(), &["new", p]).status.success());
    for idea in ["Yksi", "Kaksi"] {
        assert!(
            foorumi(dir.path(), &["add", p, "--theme", "tilat", idea])
                .status
                .success()
        );
    }
    assert!(foorumi(dir.path(), &["check", p]).status.success());
    let journal = dir.path().join("c.ron.journal");
    let len = std::fs::metadata(&journal).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&journal)
        .unwrap()
        .set_len(len - 5)
        .unwrap();
    let out = foorumi(dir.path(), &["check", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("c.ron.journal"),
        "{}",
        text(&out.stdout)
    );
    let fixed = dir.path().join("fixed.ron");
    let out = foorumi(
        dir.path(),
        &["check", p, "--repair", "-o", fixed.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        foorumi(dir.path(), &["check", fixed.to_str().unwrap()])
            .status
            .success()
    );
    let repaired = foorumi::store::load(&fixed).unwrap();
    assert_eq!(repaired.ideas.len(), 1);
    // A syntax error names file, line and column.
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n  version: 1,\n  title: 5,\n)").unwrap();
    let out = foorumi(dir.path(), &["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("bad.ron:3:"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn export_every_format_and_import_liite1() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("2015.ron");
    std::fs::copy("sessions/2015-02-04-yhteistyofoorumi.ron", &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let s = session.to_str().unwrap();
    let out = foorumi(dir.path(), &["export", s, "--format", "txt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let txt = text(&out.stdout);
    assert!(
        txt.starts_with("YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ\n"),
        "{txt}"
    );
    for format in ["html", "docx"] {
        let out = foorumi(dir.path(), &["export", s, "--format", format]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(dir.path().join(format!("2015.{format}")).exists());
    }
    let out = foorumi(
        dir.path(),
        &["export", s, "--format", "csv", "--delimiter", ","],
    );
    assert!(
        text(&out.stdout).starts_with("\u{feff}Teema,"),
        "{}",
        text(&out.stdout)
    );
    let out = foorumi(dir.path(), &["export", s, "--format", "pdf"]);
    // A format clap does not know is a usage error.
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("'pdf'"));
    // Exports never touch the session.
    assert_eq!(std::fs::read(&session).unwrap(), before);

    let imported = dir.path().join("imp.ron");
    let out = foorumi(
        dir.path(),
        &[
            "import",
            "tests/golden/liite1.txt",
            "-o",
            imported.to_str().unwrap(),
            "--themes",
            "turku-2015",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let back = foorumi::store::SessionFile::open(&imported)
        .unwrap()
        .session;
    assert_eq!(back.themes.len(), 6);
    assert_eq!(back.ideas.len(), 41);
}
