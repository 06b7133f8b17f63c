//! The one writer of a session: appends records, rewrites snapshots, and fits in what other
//! processes append meanwhile.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use super::generation::{
    open_journal, remove_stale_temps, rename_if_exists, restart_journal, write_snapshot,
};
use super::identity::Held;
use super::journal::{self, HEADER_LEN};
use super::lock::{AppendLock, WriterLock};
use super::paths::Files;
use super::rebase::{Pending, renumbering};
use super::recover::{JournalState, Recovered, recover};
use super::replay::replay_one;
use super::{Notice, StoreError, atomic, clean, companion, draft};
use crate::model::{Change, IdeaId, Session};

/// State of the one writer.
#[derive(Debug)]
pub(crate) struct Writer {
    _lock: WriterLock,
    /// The folder and lock files as opened, to notice them deleted or replaced.
    held: Held,
    /// The journal's append lock; shared with the guard [`locked`](Self::locked) holds.
    pub(crate) append: Arc<AppendLock>,
    /// The journal, opened for appending; `None` only when poisoned before it was opened.
    pub(crate) journal: Option<File>,
    /// Bytes of the journal already read or written by us.
    pub(crate) known_len: u64,
    /// The session as the journal on disk describes it (the caller's state plus `pending`).
    pub(crate) replica: Session,
    /// Changes appended by another process that the caller has not been handed yet.
    pub(crate) pending: Pending,
    /// The caller's ideas that have another id on disk (caller's, disk's), because `foorumi
    /// add` had printed theirs; the next poll hands out the change that renumbers them.
    pub(crate) owed: Vec<(IdeaId, IdeaId)>,
    /// Renumberings handed out and not yet reported to the caller.
    pub(crate) renumbered: Vec<(IdeaId, IdeaId)>,
    /// The first write failure; once set, nothing more is written to this file set.
    pub(crate) poisoned: Option<String>,
    /// False when the snapshot file on disk is damaged: it is then moved aside, not kept as a backup.
    pub(crate) snapshot_ok: bool,
    /// The journal holds changes not yet in the snapshot (kept at open, folded by `rewrite`).
    pub(crate) fold_pending: bool,
}

impl Writer {
    /// The writer of a file set just created holding `session`, with an empty `journal`.
    pub(crate) fn fresh(
        lock: WriterLock,
        append: AppendLock,
        journal: File,
        session: &Session,
        files: &Files,
    ) -> Writer {
        Writer {
            held: Held::new(files, lock.file(), append.file()),
            _lock: lock,
            append: Arc::new(append),
            journal: Some(journal),
            known_len: HEADER_LEN as u64,
            replica: session.clone(),
            pending: Pending::new(),
            owed: Vec::new(),
            renumbered: Vec::new(),
            poisoned: None,
            snapshot_ok: true,
            fold_pending: false,
        }
    }

    /// Becomes the writer: recovers under the append lock and writes back what recovery
    /// repaired. Returns the writer, what recovery found and the saved draft.
    pub(crate) fn open(
        files: &Files,
        lock: WriterLock,
    ) -> Result<(Writer, Recovered, Option<String>), StoreError> {
        let append = Arc::new(AppendLock::open(&files.append_lock)?);
        let guard = append.hold(true)?;
        let mut rec = recover(files)?;
        remove_stale_temps(files);
        let draft = read_draft(files, &mut rec.notices);
        let mut writer = Writer {
            held: Held::new(files, lock.file(), append.file()),
            _lock: lock,
            append: Arc::clone(&append),
            journal: None,
            known_len: 0,
            replica: rec.session.clone(),
            pending: Pending::new(),
            owed: Vec::new(),
            renumbered: Vec::new(),
            poisoned: None,
            snapshot_ok: rec.base == 0,
            fold_pending: false,
        };
        if let Err(e) = writer.settle(files, &mut rec) {
            if !e.is_write_failure() {
                return Err(e);
            }
            // The session is recovered in memory; the caller learns at the first record that
            // it must be saved elsewhere, instead of losing the chance to see it at all.
            writer.poisoned = Some(e.to_string());
        }
        drop(guard);
        Ok((writer, rec, draft))
    }
}

impl Writer {
    /// Runs `f` holding the journal's append lock, once the files are known to be the ones
    /// opened (none deleted or replaced meanwhile).
    pub(crate) fn locked<T>(
        &mut self,
        files: &Files,
        f: impl FnOnce(&mut Writer) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // Another reference to the same lock, so the guard does not borrow `self`.
        let append = Arc::clone(&self.append);
        let _guard = append.hold(true)?;
        self.held.check(files, self.journal.as_ref())?;
        f(self)
    }

    /// After a failure: reads what others appended (a later `foorumi add`), writing nothing,
    /// so the board shows it and its rescue copy holds it.
    pub(crate) fn follow_only(&mut self, files: &Files) -> Result<(), StoreError> {
        self.read_tail(files, true).map(|_| ())
    }

