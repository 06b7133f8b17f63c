//! A read-only follower: shows what the writer (and `foorumi add`) append, and reloads when
//! the writer rewrites the file.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

use super::journal::{self, HEADER_LEN};
use super::lock::AppendLock;
use super::paths::Files;
use super::recover::{JournalState, Recovered, recover};
use super::replay::replay_one;
use super::{StoreError, clean};
use crate::model::{Change, Session};

/// State of a read-only follower.
#[derive(Debug)]
pub(crate) struct Reader {
    /// The first bytes of the journal when last read; a change means the writer restarted it.
    head: Vec<u8>,
    /// Bytes of the journal already applied.
    known_len: u64,
    /// Whether the journal belongs to the snapshot (otherwise its records are not ours to apply).
    bound: bool,
    /// The session as followed so far.
    replica: Session,
    /// A whole new session, when the writer rewrote the snapshot since the last poll.
    pub(crate) reloaded: Option<Session>,
    /// Opened read-only because the folder cannot be written: never tries to take over.
    pub(crate) read_only_folder: bool,
}

impl Reader {
    /// Follows a session another process writes.
    pub(crate) fn open(files: &Files) -> Result<(Reader, Recovered), StoreError> {
        let rec = recover_consistent(files)?;
        let bound = rec.journal.state == JournalState::Bound;
        let reader = Reader {
            head: rec.journal.head.clone(),
            known_len: if bound {
                rec.journal.good_end
            } else {
                rec.journal.len
            },
            bound,
            replica: rec.session.clone(),
            reloaded: None,
            read_only_folder: false,
        };
        Ok((reader, rec))
    }
}

impl Reader {
    pub(crate) fn poll(&mut self, files: &Files) -> Result<Vec<Change>, StoreError> {
        let path = &files.journal;
        let mut file = match File::open(path) {
            Ok(f) => Some(f),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::read(path, e)),
        };
        let (head, len) = match &mut file {
            Some(f) => {
                let len = f.metadata().map_err(|e| StoreError::read(path, e))?.len();
                let mut head = Vec::with_capacity(HEADER_LEN);
                Read::by_ref(f)
                    .take(HEADER_LEN as u64)
                    .read_to_end(&mut head)
                    .map_err(|e| StoreError::read(path, e))?;
                (head, len)
            }
            None => (Vec::new(), 0),
        };
        if head != self.head || len < self.known_len {
            return self.reload(files);
        }
        let Some(file) = file.filter(|_| self.bound && len > self.known_len) else {
            return Ok(Vec::new());
        };
        let mut tail = Vec::new();
        let mut file = file;
        file.seek(SeekFrom::Start(self.known_len))
            .and_then(|_| file.read_to_end(&mut tail))
            .map_err(|e| StoreError::read(path, e))?;
        // No resync: what does not parse yet may be an append still being written.
        let scan = journal::scan(&tail, 0, false);
        self.known_len += scan.good_end;
        let mut out = Vec::new();
        for mut change in scan.records {
            clean::change(&mut change);
            if let Ok((applied, _)) = replay_one(&mut self.replica, change) {
                out.push(applied);
            }
        }
        Ok(out)
    }

    /// Re-reads everything after the writer restarted the journal.
    fn reload(&mut self, files: &Files) -> Result<Vec<Change>, StoreError> {
        let rec = recover_consistent(files)?;
        self.head = rec.journal.head;
        self.bound = rec.journal.state == JournalState::Bound;
        self.known_len = if self.bound {
            rec.journal.good_end
        } else {
            rec.journal.len
        };
        self.replica = rec.session.clone();
        self.reloaded = Some(rec.session);
        Ok(Vec::new())
    }
}

/// Recovers under a shared append lock, so the snapshot and journal read belong together
/// (not one from before and one from after the writer's snapshot). Without a lock file
/// (a folder we may not write), it reads without one.
fn recover_consistent(files: &Files) -> Result<Recovered, StoreError> {
    let append = AppendLock::open(&files.append_lock).ok();
    let _guard = match &append {
        Some(a) => Some(a.hold(false)?),
        None => None,
    };
    recover(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SessionFile;
    use crate::store::testutil::{add, session};

    #[test]
    fn a_restarted_journal_means_reload() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut s = session();
        let mut writer = SessionFile::create(&path, &s).unwrap();
        let files = Files::new(&path);
        let (mut reader, _) = Reader::open(&files).unwrap();

        s.apply(add(1, "a")).unwrap();
        writer.record(&add(1, "a")).unwrap();
        assert_eq!(reader.poll(&files).unwrap(), vec![add(1, "a")]);
        assert!(reader.reloaded.is_none());
        assert!(reader.poll(&files).unwrap().is_empty());

        writer.snapshot(&s).unwrap();
        assert!(reader.poll(&files).unwrap().is_empty());
        assert_eq!(reader.reloaded.take(), Some(s));
    }
}
