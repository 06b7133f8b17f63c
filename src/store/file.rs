//! [`SessionFile`]: one open session on disk, as its single writer or as a read-only follower.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::journal::{self, Binding, HEADER_LEN};
use super::lock::{self, AppendLock, TryWriter, WriterLock};
use super::paths::Files;
use super::recover::{JournalState, Recovered, read_opt, recover};
use super::replay::{Pending, rebase, replay_one};
use super::{Notice, StoreError, atomic, clean, draft, to_ron};
use crate::model::{Change, Session};

/// An open session on disk: the RON snapshot, its change journal and the writer lock.
///
/// The first program to open a session becomes its writer and holds the lock until the value
/// is dropped; later opens follow read-only. Every change is appended to the journal as it
/// happens ([`record`](Self::record)), and the whole session is rewritten now and then
/// ([`snapshot`](Self::snapshot)).
#[derive(Debug)]
pub struct SessionFile {
    files: Files,
    mode: Mode,
}

/// What [`SessionFile::open`] gives: the file, the recovered session and what recovery found.
#[derive(Debug)]
pub struct Opened {
    /// The open file.
    pub file: SessionFile,
    /// The session as recovered.
    pub session: Session,
    /// What recovery found and did, to show once.
    pub report: Vec<Notice>,
    /// The capture line that was being typed when the writer stopped.
    pub draft: Option<String>,
}

#[derive(Debug)]
enum Mode {
    Writer(Box<Writer>),
    Reader(Box<Reader>),
}

/// State of the one writer.
#[derive(Debug)]
struct Writer {
    _lock: WriterLock,
    append: AppendLock,
    /// The journal, opened for appending; `None` only when poisoned before it was opened.
    journal: Option<File>,
    /// Bytes of the journal already read or written by us.
    known_len: u64,
    /// The session as the journal on disk describes it (the caller's state plus `pending`).
    replica: Session,
    /// Changes appended by another process that the caller has not been handed yet.
    pending: Pending,
    /// The first write failure; once set, nothing more is written to this file set.
    poisoned: Option<String>,
    /// False when the snapshot file on disk is damaged: it is then moved aside, not kept as a backup.
    snapshot_ok: bool,
}

/// State of a read-only follower.
#[derive(Debug)]
struct Reader {
    /// The first bytes of the journal when last read; a change means the writer restarted it.
    head: Vec<u8>,
    /// Bytes of the journal already applied.
    known_len: u64,
    /// Whether the journal belongs to the snapshot (otherwise its records are not ours to apply).
    bound: bool,
    /// The session as followed so far.
    replica: Session,
    /// A whole new session, when the writer rewrote the snapshot since the last poll.
    reloaded: Option<Session>,
}

impl SessionFile {
    /// Opens the session at `path`, recovering from a crash if needed.
    ///
    /// Becomes the writer when no other program is; otherwise opens read-only and says so in
    /// the report. As writer, anything recovery had to repair is written back at once (a new
    /// snapshot and journal), and unusable files are kept aside, never deleted.
    pub fn open(path: &Path) -> Result<Opened, StoreError> {
        let files = Files::new(path);
        // Checked before the lock file is created, so a mistyped name leaves no litter.
        if !files.snapshot.exists() && !files.backups.iter().any(|b| b.exists()) {
            return Err(StoreError::NotFound {
                path: path.to_path_buf(),
            });
        }
        match lock::try_writer(&files.lock)? {
            TryWriter::Acquired(lock) => open_writer(files, lock),
            TryWriter::Held(pid) => open_reader(files, pid),
        }
    }