    /// Records `result`'s write failure as poison.
    pub(crate) fn poison_on_failure<T>(
        &mut self,
        result: Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if let Err(e) = &result
            && e.is_write_failure()
        {
            self.poisoned = Some(e.to_string());
        }
        result
    }

    /// After recovery: makes the disk match the recovered session, keeping what was unusable.
    fn settle(&mut self, files: &Files, rec: &mut Recovered) -> Result<(), StoreError> {
        let info = &rec.journal;
        let foreign = rec
            .notices
            .iter()
            .any(|n| matches!(n, Notice::JournalForeign { .. }));
        let unusable = info.bad > 0 || info.skipped > 0 || foreign;
        let changed = rec.base != 0 || info.replayed > 0;
        let healthy = info.state == JournalState::Bound && info.torn == 0 && !unusable;
        // A healthy journal after a good snapshot stays as it is: opening does not rewrite the
        // session, so the first frame comes fast; the board folds it in right after drawing.
        if healthy && rec.base == 0 {
            self.journal = Some(open_journal(&files.journal)?);
            self.known_len = info.len;
            self.fold_pending = info.replayed > 0;
            return Ok(());
        }
        if unusable {
            // Moved, not copied: the journal is restarted right after anyway.
            fs::rename(&files.journal, &files.journal_old)
                .map_err(|e| StoreError::write(&files.journal_old, e))?;
            for n in &mut rec.notices {
                if let Notice::BadRecords { kept, .. } | Notice::JournalForeign { kept, .. } = n {
                    *kept = Some(files.journal_old.clone());
                }
            }
        }
        if changed {
            let moved_aside = !self.snapshot_ok && files.snapshot.exists();
            // Nothing is pending at open and the replica is the recovered session already:
            // it is written as it is, without another copy.
            self.write_generation(files, &rec.session)?;
            if moved_aside {
                for n in &mut rec.notices {
                    if let Notice::FellBack { kept, .. } = n {
                        *kept = Some(files.damaged.clone());
                    }
                }
            }
        } else {
            self.journal = Some(restart_journal(files, rec.base_binding)?);
            self.known_len = HEADER_LEN as u64;
        }
        Ok(())
    }

    /// The change that renumbers the caller's ideas as on disk (see `owed`), with its
    /// inverse; `None` when nothing is owed.
    fn owed_change(&self) -> Option<(Change, Change)> {
        if self.owed.is_empty() {
            return None;
        }
        let mut disk_side = self.replica.clone();
        for (_, inverse) in self.pending.iter().rev() {
            disk_side.apply(inverse.clone()).ok()?;
        }
        renumbering(&disk_side, &self.owed)
    }

    /// Hands out the owed renumbering (to apply before the pending changes) and notes it
    /// for [`SessionFile::take_renumbered`](super::SessionFile::take_renumbered).
    pub(crate) fn settle_owed(&mut self) -> Option<Change> {
        let change = self.owed_change().map(|(c, _)| c);
        self.renumbered.append(&mut self.owed);
        change
    }

    /// Writes `session` plus the pending changes as the new snapshot, with a fresh journal.
    pub(crate) fn rewrite(&mut self, files: &Files, session: &Session) -> Result<(), StoreError> {
        let mut state = session.clone();
        // The caller's ideas under their disk ids first; still handed out at the next poll.
        if let Some((fixup, _)) = self.owed_change() {
            let _ = state.apply(fixup);
        }
        let mut fitted = Pending::new();
        for (p, _) in &self.pending {
            if let Ok(applied) = replay_one(&mut state, p.clone()) {
                fitted.push(applied);
            }
        }
        self.write_generation(files, &state)?;
        self.replica = state;
        self.pending = fitted;
        Ok(())
    }

    /// Writes `state` as the new snapshot (the old one becomes backup 1, its journal backup
    /// 1's journal) and starts a fresh journal bound to it.
    fn write_generation(&mut self, files: &Files, state: &Session) -> Result<(), StoreError> {
        let rotated = self.snapshot_ok;
        let binding = write_snapshot(files, state, rotated)?;
        self.snapshot_ok = true;
        self.fold_pending = false;
        // Closed before it is renamed or replaced, which Windows requires.
        self.journal = None;
        if rotated {
            // The old journal goes with the old snapshot, now backup 1: should the new
            // snapshot ever be lost, backup 1 plus this journal rebuild it.
            // Made durable by the folder fsync that starting the new journal ends with.
            rename_if_exists(&files.journal, &files.backup_journal)?;
        }
        self.journal = Some(restart_journal(files, binding)?);
        self.known_len = HEADER_LEN as u64;
        super::index::write(files, state, binding);
        Ok(())
    }

    /// Reads what other processes appended since we last looked into `pending`.
    pub(crate) fn catch_up(&mut self, files: &Files) -> Result<(), StoreError> {
        let torn = self.read_tail(files, false)?;
        if torn > 0 {
            // We hold the append lock, so nobody is writing: these bytes are an append whose
            // process died. Cut them, or every later record would sit behind garbage.
            let path = &files.journal;
            if let Some(journal) = self.journal.as_mut() {
                journal
                    .set_len(self.known_len)
                    .map_err(|e| StoreError::write(path, e))?;
                atomic::sync_data(journal, path)?;
            }
        }
        Ok(())
    }

