//! Crash recovery: torn journals, damaged snapshots, crashes between the snapshot and its new
//! journal, and what is kept aside for a human.

mod common;

use std::fs;

use chrono::NaiveDate;
use common::{add_idea, sibling, store_session};
use foorumi::model::{Change, IdeaId, Lang, Session};
use foorumi::store::{self, Notice, SessionFile, StoreError};

fn base_session() -> Session {
    let themes = [("tilat", "Tilat"), ("avustukset", "Avustukset")];
    let date = NaiveDate::from_ymd_opt(2015, 2, 4);
    store_session("Yhteistyöfoorumi", date, &themes, 3)
}

fn add(id: u64, text: &str) -> Change {
    add_idea("2015-02-04T13:05:00+02:00", id, text, "tilat")
}

/// Applies and records `changes`; returns the states after each.
fn record_all(file: &mut SessionFile, start: &Session, changes: &[Change]) -> Vec<Session> {
    let mut s = start.clone();
    let mut states = vec![s.clone()];
    for c in changes {
        s.apply(c.clone()).unwrap();
        file.record(c).unwrap();
        states.push(s.clone());
    }
    states
}

fn texts(report: &[Notice]) -> Vec<String> {
    report.iter().map(|n| n.text(Lang::En)).collect()
}

#[test]
fn a_journal_cut_at_any_byte_recovers_a_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let journal = sibling(&path, ".journal");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let changes = [
        add(1, "Kumppanuustalo kaikille 🏠"),
        add(2, "Avustusten haku sähköiseksi"),
        Change::EditIdea {
            id: IdeaId(1),
            text: "Kumppanuustalo kaikille järjestöille".into(),
        },
        Change::Batch(vec![
            Change::MoveIdea {
                id: IdeaId(2),
                theme: Some("avustukset".into()),
                position: None,
            },
            Change::SetGroup {
                id: IdeaId(2),
                group: Some(3),
            },
        ]),
    ];
    let mut ends = vec![fs::metadata(&journal).unwrap().len()];
    let mut s = start.clone();
    let mut states = vec![s.clone()];
    for c in &changes {
        s.apply(c.clone()).unwrap();
        file.record(c).unwrap();
        states.push(s.clone());
        ends.push(fs::metadata(&journal).unwrap().len());
    }
    drop(file);
    let snapshot = fs::read(&path).unwrap();
    let full = fs::read(&journal).unwrap();

    let mut last = 0;
    for cut in 0..=full.len() {
        for entry in fs::read_dir(dir.path()).unwrap() {
            fs::remove_file(entry.unwrap().path()).unwrap();
        }
        fs::write(&path, &snapshot).unwrap();
        fs::write(&journal, &full[..cut]).unwrap();
        // Whole records before the cut survive; a partly written one is dropped.
        let k = ends[1..].iter().filter(|&&end| end as usize <= cut).count();
        assert!(k >= last, "recovery went backwards at {cut}");
        last = k;
        // Recovery itself, at every offset (read-only, so this stays fast).
        let report = store::check(&path);
        assert_eq!(report.repaired().as_ref(), Some(&states[k]), "cut at {cut}");

        // Opening as the writer also writes the repair back; fsyncs are slow, so this runs
        // at every record boundary, next to it, and at every seventh offset.
        let near_boundary = ends.iter().any(|&e| (e as usize).abs_diff(cut) <= 1);
        if near_boundary || cut % 7 == 0 {
            let opened = SessionFile::open(&path)
                .unwrap_or_else(|e| panic!("cut at {cut}: {}", e.text(Lang::En)));
            assert_eq!(opened.session, states[k], "cut at {cut}");
            let torn = opened
                .report
                .iter()
                .any(|n| matches!(n, Notice::TornTail { .. }));
            let on_boundary = ends.contains(&(cut as u64));
            assert_eq!(
                torn,
                !on_boundary && cut >= ends[0] as usize,
                "cut at {cut}"
            );
            drop(opened);
            assert_eq!(
                SessionFile::open(&path).unwrap().session,
                states[k],
                "cut at {cut}"
            );
        }
    }
    assert_eq!(last, changes.len());
}

