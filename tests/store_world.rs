//! Nothing is lost when the surroundings misbehave: planted links, files removed under an
//! open board, failed writes, read-only folders, hand-crafted journal records.

mod common;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use common::{add_idea, sibling, store_session};
use foorumi::model::{Change, Session};
use foorumi::store::{SessionFile, StoreError};

const WRITTEN: &str = "2019-04-17T13:20:00+03:00";

fn base_session() -> Session {
    let themes = [("tilat", "Tilat"), ("viestinta", "Viestintä")];
    store_session(
        "Kumppanuuspöytä",
        NaiveDate::from_ymd_opt(2019, 4, 17),
        &themes,
        2,
    )
}

fn add(id: u64, text: &str) -> Change {
    add_idea(WRITTEN, id, text, "tilat")
}

/// A board: its session in memory and its open file.
struct Board {
    session: Session,
    file: SessionFile,
}

impl Board {
    fn open(path: &Path) -> Board {
        let opened = SessionFile::open(path).unwrap();
        Board {
            session: opened.session,
            file: opened.file,
        }
    }

    fn perform(&mut self, change: Change) -> Result<(), StoreError> {
        self.session.apply(change.clone()).unwrap();
        self.file.record(&change)
    }

    fn follow(&mut self) -> Result<(), StoreError> {
        let changes = self.file.poll()?;
        if let Some(whole) = self.file.take_reloaded() {
            self.session = whole;
        }
        for c in changes {
            self.session.apply(c).unwrap();
        }
        Ok(())
    }
}

fn created(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("s.ron");
    drop(SessionFile::create(&path, &base_session()).unwrap());
    path
}

#[cfg(unix)]
#[test]
fn planted_lock_and_draft_links_are_refused_and_their_targets_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    let secret = dir.path().join("toisen.txt");
    fs::write(&secret, "s".repeat(750)).unwrap();
    for suffix in [".lock", ".draft", ".journal.lock"] {
        let companion = sibling(&path, suffix);
        let _ = fs::remove_file(&companion);
        std::os::unix::fs::symlink(&secret, &companion).unwrap();
        match SessionFile::open(&path) {
            Ok(mut opened) => {
                // Only the draft may be skipped at open; it must never be written through.
                assert_eq!(suffix, ".draft");
                opened.file.save_draft("puolikas idea").unwrap_err();
            }
            Err(e) => {
                assert!(matches!(e, StoreError::NotRegular { .. }), "{suffix}: {e}");
                assert!(e.to_string().contains(suffix), "{e}");
            }
        }
        assert_eq!(fs::read(&secret).unwrap(), "s".repeat(750).as_bytes());
        fs::remove_file(&companion).unwrap();
    }
}

/// Deletes or replaces one file the board holds; `None` when the file set is left alone.
fn tamper(path: &Path, what: &str) {
    match what {
        "journal" => fs::remove_file(sibling(path, ".journal")).unwrap(),
        "journal replaced" => {
            let other = path.with_file_name("muu.journal");
            fs::write(&other, b"").unwrap();
            fs::rename(&other, sibling(path, ".journal")).unwrap();
        }
        "lock" => fs::remove_file(sibling(path, ".lock")).unwrap(),
        "folder" => {
            let dir = path.parent().unwrap();
            fs::rename(dir, dir.with_extension("siirretty")).unwrap();
        }
        _ => unreachable!(),
    }
}

#[test]
fn a_file_removed_under_the_board_is_noticed_and_save_elsewhere_keeps_everything() {
    for what in ["journal", "journal replaced", "lock", "folder"] {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("kansio");
        fs::create_dir(&dir).unwrap();
        let path = created(&dir);
        let mut board = Board::open(&path);
        board.perform(add(1, "ennen")).unwrap();
        tamper(&path, what);
        // Within one poll the board knows: the failure banner, nothing shown as saved.
        assert!(board.follow().is_err(), "{what}: not noticed");
        assert!(board.file.poisoned(), "{what}");
        let after = board.perform(add(2, "jälkeen"));
        assert!(after.is_err(), "{what}: an idea was shown as saved");
        // Saving elsewhere holds everything the board shows.
        let rescue = root.path().join("pelastus.ron");
        board.file.save_as(&rescue, &board.session).unwrap();
        drop(board);
        let saved = SessionFile::open(&rescue).unwrap().session;
        let texts: Vec<&str> = saved.ideas.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["ennen", "jälkeen"], "{what}");
    }
}

