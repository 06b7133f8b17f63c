//! One writer, read-only followers and `foorumi add` from another process, all on one session.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::{add_idea, sibling, store_session};
use foorumi::model::{Change, IdeaId, Lang, ModelError, Session};
use foorumi::store::{self, Notice, SessionFile, StoreError};

/// When every idea of these tests is written.
const WRITTEN: &str = "2019-04-17T13:20:00+03:00";

fn base_session() -> Session {
    let themes = [("tilat", "Tilat"), ("viestinta", "Viestintä")];
    let date = NaiveDate::from_ymd_opt(2019, 4, 17);
    store_session("Kumppanuuspöytä", date, &themes, 2)
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

    fn perform(&mut self, change: Change) {
        self.session.apply(change.clone()).unwrap();
        self.file.record(&change).unwrap();
    }

    fn follow(&mut self) {
        let changes = self.file.poll().unwrap();
        if let Some(whole) = self.file.take_reloaded() {
            self.session = whole;
        }
        for c in changes {
            self.session.apply(c).unwrap();
        }
    }

    fn text_of(&self, id: u64) -> &str {
        &self.session.idea(IdeaId(id)).unwrap().text
    }
}

fn new_session(dir: &Path) -> PathBuf {
    let path = dir.join("pöytä.ron");
    SessionFile::create(&path, &base_session()).unwrap();
    path
}

#[test]
fn the_second_open_is_read_only_and_says_who_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let writer = SessionFile::open(&path).unwrap();
    assert!(!writer.file.read_only());

    let mut reader = SessionFile::open(&path).unwrap();
    assert!(reader.file.read_only());
    let notice = reader
        .report
        .iter()
        .find(|n| matches!(n, Notice::ReadOnly { .. }))
        .expect("a read-only notice");
    if cfg!(unix) {
        assert!(
            notice
                .text(Lang::En)
                .contains(&std::process::id().to_string())
        );
    }
    assert!(matches!(
        reader.file.record(&add(1, "x")),
        Err(StoreError::ReadOnly { .. })
    ));
    assert!(matches!(
        reader.file.snapshot(&reader.session),
        Err(StoreError::ReadOnly { .. })
    ));
    assert!(reader.file.save_draft("x").is_err());

    // When the writer goes away (or dies: the OS drops its lock), the next open writes.
    drop(writer);
    drop(reader);
    assert!(!SessionFile::open(&path).unwrap().file.read_only());
}

#[test]
fn a_lock_file_left_by_a_dead_writer_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    fs::write(sibling(&path, ".lock"), "4194303").unwrap();
    let opened = SessionFile::open(&path).unwrap();
    assert!(!opened.file.read_only());
    assert!(opened.report.is_empty());
}

#[test]
fn foorumi_add_while_the_board_is_open_reaches_the_board() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut board = Board::open(&path);
    board.perform(add(1, "Facilitator typed this"));

    let appended = store::append_change(&path, &add(2, "Secretary added this")).unwrap();
    assert_eq!(appended, add(2, "Secretary added this"));
    board.follow();
    assert_eq!(board.text_of(2), "Secretary added this");

    board.perform(add(3, "And typing goes on"));
    assert!(board.file.poll().unwrap().is_empty());
    let memory = board.session.clone();
    drop(board); // crash
    assert_eq!(SessionFile::open(&path).unwrap().session, memory);
}

#[test]
fn an_id_taken_by_both_sides_is_resolved_the_same_in_memory_and_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut board = Board::open(&path);

    // `foorumi add` takes idea 1 while the board, not having polled yet, also adds idea 1.
    store::append_change(&path, &add(1, "from the shell")).unwrap();
    board.perform(add(1, "from the board"));
    board.perform(Change::EditIdea {
        id: IdeaId(1),
        text: "from the board, edited".into(),
    });
    board.follow();
    // The shell printed 1, so 1 stays its idea; the board's own idea moved to 2, edit and all.
    assert_eq!(board.text_of(1), "from the shell");
    assert_eq!(board.text_of(2), "from the board, edited");
    assert_eq!(board.file.take_renumbered(), vec![(IdeaId(1), IdeaId(2))]);

    let memory = board.session.clone();
    drop(board);
    let reopened = SessionFile::open(&path).unwrap();
    assert_eq!(reopened.session, memory);
    assert!(reopened.report.iter().all(|n| !n.is_problem()));
}

#[test]
fn a_snapshot_keeps_what_was_appended_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut board = Board::open(&path);
    board.perform(add(1, "a"));
    store::append_change(&path, &add(2, "appended")).unwrap();
    // The board snapshots before it polled: the appended idea must not vanish.
    board.file.snapshot(&board.session).unwrap();
    assert!(store::load(&path).unwrap().idea(IdeaId(2)).is_some());
    board.follow();
    assert_eq!(board.session, store::load(&path).unwrap());
}