#[test]
fn a_damaged_snapshot_falls_back_to_a_backup_plus_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let states = record_all(&mut file, &start, &[add(1, "a"), add(2, "b")]);
    file.snapshot(&states[2]).unwrap(); // backup 1 is now the empty session
    let later = [
        add(3, "kolmas"),
        add(4, "neljäs"),
        Change::EditIdea {
            id: IdeaId(1),
            text: "idea 1 was only in the damaged file".into(),
        },
    ];
    record_all(&mut file, &states[2], &later);
    drop(file);
    fs::write(&path, "(version: 1, title: \"tämä tiedosto on rikki").unwrap();

    let opened = SessionFile::open(&path).unwrap();
    // Backup 1, plus the journal that followed it, plus the journal that followed the lost
    // snapshot: nothing is lost.
    let mut expected = states[2].clone();
    for c in &later {
        expected.apply(c.clone()).unwrap();
    }
    assert_eq!(opened.session, expected);
    let report = texts(&opened.report);
    assert!(
        opened.report.iter().any(|n| matches!(
            n,
            Notice::FellBack { backup, kept: Some(_), .. } if backup.ends_with("forum.ron.bak1")
        )),
        "{report:?}"
    );
    assert!(
        opened
            .report
            .iter()
            .all(|n| !matches!(n, Notice::SkippedChange { .. })),
        "{report:?}"
    );
    let replayed: Vec<_> = opened
        .report
        .iter()
        .filter_map(|n| match n {
            Notice::Replayed { journal, count } => Some((
                journal.file_name().unwrap().to_string_lossy().into_owned(),
                *count,
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        replayed,
        [
            ("forum.ron.bak1.journal".to_string(), 2),
            ("forum.ron.journal".to_string(), 3)
        ]
    );
    // The unreadable file is kept for a human, and the session file is whole again.
    assert!(
        fs::read_to_string(sibling(&path, ".damaged"))
            .unwrap()
            .contains("rikki")
    );
    drop(opened.file);
    assert_eq!(store::load(&path).unwrap(), expected);
    let again = SessionFile::open(&path).unwrap();
    assert!(again.report.is_empty(), "{:?}", texts(&again.report));
}

#[test]
fn without_the_backup_journal_the_later_changes_still_apply_where_they_fit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let states = record_all(&mut file, &start, &[add(1, "a")]);
    file.snapshot(&states[1]).unwrap();
    let later = [
        add(2, "b"),
        Change::EditIdea {
            id: IdeaId(1),
            text: "edited".into(),
        },
    ];
    record_all(&mut file, &states[1], &later);
    drop(file);
    fs::remove_file(sibling(&path, ".bak1.journal")).unwrap();
    fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();

    let opened = SessionFile::open(&path).unwrap();
    let mut expected = start.clone();
    expected.apply(later[0].clone()).unwrap();
    assert_eq!(opened.session, expected);
    assert!(opened.report.iter().any(|n| matches!(
        n,
        Notice::SkippedChange {
            index: 2,
            error: foorumi::model::ModelError::NoSuchIdea(IdeaId(1)),
            ..
        }
    )));
    assert!(
        opened
            .report
            .iter()
            .any(|n| matches!(n, Notice::FellBack { .. }))
    );
    // The skipped change is not thrown away: the journal is kept for a human.
    assert!(sibling(&path, ".journal.old").exists());
}

#[test]
fn a_crash_between_snapshot_and_new_journal_replays_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let journal = sibling(&path, ".journal");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let states = record_all(&mut file, &start, &[add(1, "a"), add(2, "b")]);
    let old_journal = fs::read(&journal).unwrap();
    file.snapshot(&states[2]).unwrap();
    drop(file);
    // As if the process died after renaming the new snapshot into place but before the
    // fresh journal replaced the old one.
    fs::write(&journal, &old_journal).unwrap();

    let opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.session, states[2]);
    assert!(opened.report.is_empty(), "{:?}", texts(&opened.report));
}

#[test]
fn a_journal_of_another_file_is_kept_aside_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    record_all(&mut file, &start, &[add(1, "a")]);
    drop(file);
    // Someone edits the file by hand before anyone opened it again.
    let mut edited = start.clone();
    edited.place = "Turun kaupungintalo".into();
    fs::write(&path, store::to_ron(&edited)).unwrap();

    let opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.session, edited);
    assert!(
        opened.report.iter().any(|n| matches!(
            n,
            Notice::JournalForeign { kept: Some(k), .. } if k.ends_with("forum.ron.journal.old")
        )),
        "{:?}",
        texts(&opened.report)
    );
    assert!(sibling(&path, ".journal.old").exists());
}