#[test]
fn a_second_board_after_the_lock_was_deleted_does_not_lose_its_ideas() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    let mut first = Board::open(&path);
    first.perform(add(1, "ensimmäinen")).unwrap();
    tamper(&path, "lock");
    // A second board now finds no lock and becomes a writer too; the first one must stop.
    let mut second = Board::open(&path);
    assert!(!second.file.read_only());
    assert!(first.follow().is_err());
    for n in 0..25 {
        second
            .perform(add(100 + n, &format!("toinen {n}")))
            .unwrap();
    }
    // The first board's quit snapshot is refused instead of burying the second's ideas.
    assert!(first.file.snapshot(&first.session).is_err());
    drop(first);
    drop(second);
    let session = SessionFile::open(&path).unwrap().session;
    assert_eq!(session.ideas.len(), 26);
}

#[test]
fn opening_removes_temporary_copies_a_crashed_snapshot_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    let full = fs::read(&path).unwrap();
    let left = dir.path().join(".s.ron.tmp-31337-0");
    let other = dir.path().join(".t.ron.tmp-31337-0");
    fs::write(&left, &full).unwrap();
    fs::write(&other, &full).unwrap();
    drop(SessionFile::open(&path).unwrap());
    assert!(!left.exists());
    assert!(other.exists(), "another session's file was removed");
}

#[test]
fn a_follower_takes_over_when_the_writer_or_an_add_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    // An `add` (or another board) holds the lock while this board opens.
    let mut holder = Board::open(&path);
    let mut board = Board::open(&path);
    assert!(board.file.read_only());
    holder.perform(add(1, "lukon aikana")).unwrap();
    board.follow().unwrap();
    assert!(board.file.read_only(), "took over while the lock was held");
    drop(holder);
    // Within one poll after the writer is gone, this board writes, and says so once.
    board.follow().unwrap();
    assert!(!board.file.read_only());
    assert!(board.file.took_over());
    assert!(!board.file.took_over());
    assert_eq!(board.session.ideas.len(), 1);
    board.perform(add(2, "kirjoittajana")).unwrap();
    // A third window now follows this one.
    let third = Board::open(&path);
    assert!(third.file.read_only());
    drop(board);
    let session = SessionFile::open(&path).unwrap().session;
    let texts: Vec<&str> = session.ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["lukon aikana", "kirjoittajana"]);
}

#[test]
fn an_id_add_printed_survives_a_board_that_types_on_before_it_polls() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    let mut board = Board::open(&path);
    // The shell gets 1 and prints it; the board, not having polled, types 1, 2 and edits 2.
    let printed = foorumi::store::append_change(&path, &add(1, "kuoresta")).unwrap();
    assert!(matches!(&printed, Change::AddIdea { idea, .. } if idea.id.0 == 1));
    board.perform(add(1, "taululta 1")).unwrap();
    board.perform(add(2, "taululta 2")).unwrap();
    board
        .perform(Change::EditIdea {
            id: foorumi::model::IdeaId(2),
            text: "taululta 2, muokattu".into(),
        })
        .unwrap();
    board.follow().unwrap();
    let text = |s: &Session, id| s.idea(foorumi::model::IdeaId(id)).unwrap().text.clone();
    assert_eq!(text(&board.session, 1), "kuoresta");
    let moved = board.file.take_renumbered();
    assert_eq!(moved.len(), 2, "{moved:?}");
    // Every idea the board shows is on disk under the same id, in the same order.
    board.file.snapshot(&board.session).unwrap();
    let memory = board.session.clone();
    drop(board);
    let disk = SessionFile::open(&path).unwrap().session;
    assert_eq!(disk, memory);
    let texts: Vec<&str> = disk.ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["taululta 1", "taululta 2, muokattu", "kuoresta"]);
}