    /// Reads the records after `known_len` into `pending`; returns the bytes after the last
    /// intact one. With `resync`, damage in between is skipped (a failed write of our own).
    fn read_tail(&mut self, files: &Files, resync: bool) -> Result<u64, StoreError> {
        let path = &files.journal;
        let Some(journal) = self.journal.as_mut() else {
            // Poisoned before the journal was opened: there is nothing of ours to follow.
            return Ok(0);
        };
        let len = journal
            .metadata()
            .map_err(|e| StoreError::read(path, e))?
            .len();
        if len == self.known_len {
            return Ok(0);
        }
        if len < self.known_len {
            // Only this writer shortens the journal; another program cut it, and what was
            // confirmed to the user may be gone. Treat it as a failed write.
            return Err(StoreError::write(
                path,
                io::Error::other("the journal was shortened by another program"),
            ));
        }
        let mut tail = Vec::new();
        journal
            .seek(SeekFrom::Start(self.known_len))
            .and_then(|_| journal.read_to_end(&mut tail))
            .map_err(|e| StoreError::read(path, e))?;
        let scan = journal::scan(&tail, 0, resync);
        for mut change in scan.records {
            clean::change(&mut change);
            if let Ok(applied) = replay_one(&mut self.replica, change) {
                self.pending.push(applied);
            }
        }
        self.known_len += scan.good_end;
        Ok(scan.torn)
    }

    /// Appends one framed record and fdatasyncs it.
    pub(crate) fn append_record(
        &mut self,
        files: &Files,
        change: &Change,
    ) -> Result<(), StoreError> {
        let path = &files.journal;
        let frame =
            journal::encode(change).map_err(|e| StoreError::write(path, io::Error::other(e)))?;
        let Some(journal) = self.journal.as_mut() else {
            return Err(StoreError::JournalMismatch { path: path.clone() });
        };
        // One write of the whole frame; the append lock keeps other appenders out meanwhile.
        journal
            .write_all(&frame)
            .map_err(|e| StoreError::write(path, e))?;
        // The frame is in the file from here on, even if the disk never confirms it: counted
        // as ours, so following the journal after a failure does not hand it back as new.
        self.known_len += frame.len() as u64;
        atomic::sync_data(journal, path)
    }
}

/// The saved draft, if any; a damaged one is reported and left out.
fn read_draft(files: &Files, notices: &mut Vec<Notice>) -> Option<String> {
    let bytes = match companion::read_opt(&files.draft) {
        Ok(bytes) => bytes?,
        Err(_) => {
            // A link or other non-file planted as the draft: not read, and said so.
            notices.push(Notice::DraftDamaged {
                draft: files.draft.clone(),
            });
            return None;
        }
    };
    let text = draft::decode(&bytes);
    if text.is_none() {
        notices.push(Notice::DraftDamaged {
            draft: files.draft.clone(),
        });
    }
    text.filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SessionFile;
    use crate::store::testutil::{add, session};

    #[test]
    fn a_clean_reopen_rewrites_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        drop(SessionFile::create(&path, &session()).unwrap());
        let files = Files::new(&path);
        let (writer, rec, _) = Writer::open(&files, lock_for(&files)).unwrap();
        assert!(rec.notices.is_empty());
        assert!(
            !files.backups[0].exists(),
            "a snapshot was written for nothing"
        );
        drop(writer);
    }

    #[test]
    fn a_reopen_after_a_crash_keeps_the_journal_until_the_fold() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut file = SessionFile::create(&path, &session()).unwrap();
        file.record(&add(1, "a")).unwrap();
        drop(file);
        let files = Files::new(&path);
        let journal_len = fs::metadata(&files.journal).unwrap().len();
        let (mut writer, rec, _) = Writer::open(&files, lock_for(&files)).unwrap();
        // Opening rewrote nothing: the change is in the journal, not yet in the snapshot.
        assert_ne!(crate::store::load(&path).unwrap(), rec.session);
        assert!(writer.fold_pending);
        assert_eq!(writer.known_len, journal_len);
        writer.rewrite(&files, &rec.session).unwrap();
        assert_eq!(crate::store::load(&path).unwrap(), rec.session);
        assert!(!writer.fold_pending);
        assert_eq!(writer.known_len, HEADER_LEN as u64);
        // The folded journal went with the old snapshot.
        assert!(files.backup_journal.exists());
    }

    fn lock_for(files: &Files) -> WriterLock {
        match crate::store::lock::try_writer(&files.lock).unwrap() {
            crate::store::lock::TryWriter::Acquired(l) => l,
            crate::store::lock::TryWriter::Held(_) => panic!("locked"),
        }
    }
}
