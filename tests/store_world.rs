//! Nothing is lost when the surroundings misbehave: planted links, files removed under an
//! open board, failed writes, read-only folders, hand-crafted journal records.

mod common;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use common::{add_idea, sibling, store_session};
use foorumi::model::{Change, IdeaId, Session};
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