    /// Creates a new session file at `path`; refuses to overwrite an existing one.
    pub fn create(path: &Path, session: &Session) -> Result<SessionFile, StoreError> {
        let files = Files::new(path);
        if files.snapshot.exists() {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        let lock = match lock::try_writer(&files.lock)? {
            TryWriter::Acquired(lock) => lock,
            TryWriter::Held(pid) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                    pid,
                });
            }
        };
        // Checked again under the lock, which every writer takes first: no race with another
        // `create` or writer of the same name.
        if files.snapshot.exists() {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        let append = AppendLock::open(&files.append_lock)?;
        let journal = {
            let _guard = append.hold(true)?;
            let bytes = to_ron(session).into_bytes();
            atomic::write_atomic(&files.snapshot, &bytes)?;
            remove_if_exists(&files.draft)?;
            restart_journal(&files, Binding::of(&bytes))?
        };
        Ok(SessionFile {
            files,
            mode: Mode::Writer(Box::new(Writer {
                _lock: lock,
                append,
                journal: Some(journal),
                known_len: HEADER_LEN as u64,
                replica: session.clone(),
                pending: Pending::new(),
                poisoned: None,
                snapshot_ok: true,
            })),
        })
    }

    /// True when another program is the writer and this one only follows.
    pub fn read_only(&self) -> bool {
        matches!(self.mode, Mode::Reader(_))
    }

    /// The session file's path.
    pub fn path(&self) -> &Path {
        &self.files.snapshot
    }

    /// Appends one change to the journal and waits until the disk has it (fdatasync).
    ///
    /// Costs one framed record, never a rewrite of the session. `change` must be the change
    /// the caller just applied to its session (as [`History::perform`](crate::model::History::perform),
    /// `undo` and `redo` return it).
    pub fn record(&mut self, change: &Change) -> Result<(), StoreError> {
        let files = &self.files;
        let w = writable(files, &mut self.mode)?;
        let result = w.locked(|w| {
            w.catch_up(files)?;
            let record = if w.pending.is_empty() {
                // The replica follows replay exactly; a change that does not fit it (a caller
                // bug) is still journaled, and replay will report it.
                let _ = replay_one(&mut w.replica, change.clone());
                change.clone()
            } else {
                match rebase(&mut w.replica, &w.pending, change) {
                    Some((batch, fitted)) => {
                        w.pending = fitted;
                        batch
                    }
                    None => {
                        let _ = replay_one(&mut w.replica, change.clone());
                        change.clone()
                    }
                }
            };
            w.append_record(files, &record)
        });
        w.poison_on_failure(result)
    }

    /// Rewrites the session file atomically and starts a fresh journal.
    ///
    /// The new RON is written to a temporary file in the same folder, fsynced and renamed over
    /// the old one, whose previous content becomes backup 1 (backups 1–3 are kept). Changes
    /// another process appended meanwhile are kept: they are written too, and handed out by
    /// the next [`poll`](Self::poll). Clears the saved draft.
    pub fn snapshot(&mut self, session: &Session) -> Result<(), StoreError> {
        let files = &self.files;
        let w = writable(files, &mut self.mode)?;
        let result = w.locked(|w| {
            w.catch_up(files)?;
            w.rewrite(files, session)?;
            remove_if_exists(&files.draft)
        });
        w.poison_on_failure(result)
    }

    /// Saves the half-typed capture line (`""` removes it); cheap, for about once a second.
    pub fn save_draft(&mut self, text: &str) -> Result<(), StoreError> {
        if self.read_only() {
            return Err(StoreError::ReadOnly {
                path: self.files.snapshot.clone(),
            });
        }
        if text.is_empty() {
            return remove_if_exists(&self.files.draft);
        }
        fs::write(&self.files.draft, draft::encode(text))
            .map_err(|e| StoreError::write(&self.files.draft, e))
    }

    /// Changes another process appended to the journal since the last look, to apply in order.
    ///
    /// The writer gets what `foorumi add` appended; a read-only follower gets everything the
    /// writer and others appended. When the writer rewrote the whole file meanwhile, a
    /// follower gets no changes here but a whole session from [`take_reloaded`](Self::take_reloaded).
    pub fn poll(&mut self) -> Result<Vec<Change>, StoreError> {
        let files = &self.files;
        match &mut self.mode {
            Mode::Writer(w) => w.locked(|w| {
                w.catch_up(files)?;
                Ok(w.pending.drain(..).map(|(c, _)| c).collect())
            }),
            Mode::Reader(r) => r.poll(files),
        }
    }

    /// After [`poll`](Self::poll): the whole session, when the writer rewrote the file and a
    /// follower must replace what it shows. Always `None` for the writer.
    pub fn take_reloaded(&mut self) -> Option<Session> {
        match &mut self.mode {
            Mode::Reader(r) => r.reloaded.take(),
            Mode::Writer(_) => None,
        }
    }

    /// Creates a new file set at `path` holding `session` and continues there; for when
    /// writing here failed (the disk is full or dying) or to save a read-only session's copy.
    pub fn save_as(&mut self, path: &Path, session: &Session) -> Result<(), StoreError> {
        *self = SessionFile::create(path, session)?;
        Ok(())
    }

    /// True after a write failure: nothing more is written here, use [`save_as`](Self::save_as).
    pub fn poisoned(&self) -> bool {
        matches!(&self.mode, Mode::Writer(w) if w.poisoned.is_some())
    }
}