#[test]
fn a_checksum_valid_record_the_parser_would_refuse_is_not_applied() {
    let dir = tempfile::tempdir().unwrap();
    let path = created(dir.path());
    let mut board = Board::open(&path);
    board.perform(add(1, "tallessa")).unwrap();
    // A record with a valid frame and checksum whose theme key is only an escape sequence.
    for key in ["\u{1b}[0m", "   ", ""] {
        let bad = Change::AddTheme {
            theme: foorumi::model::Theme::new(key, "Paha"),
            position: None,
        };
        assert!(board.session.clone().apply(bad.clone()).is_err(), "{key:?}");
        board.file.record(&bad).unwrap();
    }
    drop(board);
    // Replay refuses it like the parser would; the fold writes a file that reads back.
    let mut opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.session.themes.len(), 2);
    assert!(opened.report.iter().any(|n| n.is_problem()));
    opened.file.snapshot(&opened.session).unwrap();
    drop(opened);
    let again = SessionFile::open(&path).unwrap();
    assert_eq!(again.session.ideas.len(), 1, "fell back to an old backup");
    assert!(again.report.iter().all(|n| !n.is_problem()));
}

#[test]
fn an_idea_id_at_the_limit_never_leads_to_an_unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut session = base_session();
    session
        .apply(add(foorumi::model::MAX_IDEA_ID, "käsin muokattu"))
        .unwrap();
    fs::write(&path, foorumi::store::to_ron(&session)).unwrap();
    let mut board = Board::open(&path);
    // The next id would be past the limit: refused by the model, so never shown as saved.
    let next = add(board.session.peek_id().0, "seuraava");
    assert!(board.session.clone().apply(next).is_err());
    board.file.snapshot(&board.session).unwrap();
    drop(board);
    let reopened = SessionFile::open(&path).unwrap();
    assert_eq!(reopened.session.ideas.len(), 1);
    assert!(reopened.report.iter().all(|n| !n.is_problem()));
}

fn big_session(n: u64) -> Session {
    let mut s = base_session();
    for id in 1..=n {
        s.apply(add(id, &format!("idea {id}"))).unwrap();
    }
    s
}

#[test]
fn add_appends_without_reading_the_whole_session() {
    use foorumi::store::{append_new, seam};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    drop(SessionFile::create(&path, &big_session(1_000)).unwrap());
    let shell_add = |text: &str| {
        append_new(&path, |facts| {
            Ok::<_, StoreError>(add(facts.next_id.0, text))
        })
        .unwrap()
        .0
    };
    let before = seam::full_reads();
    for n in 0..20 {
        shell_add(&format!("kuoresta {n}"));
    }
    assert_eq!(seam::full_reads(), before, "add parsed the whole session");
    // With a board open and writing too, the next id still comes from the index + journal.
    let mut board = Board::open(&path);
    board
        .perform(add(board.session.peek_id().0, "taululta"))
        .unwrap();
    let before = seam::full_reads();
    let added = shell_add("kuoresta taulun aikana");
    assert_eq!(seam::full_reads(), before);
    board.follow().unwrap();
    let Change::AddIdea { idea, .. } = &added else {
        panic!()
    };
    assert_eq!(
        board.session.idea(idea.id).unwrap().text,
        "kuoresta taulun aikana"
    );
    // After a snapshot (new index) and after a hand edit (stale index) it stays right.
    board.file.snapshot(&board.session).unwrap();
    let after_snapshot = shell_add("snapshotin jälkeen");
    drop(board);
    let mut edited = SessionFile::open(&path).unwrap().session;
    edited.title = "Käsin muokattu".into();
    fs::write(&path, foorumi::store::to_ron(&edited)).unwrap();
    let before = seam::full_reads();
    let after_edit = shell_add("muokkauksen jälkeen");
    assert!(seam::full_reads() > before, "a stale index was trusted");
    let session = SessionFile::open(&path).unwrap().session;
    for change in [after_snapshot, after_edit] {
        let Change::AddIdea { idea, .. } = change else {
            panic!()
        };
        assert_eq!(session.idea(idea.id).map(|i| &i.text), Some(&idea.text));
    }
    assert_eq!(session.ideas.len(), 1_000 + 20 + 1 + 1 + 2);
}
