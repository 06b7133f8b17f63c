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
