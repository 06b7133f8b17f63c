//! Unit tests of [`SessionFile`]: failed disks, later adds, unwritable places.

use super::*;
use crate::model::{Idea, IdeaId, Names, Theme, ThemeSet};
use crate::store::atomic::FAIL_SYNC;
use std::fs;

fn session() -> Session {
    let set = ThemeSet {
        key: "k".into(),
        name: Names::same("K"),
        description: String::new(),
        themes: vec![Theme::new("tilat", "Tilat")],
    };
    Session::new("Foorumi", None, &set)
}

fn add(id: u64) -> Change {
    let t = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
    Change::AddIdea {
        idea: Idea::new(IdeaId(id), "idea", None, t),
        position: None,
    }
}

fn failing_sync<T>(f: impl FnOnce() -> T) -> T {
    FAIL_SYNC.with(|s| s.set(true));
    let out = f();
    FAIL_SYNC.with(|s| s.set(false));
    out
}

#[test]
fn a_failed_fsync_poisons_the_file_until_saved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut s = session();
    let mut file = SessionFile::create(&path, &s).unwrap();
    s.apply(add(1)).unwrap();
    let first = failing_sync(|| file.record(&add(1)));
    assert!(matches!(first, Err(StoreError::Sync { .. })), "{first:?}");
    assert!(file.poisoned());

    // The disk "works" again, but a retry could report success for lost data: refused.
    s.apply(add(2)).unwrap();
    assert!(matches!(
        file.record(&add(2)),
        Err(StoreError::Poisoned { .. })
    ));
    assert!(matches!(
        file.snapshot(&s),
        Err(StoreError::Poisoned { .. })
    ));
    let journal_len = fs::metadata(&file.files.journal).unwrap().len();

    let elsewhere = dir.path().join("b.ron");
    file.save_as(&elsewhere, &s).unwrap();
    assert!(!file.poisoned());
    s.apply(add(3)).unwrap();
    file.record(&add(3)).unwrap();
    drop(file);
    assert_eq!(SessionFile::open(&elsewhere).unwrap().session, s);
    // Nothing more went to the poisoned file set.
    assert_eq!(
        fs::metadata(dir.path().join("a.ron.journal"))
            .unwrap()
            .len(),
        journal_len
    );
}

#[test]
fn a_failed_board_strands_no_later_add() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut s = session();
    let mut file = SessionFile::create(&path, &s).unwrap();
    s.apply(add(1)).unwrap();
    file.record(&add(1)).unwrap();
    s.apply(add(2)).unwrap();
    assert!(failing_sync(|| file.record(&add(2))).is_err());
    // `foorumi add` from another shell, the disk working again: it exits 0 with its id.
    let added = crate::store::append_change(&path, &add(9)).unwrap();
    let journal_len = fs::metadata(&file.files.journal).unwrap().len();
    // The failed board keeps polling: it shows the add exactly once and cuts nothing.
    for _ in 0..3 {
        for change in file.poll().unwrap() {
            s.apply(change).unwrap();
        }
    }
    assert_eq!(
        fs::metadata(&file.files.journal).unwrap().len(),
        journal_len
    );
    assert_eq!(s.ideas.len(), 3, "{:?}", s.ideas);
    let Change::AddIdea { idea, .. } = &added else {
        panic!()
    };
    assert!(s.idea(idea.id).is_some());
    // The rescue copy holds it.
    let rescue = dir.path().join("b.ron");
    file.save_as(&rescue, &s).unwrap();
    drop(file);
    assert_eq!(SessionFile::open(&rescue).unwrap().session, s);
}

#[test]
fn an_unwritable_place_opens_read_only_instead_of_failing() {
    let denied = |kind| StoreError::Lock {
        path: "a.ron.lock".into(),
        source: std::io::Error::from(kind),
    };
    assert!(is_read_only_place(&denied(
        std::io::ErrorKind::PermissionDenied
    )));
    assert!(is_read_only_place(&denied(
        std::io::ErrorKind::ReadOnlyFilesystem
    )));
    assert!(!is_read_only_place(&denied(std::io::ErrorKind::Other)));
    // Opened read-only this way, a board never tries to become the writer.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    drop(SessionFile::create(&path, &session()).unwrap());
    let mut opened = open_reader(Files::new(&path), None, true).unwrap();
    assert!(opened.file.read_only_folder());
    assert!(matches!(
        opened.report.last(),
        Some(Notice::ReadOnlyFolder { .. })
    ));
    opened.file.poll().unwrap();
    assert!(opened.file.read_only());
}

#[test]
fn a_failed_snapshot_poisons_too_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let s = session();
    let mut file = SessionFile::create(&path, &s).unwrap();
    let before = fs::read(&path).unwrap();
    let mut changed = s.clone();
    changed.title = "Uusi nimi".into();
    assert!(failing_sync(|| file.snapshot(&changed)).is_err());
    assert!(file.poisoned());
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_failing_disk_at_the_fold_after_open_keeps_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut s = session();
    let mut file = SessionFile::create(&path, &s).unwrap();
    s.apply(add(1)).unwrap();
    file.record(&add(1)).unwrap();
    drop(file);
    // Opening writes nothing; folding the journal in afterwards fails.
    let mut opened = failing_sync(|| SessionFile::open(&path)).unwrap();
    assert_eq!(opened.session, s);
    assert!(opened.file.fold_pending());
    assert!(failing_sync(|| opened.file.snapshot(&s)).is_err());
    assert!(opened.file.poisoned());
    assert!(matches!(
        opened.file.record(&add(2)),
        Err(StoreError::Poisoned { .. })
    ));
}
