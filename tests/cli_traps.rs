//! The command line without traps (issue 11): typed dates, languages, paths that are not
//! what the user meant.

mod common;

use common::{foorumi, text};
use foorumi::store::SessionFile;

fn day(d: u32, m: u32, y: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn two_digit_years_and_dates_without_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    let out = foorumi(dir.path(), &["new", p, "--date", "17.4.19"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for (due, want) in [("1.6.26", day(1, 6, 2026)), ("31.5.", day(31, 5, 2019))] {
        let out = foorumi(dir.path(), &["add", p, "--action", "Kysely", "--due", due]);
        assert!(out.status.success(), "{due}: {}", text(&out.stderr));
        let session = SessionFile::open(&path).unwrap().session;
        assert_eq!(session.date, Some(day(17, 4, 2019)));
        assert_eq!(session.actions.last().unwrap().due, Some(want), "{due}");
    }
    // Before the meeting's day in the year: the next year's.
    let out = foorumi(
        dir.path(),
        &["add", p, "--action", "Raportti", "--due", "1.3."],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = SessionFile::open(&path).unwrap().session;
    assert_eq!(session.actions.last().unwrap().due, Some(day(1, 3, 2020)));
}

#[test]
fn impossible_dates_are_refused_with_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    let out = foorumi(dir.path(), &["new", p, "--date", "30.2.19"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("'30.2.19' ei ole kalenterissa") && err.contains("P.K.VV tai P.K."),
        "{err}"
    );
    assert!(!path.exists());
    assert!(
        foorumi(dir.path(), &["new", p, "--date", "17.4.2019"])
            .status
            .success()
    );
    let out = foorumi(
        dir.path(),
        &[
            "--lang", "en", "add", p, "--action", "X", "--due", "huomenna",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("'huomenna'") && err.contains("D.M.YY or D.M."),
        "{err}"
    );
    assert!(SessionFile::open(&path).unwrap().session.actions.is_empty());
}

/// Every file in `dir`, sorted, for "nothing was left beside it".
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_mistyped_path_creates_nothing_and_says_how_to_start_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("kokoukset").join("pöytä.ron");
    let out = foorumi(dir.path(), &[typo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("ei löydy") && err.contains("foorumi new") && err.contains("pöytä.ron"),
        "{err}"
    );
    // Nothing that sounds like lost data: no "backups" in the message.
    assert!(!err.contains("varmuuskop"), "{err}");
    assert!(!dir.path().join("kokoukset").exists());
    // The same plain words from the commands that read a session.
    let p = typo.to_str().unwrap();
    for args in [
        vec!["export", p, "--format", "md"],
        vec!["check", p],
        vec!["new", "b.ron", "--from", p],
    ] {
        let out = foorumi(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("ei löydy") && !err.contains("palauttaa"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_shipped_session_opens_as_a_copy_and_leaves_nothing_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = dir.path().join("sessions");
    std::fs::create_dir(&shipped).unwrap();
    let name = "2019-04-17-kumppanuuspoyta.ron";
    let original = std::fs::read(format!("sessions/{name}")).unwrap();
    std::fs::write(shipped.join(name), &original).unwrap();
    let home = dir.path().join("home");
    let out = foorumi(&home, &[shipped.join(name).to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("avataan kopio"), "{err}");
    assert_eq!(files_in(&shipped), [name]);
    assert_eq!(std::fs::read(shipped.join(name)).unwrap(), original);
    let copy = home.join("data").join(name);
    assert!(err.contains(&copy.display().to_string()), "{err}");
    let session = SessionFile::open(&copy).unwrap().session;
    assert_eq!(session.title, "Järjestöjen kumppanuuspöytä");
}

#[test]
fn a_file_that_is_no_session_is_refused_in_the_users_language_without_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    let readme = dir.path().join("README.md");
    std::fs::copy("README.md", &readme).unwrap();
    let out = foorumi(dir.path(), &[readme.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("ei ole foorumin istuntotiedosto"), "{err}");
    let out = foorumi(dir.path(), &["--lang", "sv", readme.to_str().unwrap()]);
    assert!(text(&out.stderr).contains("är inte en sessionsfil"));
    assert_eq!(files_in(dir.path()), ["README.md"]);
}

#[test]
fn a_broken_session_is_named_by_line_and_column_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    assert!(foorumi(dir.path(), &["new", p]).status.success());
    let ron = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, ron.replace("version: 1", "versio: 1")).unwrap();
    let out = foorumi(dir.path(), &["export", p, "--format", "md"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("a.ron:3:") && err.contains("tuntematon kenttä 'versio'"),
        "{err}"
    );
    let out = foorumi(dir.path(), &["--lang", "sv", "export", p, "--format", "md"]);
    let err = text(&out.stderr);
    assert!(err.contains("okänt fält 'versio'"), "{err}");
}

#[test]
fn a_swedish_session_is_swedish_and_takes_swedish_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bord.ron");
    let p = path.to_str().unwrap();
    let out = foorumi(
        dir.path(),
        &["--lang", "sv", "new", p, "--themes", "partnerskapsbord"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = SessionFile::open(&path).unwrap().session;
    assert_eq!(session.language, foorumi::model::Lang::Sv);
    assert_eq!(session.theme_set, "kumppanuus");
    let out = foorumi(
        dir.path(),
        &["add", p, "--theme", "lokaler", "Skolornas", "salar"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = foorumi(
        dir.path(),
        &["add", p, "--theme", "Grants", "Fleråriga", "bidrag"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = SessionFile::open(&path).unwrap().session;
    let themes: Vec<_> = session.ideas.iter().map(|i| i.theme.as_deref()).collect();
    assert_eq!(themes, [Some("tilat"), Some("avustukset")]);
    // Unknown: the keys are listed as a Swedish user types them.
    let out = foorumi(
        dir.path(),
        &["--lang", "sv", "add", p, "--theme", "lokal", "x"],
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("okänd temanyckel 'lokal'") && err.contains("lokaler, bidrag"),
        "{err}"
    );
    // Without --lang the export is in the session's language, descriptions included.
    let md = text(&foorumi(dir.path(), &["export", p, "--format", "md"]).stdout);
    assert!(
        md.contains("## Lokaler\n\n*Mötes- och verksamhetslokaler för organisationerna.*"),
        "{md}"
    );
    let listed = text(&foorumi(dir.path(), &["--lang", "en", "themes"]).stdout);
    assert!(
        listed.contains("spaces") && listed.contains("Spaces"),
        "{listed}"
    );
}

#[test]
fn help_and_usage_errors_speak_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let help = foorumi(dir.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let out = text(&help.stdout);
    assert!(
        out.contains("Käyttö: foorumi") && out.contains("Komennot:"),
        "{out}"
    );
    assert!(
        out.contains("Näytä tämä ohje") && !out.contains("Print help"),
        "{out}"
    );
    let sv = text(&foorumi(dir.path(), &["export", "--lang", "sv", "--help"]).stdout);
    assert!(
        sv.contains("Användning: foorumi export") && sv.contains("Flaggor:"),
        "{sv}"
    );
    assert!(sv.contains("Skriv också teman som saknar idéer"), "{sv}");
    let en = text(&foorumi(dir.path(), &["--lang", "en", "new", "--help"]).stdout);
    assert!(en.contains("Date as D.M.YYYY, D.M.YY or D.M."), "{en}");

    let bad = foorumi(dir.path(), &["--lang", "de", "themes"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = text(&bad.stderr);
    assert!(
        err.contains("virheellinen arvo 'de' valitsimelle --lang") && err.contains("fi, sv, en"),
        "{err}"
    );
    let bad = foorumi(
        dir.path(),
        &["--lang", "sv", "export", "a.ron", "--formt", "md"],
    );
    assert_eq!(bad.status.code(), Some(2));
    let err = text(&bad.stderr);
    assert!(
        err.contains("okänd flagga eller argument '--formt'")
            && err.contains("menade du --format?"),
        "{err}"
    );
    let extra = foorumi(dir.path(), &["--lang", "en", "a.ron", "b.ron"]);
    assert_eq!(extra.status.code(), Some(2));
    let err = text(&extra.stderr);
    assert!(err.contains("unexpected argument 'b.ron'"), "{err}");
    let typo = foorumi(dir.path(), &["expor", "a.ron"]);
    assert_eq!(typo.status.code(), Some(2));
    let typo = foorumi(dir.path(), &["expor"]);
    let err = text(&typo.stderr);
    assert!(err.contains("tarkoititko foorumi export?"), "{err}");
    assert!(!dir.path().join("expor").exists());
    let missing = foorumi(dir.path(), &["add", "a.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("puuttuu: "),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn the_config_file_as_documented_sets_the_language_and_a_broken_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config")).unwrap();
    let config = dir.path().join("config").join("config.ron");
    std::fs::write(&config, "(lang: sv, palette: dark)\n").unwrap();
    let out = foorumi(dir.path(), &["themes"]);
    assert!(
        text(&out.stdout).starts_with("Temauppsättningar"),
        "{}",
        text(&out.stderr)
    );
    let help = text(&foorumi(dir.path(), &["--help"]).stdout);
    assert!(help.contains("Användning:"), "{help}");
    std::fs::write(&config, "(lang: sv, colour: dark)\n").unwrap();
    let out = foorumi(dir.path(), &["--lang", "en", "themes"]);
    let err = text(&out.stderr);
    assert!(
        err.contains("config.ron:1:12: unknown field 'colour' (known: lang, palette)"),
        "{err}"
    );
    assert!(text(&out.stdout).starts_with("Theme sets"));
}