/// The writer, or the error saying why this file cannot be written.
fn writable<'a>(files: &Files, mode: &'a mut Mode) -> Result<&'a mut Writer, StoreError> {
    match mode {
        Mode::Reader(_) => Err(StoreError::ReadOnly {
            path: files.snapshot.clone(),
        }),
        Mode::Writer(w) => match &w.poisoned {
            // fsyncgate: after a failed fsync the kernel may have dropped the dirty pages and
            // cleared the error, so a retry could "succeed" without the data. Never retry.
            Some(cause) => Err(StoreError::Poisoned {
                path: files.snapshot.clone(),
                cause: cause.clone(),
            }),
            None => Ok(w),
        },
    }
}

pub(crate) fn open_writer(files: Files, lock: WriterLock) -> Result<Opened, StoreError> {
    let append = AppendLock::open(&files.append_lock)?;
    let guard = append.hold(true)?;
    let mut rec = recover(&files)?;
    let draft = read_draft(&files, &mut rec.notices);
    let mut writer = Writer {
        _lock: lock,
        append: AppendLock::open(&files.append_lock)?,
        journal: None,
        known_len: 0,
        replica: rec.session.clone(),
        pending: Pending::new(),
        poisoned: None,
        snapshot_ok: rec.base == 0,
    };
    if let Err(e) = writer.settle(&files, &mut rec) {
        if !e.is_write_failure() {
            return Err(e);
        }
        // The session is recovered in memory; the caller learns at the first record that it
        // must be saved elsewhere, instead of losing the chance to see it at all.
        writer.poisoned = Some(e.to_string());
    }
    drop(guard);
    drop(append);
    Ok(Opened {
        file: SessionFile {
            files,
            mode: Mode::Writer(Box::new(writer)),
        },
        session: rec.session,
        report: rec.notices,
        draft,
    })
}