#[test]
fn damage_in_the_middle_of_the_journal_skips_only_that_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let journal = sibling(&path, ".journal");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let first_end = {
        record_all(&mut file, &start, &[add(1, "yksi")]);
        fs::metadata(&journal).unwrap().len() as usize
    };
    let mut s = start.clone();
    s.apply(add(1, "yksi")).unwrap();
    record_all(&mut file, &s, &[add(2, "kaksi"), add(3, "kolme")]);
    drop(file);
    let mut bytes = fs::read(&journal).unwrap();
    bytes[first_end + 20] ^= 0x40; // inside the payload of "kaksi"
    fs::write(&journal, &bytes).unwrap();

    let report = store::check(&path);
    assert!(!report.is_ok());
    let opened = SessionFile::open(&path).unwrap();
    let texts_found: Vec<_> = opened
        .session
        .ideas
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(texts_found, ["yksi", "kolme"]);
    assert!(opened.report.iter().any(|n| matches!(
        n,
        Notice::BadRecords {
            count: 1,
            kept: Some(_),
            ..
        }
    )));
    assert_eq!(fs::read(sibling(&path, ".journal.old")).unwrap(), bytes);
}

#[test]
fn three_backups_are_kept_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let mut s = base_session();
    let mut file = SessionFile::create(&path, &s).unwrap();
    let mut written = vec![store::to_ron(&s)];
    for n in 1..=5 {
        let c = add(n, &format!("idea {n}"));
        s.apply(c.clone()).unwrap();
        file.record(&c).unwrap();
        file.snapshot(&s).unwrap();
        written.push(store::to_ron(&s));
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), written[5]);
    for (n, expect) in [(1, 4), (2, 3), (3, 2)] {
        let backup = sibling(&path, &format!(".bak{n}"));
        assert_eq!(
            fs::read_to_string(backup).unwrap(),
            written[expect],
            "bak{n}"
        );
    }
    assert!(!sibling(&path, ".bak4").exists());
}

#[test]
fn drafts_come_back_and_damaged_drafts_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let mut file = SessionFile::create(&path, &base_session()).unwrap();
    file.save_draft("Yhteinen kalente").unwrap();
    drop(file);
    let mut opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.draft.as_deref(), Some("Yhteinen kalente"));
    opened.file.save_draft("").unwrap();
    assert!(!sibling(&path, ".draft").exists());
    opened.file.save_draft("Yhteinen kalenteri").unwrap();
    opened.file.snapshot(&opened.session).unwrap();
    assert!(
        !sibling(&path, ".draft").exists(),
        "snapshot clears the draft"
    );
    opened
        .file
        .save_draft("Yhteinen kalenteri kaikille")
        .unwrap();
    drop(opened);

    let draft = sibling(&path, ".draft");
    let bytes = fs::read(&draft).unwrap();
    fs::write(&draft, &bytes[..bytes.len() - 4]).unwrap(); // cut short by a crash
    let opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.draft, None);
    assert!(
        opened
            .report
            .iter()
            .any(|n| matches!(n, Notice::DraftDamaged { .. }))
    );
}

#[test]
fn nothing_readable_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    match SessionFile::open(&path) {
        Err(StoreError::NotFound { path: p }) => assert_eq!(p, path),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a mistyped name left files behind"
    );

    fs::write(&path, "(version: 1, title: 3)").unwrap();
    let e = SessionFile::open(&path).unwrap_err();
    assert!(matches!(e, StoreError::Parse { line: 1, .. }), "{e:?}");
    assert!(e.text(Lang::Fi).contains("forum.ron:1:"));
    assert!(!store::check(&path).is_ok());
    assert!(store::check(&path).repaired().is_none());
}

#[test]
fn a_newer_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let text = store::to_ron(&base_session()).replace("version: 1", "version: 2");
    fs::write(&path, &text).unwrap();
    let e = SessionFile::open(&path).unwrap_err();
    assert!(
        matches!(e, StoreError::NewerVersion { found: 2, .. }),
        "{e:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    assert!(!sibling(&path, ".damaged").exists());
}

#[test]
fn create_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    fs::write(&path, "mine").unwrap();
    let e = SessionFile::create(&path, &base_session()).unwrap_err();
    assert!(matches!(e, StoreError::Exists { .. }));
    assert_eq!(fs::read_to_string(&path).unwrap(), "mine");
}

#[test]
fn check_reports_a_healthy_session_as_ok() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.ron");
    let start = base_session();
    let mut file = SessionFile::create(&path, &start).unwrap();
    let states = record_all(&mut file, &start, &[add(1, "a")]);
    // While the board runs the change is only in the journal: that is fine.
    let report = store::check(&path);
    assert!(report.is_ok(), "{}", report.text(Lang::En));
    assert_eq!(report.repaired(), Some(states[1].clone()));
    assert!(report.text(Lang::En).contains("1 change waits"));
    drop(file);
}