#[test]
fn followers_see_the_writer_and_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut writer = Board::open(&path);
    let mut wall = Board::open(&path);
    assert!(wall.file.read_only());

    writer.perform(add(1, "yksi"));
    writer.perform(Change::MoveIdea {
        id: IdeaId(1),
        theme: Some("viestinta".into()),
        position: None,
    });
    wall.follow();
    assert_eq!(wall.session, writer.session);

    store::append_change(&path, &add(2, "shell")).unwrap();
    wall.follow();
    writer.follow();
    assert_eq!(wall.session, writer.session);

    // A snapshot restarts the journal; the follower reloads the whole session.
    writer.session.place = "Kumppanuustalo".into(); // an edit that is not a Change
    writer.file.snapshot(&writer.session).unwrap();
    writer.perform(add(3, "after the snapshot"));
    wall.follow();
    assert_eq!(wall.session, writer.session);

    // Even a snapshot whose bytes equal the previous one restarts visibly.
    writer.file.snapshot(&writer.session).unwrap();
    writer.file.snapshot(&writer.session).unwrap();
    writer.perform(add(4, "after two snapshots"));
    wall.follow();
    assert_eq!(wall.session, writer.session);
}

#[test]
fn a_follower_waits_for_an_append_still_being_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let journal = sibling(&path, ".journal");
    let mut writer = Board::open(&path);
    let mut wall = Board::open(&path);
    writer.perform(add(1, "yksi"));
    writer.perform(add(2, "kaksi"));
    let full = fs::read(&journal).unwrap();
    // Show the follower a journal whose last record is only half there.
    let before = fs::metadata(&journal).unwrap().len();
    drop(writer);
    let f = fs::OpenOptions::new().write(true).open(&journal).unwrap();
    f.set_len(before - 5).unwrap();
    wall.follow();
    assert_eq!(wall.session.ideas.len(), 1);
    fs::write(&journal, &full).unwrap();
    wall.follow();
    assert_eq!(wall.session.ideas.len(), 2);
}

#[test]
fn remains_of_a_dead_appender_are_cut_before_the_next_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut board = Board::open(&path);
    board.perform(add(1, "a"));
    // A `foorumi add` died halfway through its record.
    let mut f = fs::OpenOptions::new()
        .append(true)
        .open(sibling(&path, ".journal"))
        .unwrap();
    std::io::Write::write_all(&mut f, &[0xff, b'F', b'R', 1, 200, 0]).unwrap();
    drop(f);
    board.perform(add(2, "b"));
    let memory = board.session.clone();
    drop(board);
    let reopened = SessionFile::open(&path).unwrap();
    assert_eq!(reopened.session, memory);
    assert!(reopened.report.iter().all(|n| !n.is_problem()));
}

#[test]
fn foorumi_add_without_a_board_lands_in_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    store::append_change(&path, &add(1, "yksi")).unwrap();
    // The stale id is renumbered rather than refused.
    let second = store::append_change(&path, &add(1, "kaksi")).unwrap();
    assert!(matches!(&second, Change::AddIdea { idea, .. } if idea.id == IdeaId(2)));
    let opened = SessionFile::open(&path).unwrap();
    assert_eq!(opened.session.ideas.len(), 2);
    assert!(
        opened
            .report
            .iter()
            .any(|n| matches!(n, Notice::Replayed { count: 2, .. }))
    );
}

#[test]
fn foorumi_add_refuses_what_does_not_fit_and_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let bad = add_idea(WRITTEN, 1, "x", "ei-ole");
    let e = store::append_change(&path, &bad).unwrap_err();
    assert!(
        matches!(&e, StoreError::Rejected { error: ModelError::NoSuchTheme(k), .. } if k == "ei-ole"),
        "{e:?}"
    );
    assert!(e.text(Lang::Fi).contains("pöytä.ron"));
    assert!(e.text(Lang::Fi).contains("ei-ole"));
    assert!(matches!(
        store::append_change(&dir.path().join("ei.ron"), &add(1, "x")),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn save_as_moves_a_read_only_board_to_its_own_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let _writer = SessionFile::open(&path).unwrap();
    let mut copy = Board::open(&path);
    let elsewhere = dir.path().join("kopio.ron");
    copy.file.save_as(&elsewhere, &copy.session).unwrap();
    assert!(!copy.file.read_only());
    assert_eq!(copy.file.path(), elsewhere);
    copy.perform(add(1, "in the copy"));
    let memory = copy.session.clone();
    drop(copy);
    assert_eq!(SessionFile::open(&elsewhere).unwrap().session, memory);
    assert!(
        matches!(
            SessionFile::create(&elsewhere, &memory),
            Err(StoreError::Exists { .. })
        ),
        "save_as must not be able to overwrite"
    );
}
