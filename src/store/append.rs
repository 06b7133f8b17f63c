//! `foorumi add` while a board is open: one change appended to the journal from outside.

use std::io::Write;
use std::path::Path;

use super::file::open_writer;
use super::generation::open_journal;
use super::journal;
use super::lock::{self, AppendLock, TryWriter};
use super::paths::Files;
use super::recover::{JournalState, recover};
use super::replay::fit_for_append;
use super::{StoreError, atomic, clean};
use crate::model::Change;

/// Appends one change to the session's journal from another process, e.g. `foorumi add`
/// while a board has the session open; the board's [`poll`](super::SessionFile::poll) picks it up.
///
/// Works under the journal's append lock, so it never interleaves with the board's own
/// appends, and checks the change against the session as it is on disk at that moment: an
/// added idea whose id was taken meanwhile gets the next free one. Returns the change as
/// appended. When no board holds the session and the journal needs repair first, this
/// process opens it as the writer for the moment.
pub fn append_change(path: &Path, change: &Change) -> Result<Change, StoreError> {
    let files = Files::new(path);
    if !files.snapshot.exists() && !files.backups.iter().any(|b| b.exists()) {
        return Err(StoreError::NotFound {
            path: path.to_path_buf(),
        });
    }
    let mut change = change.clone();
    clean::change(&mut change);
    let rejected = |error| StoreError::Rejected {
        path: path.to_path_buf(),
        error,
    };
    {
        let append = AppendLock::open(&files.append_lock)?;
        let _guard = append.hold(true)?;
        let mut rec = recover(&files)?;
        if rec.journal.state == JournalState::Bound {
            let fitted = fit_for_append(&mut rec.session, change).map_err(rejected)?;
            let frame = journal::encode(&fitted)
                .map_err(|e| StoreError::write(&files.journal, std::io::Error::other(e)))?;
            let mut file = open_journal(&files.journal)?;
            if rec.journal.torn > 0 {
                // An earlier appender died mid-record; we hold the lock, so cut its remains.
                file.set_len(rec.journal.good_end)
                    .map_err(|e| StoreError::write(&files.journal, e))?;
            }
            file.write_all(&frame)
                .map_err(|e| StoreError::write(&files.journal, e))?;
            atomic::sync_data(&file, &files.journal)?;
            return Ok(fitted);
        }
    }
    // The journal is missing or does not belong to the snapshot: only the writer may repair
    // that. A board holding the lock always keeps its journal bound, so this is an error then.
    match lock::try_writer(&files.lock)? {
        TryWriter::Acquired(lock) => {
            let mut opened = open_writer(files, lock)?;
            let fitted = fit_for_append(&mut opened.session, change).map_err(rejected)?;
            opened.file.record(&fitted)?;
            Ok(fitted)
        }
        TryWriter::Held(_) => Err(StoreError::JournalMismatch {
            path: files.journal.clone(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SessionFile;
    use crate::store::testutil::{add, session, sibling};

    #[test]
    fn a_session_without_journal_gets_one_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, crate::store::to_ron(&session())).unwrap();
        append_change(&path, &add(1, "a\u{1b}[31m")).unwrap();
        assert!(sibling(&path, ".journal").exists());
        let opened = SessionFile::open(&path).unwrap();
        // Text from the shell is cleaned like typed text.
        assert_eq!(opened.session.ideas[0].text, "a");
    }
}
