//! Crash safety: `foorumi add` killed with SIGKILL at random moments never loses an idea
//! whose id it printed (acknowledged), and the session always opens; the same beside a board
//! whose disk failed, and in a storm of adds beside a typing board.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use foorumi::model::{Change, Idea, IdeaId, Session};
use foorumi::store::SessionFile;

/// The id in `add`'s sentence ("Lisätty idea #12 teemaan …").
fn added_id(stdout: &str) -> u64 {
    let after = stdout.split('#').nth(1).expect("an id after #");
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().expect("digits after #")
}

/// A deterministic spread of delays from 0 to `max_us` microseconds.
struct Delays(u64);

impl Delays {
    fn next(&mut self, max_us: u64) -> Duration {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        Duration::from_micros((self.0 >> 33) % max_us)
    }
}

fn new_session(dir: &Path) -> PathBuf {
    let path = dir.join("k.ron");
    let status = Command::new(env!("CARGO_BIN_EXE_foorumi"))
        .args(["new", path.to_str().unwrap()])
        .env("FOORUMI_HOME", dir)
        .output()
        .unwrap();
    assert!(status.status.success());
    path
}

fn spawn_add(dir: &Path, path: &Path, text: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_foorumi"))
        .args(["add", path.to_str().unwrap(), "--theme", "tilat", text])
        .env("FOORUMI_HOME", dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Waits for `child`; its id when it exited 0 (acknowledged).
fn acknowledged(child: Child) -> Option<u64> {
    let out = child.wait_with_output().unwrap();
    out.status
        .success()
        .then(|| added_id(&String::from_utf8_lossy(&out.stdout)))
}

/// Acknowledged ideas missing from `session` (by id and text).
fn lost(session: &Session, acked: &[(u64, String)]) -> usize {
    acked
        .iter()
        .filter(|(id, text)| session.idea(IdeaId(*id)).map(|i| &i.text) != Some(text))
        .count()
}

#[test]
fn sigkill_never_loses_an_acknowledged_idea() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let mut acked = Vec::new();
    let mut delays = Delays(7);
    let attempts = 60;
    for i in 0..attempts {
        let text = format!("Idea numero {i}");
        let mut child = spawn_add(dir.path(), &path, &text);
        std::thread::sleep(delays.next(6000));
        let _ = child.kill();
        if let Some(id) = acknowledged(child) {
            acked.push((id, text));
        }
    }
    let session = SessionFile::open(&path).unwrap().session;
    let lost = lost(&session, &acked);
    eprintln!(
        "kill -9 of add: {attempts} attempts, {} acknowledged, {lost} lost, {} recovered",
        acked.len(),
        session.ideas.len()
    );
    assert_eq!(lost, 0);
}

fn idea(session: &Session, text: &str) -> Change {
    let at = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
    Change::AddIdea {
        idea: Idea::new(session.peek_id(), text, Some("tilat"), at),
        position: None,
    }
}

#[test]
fn a_failed_board_with_killed_adds_beside_it_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let opened = SessionFile::open(&path).unwrap();
    let (mut session, mut file) = (opened.session, opened.file);
    for text in ["ennen 1", "ennen 2"] {
        let change = idea(&session, text);
        session.apply(change.clone()).unwrap();
        file.record(&change).unwrap();
    }
    // The disk fails under the board: the idea is in memory, the board is in its failed state.
    let change = idea(&session, "vian aikana");
    session.apply(change.clone()).unwrap();
    assert!(foorumi::store::seam::failing_sync(|| file.record(&change)).is_err());
    assert!(file.poisoned());

    let mut delays = Delays(11);
    let mut acked = Vec::new();
    let rounds = 30;
    for round in 0..rounds {
        // Three shells at once, each killed at a random moment (some after they finished).
        let children: Vec<_> = (0..3)
            .map(|n| {
                let text = format!("kuori {n} kierros {round}");
                (spawn_add(dir.path(), &path, &text), text)
            })
            .collect();
        std::thread::sleep(delays.next(15_000));
        for (mut child, text) in children {
            let _ = child.kill();
            if let Some(id) = acknowledged(child) {
                acked.push((id, text));
            }
        }
        // The failed board keeps polling meanwhile, as its event loop does.
        for c in file.poll().unwrap() {
            session.apply(c).unwrap();
        }
    }
    for c in file.poll().unwrap() {
        session.apply(c).unwrap();
    }
    // Shown on the board, and in the rescue copy.
    let rescue = dir.path().join("pelastus.ron");
    file.save_as(&rescue, &session).unwrap();
    drop(file);
    let shown = lost(&session, &acked);
    let rescued = SessionFile::open(&rescue).unwrap().session;
    let in_rescue = lost(&rescued, &acked);
    let on_disk = lost(&SessionFile::open(&path).unwrap().session, &acked);
    eprintln!(
        "failed board + kill -9 of add: {} attempts, {} acknowledged, lost: {shown} on the board, \
         {in_rescue} in the rescue copy, {on_disk} in the old file",
        rounds * 3,
        acked.len()
    );
    assert_eq!((shown, in_rescue, on_disk), (0, 0, 0));
    assert!(rescued.ideas.iter().any(|i| i.text == "vian aikana"));
}

#[test]
fn a_storm_of_adds_beside_a_typing_board_keeps_every_printed_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let opened = SessionFile::open(&path).unwrap();
    let (mut session, mut file) = (opened.session, opened.file);
    let shells = 8;
    let per_shell = 20;
    let storm: Vec<_> = (0..shells)
        .map(|s| {
            let (dir, path) = (dir.path().to_path_buf(), path.clone());
            std::thread::spawn(move || {
                (0..per_shell)
                    .filter_map(|n| {
                        let text = format!("kuori {s} idea {n}");
                        acknowledged(spawn_add(&dir, &path, &text)).map(|id| (id, text))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    // The board types meanwhile and looks for the shell's ideas now and then, as it does
    // every 400 ms.
    let mut typed = 0;
    while !storm.iter().all(|t| t.is_finished()) {
        let change = idea(&session, &format!("taululta {typed}"));
        session.apply(change.clone()).unwrap();
        file.record(&change).unwrap();
        typed += 1;
        if typed % 4 == 0 {
            for c in file.poll().unwrap() {
                session.apply(c).unwrap();
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let acked: Vec<_> = storm.into_iter().flat_map(|t| t.join().unwrap()).collect();
    for c in file.poll().unwrap() {
        session.apply(c).unwrap();
    }
    file.snapshot(&session).unwrap();
    drop(file);
    let on_disk = SessionFile::open(&path).unwrap().session;
    let changed = lost(&session, &acked);
    let lost_on_disk = lost(&on_disk, &acked);
    eprintln!(
        "storm: {} adds from {shells} shells beside {typed} typed ideas, {} acknowledged, \
         {changed} shown under another id, {lost_on_disk} lost or renumbered on disk",
        shells * per_shell,
        acked.len()
    );
    assert_eq!((changed, lost_on_disk), (0, 0));
    assert_eq!(on_disk, session);
}