fn open_reader(files: Files, pid: Option<u32>) -> Result<Opened, StoreError> {
    let rec = recover_consistent(&files)?;
    let mut report = rec.notices;
    report.push(Notice::ReadOnly {
        path: files.snapshot.clone(),
        pid,
    });
    let session = rec.session;
    Ok(Opened {
        file: SessionFile {
            mode: Mode::Reader(Box::new(Reader {
                head: rec.journal.head,
                known_len: if rec.journal.state == JournalState::Bound {
                    rec.journal.good_end
                } else {
                    rec.journal.len
                },
                bound: rec.journal.state == JournalState::Bound,
                replica: session.clone(),
                reloaded: None,
            })),
            files,
        },
        session,
        report,
        // The draft belongs to the writer's capture line.
        draft: None,
    })
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

impl Writer {
    /// Runs `f` holding the journal's append lock.
    fn locked<T>(
        &mut self,
        f: impl FnOnce(&mut Writer) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // A second handle of the same lock, so the guard does not borrow `self`.
        let guard_file = self.append.clone_handle()?;
        let _guard = guard_file.hold(true)?;
        f(self)
    }

    /// Records `result`'s write failure as poison.
    fn poison_on_failure<T>(&mut self, result: Result<T, StoreError>) -> Result<T, StoreError> {
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
        let clean = info.state == JournalState::Bound && info.torn == 0 && !unusable && !changed;
        if clean {
            self.journal = Some(open_journal(&files.journal)?);
            self.known_len = info.len;
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
            self.rewrite(files, &rec.session.clone())?;
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

    /// Writes `session` plus the pending changes as the new snapshot, with a fresh journal.
    fn rewrite(&mut self, files: &Files, session: &Session) -> Result<(), StoreError> {
        let mut state = session.clone();
        let mut fitted = Pending::new();
        for (p, _) in &self.pending {
            if let Ok(applied) = replay_one(&mut state, p.clone()) {
                fitted.push(applied);
            }
        }
        let rotated = self.snapshot_ok;
        let binding = write_snapshot(files, &state, rotated)?;
        self.snapshot_ok = true;
        // Closed before it is renamed or replaced, which Windows requires.
        self.journal = None;
        if rotated {
            // The old journal goes with the old snapshot, now backup 1: should the new
            // snapshot ever be lost, backup 1 plus this journal rebuild it.
            rename_if_exists(&files.journal, &files.backup_journal)?;
            atomic::sync_dir(&files.journal)?;
        }
        self.journal = Some(restart_journal(files, binding)?);
        self.known_len = HEADER_LEN as u64;
        self.replica = state;
        self.pending = fitted;
        Ok(())
    }

    /// Reads what other processes appended since we last looked into `pending`.
    fn catch_up(&mut self, files: &Files) -> Result<(), StoreError> {
        let path = &files.journal;
        let Some(journal) = self.journal.as_mut() else {
            // Poisoned before the journal was opened: there is nothing of ours to follow.
            return Ok(());
        };
        let len = journal
            .metadata()
            .map_err(|e| StoreError::read(path, e))?
            .len();
        if len == self.known_len {
            return Ok(());
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
        let scan = journal::scan(&tail, 0, false);
        for mut change in scan.records {
            clean::change(&mut change);
            if let Ok(applied) = replay_one(&mut self.replica, change) {
                self.pending.push(applied);
            }
        }
        self.known_len += scan.good_end;
        if scan.torn > 0 {
            // We hold the append lock, so nobody is writing: these bytes are an append whose
            // process died. Cut them, or every later record would sit behind garbage.
            journal
                .set_len(self.known_len)
                .map_err(|e| StoreError::write(path, e))?;
            atomic::sync_data(journal, path)?;
        }
        Ok(())
    }

    /// Appends one framed record and fdatasyncs it.
    fn append_record(&mut self, files: &Files, change: &Change) -> Result<(), StoreError> {
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
        atomic::sync_data(journal, path)?;
        self.known_len += frame.len() as u64;
        Ok(())
    }
}

impl Reader {
    fn poll(&mut self, files: &Files) -> Result<Vec<Change>, StoreError> {
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

/// Opens the journal for appending (and reading what others appended).
pub(crate) fn open_journal(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .append(true)
        .open(path)
        .map_err(|e| StoreError::write(path, e))
}

/// Replaces the journal by an empty one bound to the snapshot `binding`.
fn restart_journal(files: &Files, binding: Binding) -> Result<File, StoreError> {
    atomic::write_atomic(&files.journal, &journal::header(binding))?;
    open_journal(&files.journal)
}

/// Writes `session` as the snapshot; the old one becomes backup 1 (`keep_old`) or, when it
/// is damaged, is moved to `NAME.ron.damaged`. Returns the new snapshot's binding.
fn write_snapshot(files: &Files, session: &Session, keep_old: bool) -> Result<Binding, StoreError> {
    let bytes = to_ron(session).into_bytes();
    let temp = atomic::write_temp(&files.snapshot, &bytes)?;
    let rotated = if keep_old {
        rotate_backups(files)
    } else {
        rename_if_exists(&files.snapshot, &files.damaged)
    };
    if let Err(e) = rotated {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    // The snapshot path always holds a whole file: the old one until this rename, then the new.
    atomic::commit(&temp, &files.snapshot)?;
    Ok(Binding::of(&bytes))
}

/// bak2 → bak3, bak1 → bak2, current → bak1 (as a hard link, so the current name never
/// disappears; a copy where links are not supported, e.g. FAT sticks).
fn rotate_backups(files: &Files) -> Result<(), StoreError> {
    let [b1, b2, b3] = &files.backups;
    rename_if_exists(b2, b3)?;
    rename_if_exists(b1, b2)?;
    if !files.snapshot.exists() {
        return Ok(());
    }
    if fs::hard_link(&files.snapshot, b1).is_err() {
        fs::copy(&files.snapshot, b1).map_err(|e| StoreError::write(b1, e))?;
        let copy = File::open(b1).map_err(|e| StoreError::write(b1, e))?;
        atomic::sync_all(&copy, b1)?;
    }
    Ok(())
}

fn rename_if_exists(from: &Path, to: &Path) -> Result<(), StoreError> {
    match fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::write(to, e)),
    }
}

fn remove_if_exists(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::write(path, e)),
    }
}

/// The saved draft, if any; a damaged one is reported and left out.
fn read_draft(files: &Files, notices: &mut Vec<Notice>) -> Option<String> {
    let bytes = read_opt(&files.draft).ok()??;
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
    use crate::model::{Idea, IdeaId, Names, Theme, ThemeSet};
    use crate::store::atomic::FAIL_SYNC;

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
    fn a_failing_disk_at_open_still_shows_the_session() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut s = session();
        let mut file = SessionFile::create(&path, &s).unwrap();
        s.apply(add(1)).unwrap();
        file.record(&add(1)).unwrap();
        drop(file);
        // Opening wants to fold the journal into a new snapshot, and that fails.
        let mut opened = failing_sync(|| SessionFile::open(&path)).unwrap();
        assert_eq!(opened.session, s);
        assert!(opened.file.poisoned());
        assert!(matches!(
            opened.file.record(&add(2)),
            Err(StoreError::Poisoned { .. })
        ));
    }
}
