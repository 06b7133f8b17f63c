//! [`SessionFile`]: one open session on disk, as its single writer or as a read-only follower.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use super::follow::Reader;
use super::generation::{remove_if_exists, restart_journal};
use super::journal::Binding;
use super::lock::{self, AppendLock, TryWriter, WriterLock};
use super::paths::Files;
use super::rebase::rebase;
use super::replay::replay_one;
use super::writer::Writer;
use super::{Notice, StoreError, atomic, companion, draft, to_ron};
use crate::model::{Change, IdeaId, Session};

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
    /// The whole session, when this follower just became the writer.
    handed: Option<Session>,
    /// Set when this follower took over the writer lock; read once by [`took_over`](Self::took_over).
    promoted: bool,
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
        match lock::try_writer(&files.lock) {
            Ok(TryWriter::Acquired(lock)) => open_writer(files, lock),
            Ok(TryWriter::Held(pid)) => open_reader(files, Some(pid), false),
            // A folder (or lock file) this user may not write: shown read-only, not refused.
            Err(e) if is_read_only_place(&e) => open_reader(files, None, true),
            Err(e) => Err(e),
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
        // The parser's rule holds for what is written, or the next open would refuse it.
        super::format::validate(session).map_err(|problem| StoreError::Invalid {
            name: files.name(),
            problem,
        })?;
        let append = AppendLock::open(&files.append_lock)?;
        let journal = {
            let _guard = append.hold(true)?;
            let bytes = to_ron(session).into_bytes();
            atomic::write_atomic(&files.snapshot, &bytes)?;
            remove_if_exists(&files.draft)?;
            let journal = restart_journal(&files, Binding::of(&bytes))?;
            super::index::write(&files, session, Binding::of(&bytes));
            journal
        };
        let writer = Writer::fresh(lock, append, journal, session, &files);
        Ok(SessionFile {
            files,
            mode: Mode::Writer(Box::new(writer)),
            handed: None,
            promoted: false,
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
        let result = w.locked(files, |w| {
            w.catch_up(files)?;
            // Caller's ids to disk ids, for ideas renumbered since the last poll.
            let renamed;
            let change = if w.owed.is_empty() {
                change
            } else {
                renamed = super::rebase::renumber(change.clone(), &w.owed);
                &renamed
            };
            if w.pending.is_empty() && w.owed.is_empty() {
                // The replica follows replay exactly; a change that does not fit it (a caller
                // bug) is still journaled, and replay will report it.
                let _ = replay_one(&mut w.replica, change.clone());
                return w.append_record(files, change);
            }
            let record = match rebase(&mut w.replica, &w.pending, change) {
                Some(rebased) => {
                    w.pending = rebased.pending;
                    w.owed.extend(rebased.renumbered);
                    rebased.record
                }
                None => {
                    let _ = replay_one(&mut w.replica, change.clone());
                    change.clone()
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
        let result = w.locked(files, |w| {
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
        let path = &self.files.draft;
        // Truncated only once it is known to be our own plain file, never a link's target.
        let mut file = companion::open(path, OpenOptions::new().write(true).create(true))?;
        file.set_len(0)
            .and_then(|()| file.write_all(&draft::encode(text)))
            .map_err(|e| StoreError::write(path, e))
    }

    /// Changes another process appended to the journal since the last look, to apply in order.
    ///
    /// The writer gets what `foorumi add` appended; a read-only follower gets everything the
    /// writer and others appended. When the writer rewrote the whole file meanwhile, a
    /// follower gets no changes here but a whole session from [`take_reloaded`](Self::take_reloaded).
    pub fn poll(&mut self) -> Result<Vec<Change>, StoreError> {
        let changes = self.poll_mode()?;
        if matches!(&self.mode, Mode::Reader(r) if !r.read_only_folder && r.reloaded.is_none())
            && changes.is_empty()
        {
            self.take_over()?;
        }
        Ok(changes)
    }

    /// A follower becomes the writer when the writer lock is free (its writer quit, or the
    /// `foorumi add` that held it finished); the next [`take_reloaded`](Self::take_reloaded)
    /// gives the session as recovered, and [`took_over`](Self::took_over) says so once.
    fn take_over(&mut self) -> Result<(), StoreError> {
        let Ok(TryWriter::Acquired(lock)) = lock::try_writer(&self.files.lock) else {
            return Ok(());
        };
        let opened = open_writer(self.files.clone(), lock)?;
        self.mode = opened.file.mode;
        self.handed = Some(opened.session);
        self.promoted = true;
        Ok(())
    }

    /// True once after this read-only follower became the writer.
    pub fn took_over(&mut self) -> bool {
        std::mem::take(&mut self.promoted)
    }

    /// True when the session was opened read-only because its folder cannot be written.
    pub fn read_only_folder(&self) -> bool {
        matches!(&self.mode, Mode::Reader(r) if r.read_only_folder)
    }

    fn poll_mode(&mut self) -> Result<Vec<Change>, StoreError> {
        let files = &self.files;
        match &mut self.mode {
            Mode::Writer(w) => {
                if w.poisoned.is_some() {
                    // Nothing more is written here, not even a cut of a torn tail.
                    w.follow_only(files)?;
                } else {
                    let result = w.locked(files, |w| w.catch_up(files));
                    w.poison_on_failure(result)?;
                }
                let mut out = Vec::new();
                if let Some(fixup) = w.settle_owed() {
                    out.push(fixup);
                }
                out.extend(w.pending.drain(..).map(|(c, _)| c));
                Ok(out)
            }
            Mode::Reader(r) => r.poll(files),
        }
    }

    /// Ideas of this board that got another id, (old, new), since the last call: `foorumi
    /// add` had printed the same id meanwhile, and a printed id is never changed. The board's
    /// own idea is renumbered by a change [`poll`](Self::poll) hands out; its undo history
    /// must follow with [`renumber`](super::renumber).
    pub fn take_renumbered(&mut self) -> Vec<(IdeaId, IdeaId)> {
        match &mut self.mode {
            Mode::Writer(w) => std::mem::take(&mut w.renumbered),
            Mode::Reader(_) => Vec::new(),
        }
    }

    /// After [`poll`](Self::poll): the whole session, when the writer rewrote the file and a
    /// follower must replace what it shows. Always `None` for the writer.
    pub fn take_reloaded(&mut self) -> Option<Session> {
        if let Some(session) = self.handed.take() {
            return Some(session);
        }
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

    /// True when the journal holds changes the snapshot does not yet have; the board then
    /// calls [`snapshot`](Self::snapshot) once its first frame is on screen.
    pub fn fold_pending(&self) -> bool {
        matches!(&self.mode, Mode::Writer(w) if w.fold_pending)
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

/// Opens as the writer, holding `lock`.
pub(crate) fn open_writer(files: Files, lock: WriterLock) -> Result<Opened, StoreError> {
    let (writer, rec, draft) = Writer::open(&files, lock)?;
    Ok(Opened {
        file: SessionFile {
            files,
            mode: Mode::Writer(Box::new(writer)),
            handed: None,
            promoted: false,
        },
        session: rec.session,
        report: rec.notices,
        draft,
    })
}

/// True when `e` says the lock file cannot be created or written here (permissions, a
/// read-only file system): the session can still be shown, read-only.
fn is_read_only_place(e: &StoreError) -> bool {
    match e {
        StoreError::Lock { source, .. } => {
            source.kind() == std::io::ErrorKind::PermissionDenied
                || source.kind() == std::io::ErrorKind::ReadOnlyFilesystem
        }
        _ => false,
    }
}

/// Opens as a read-only follower: of the writer `pid` (`Some(None)` when it is not known),
/// or because the folder is read-only.
fn open_reader(
    files: Files,
    pid: Option<Option<u32>>,
    read_only_folder: bool,
) -> Result<Opened, StoreError> {
    let (mut reader, rec) = Reader::open(&files)?;
    reader.read_only_folder = read_only_folder;
    let mut report = rec.notices;
    report.push(match pid {
        Some(pid) => Notice::ReadOnly {
            path: files.snapshot.clone(),
            pid,
        },
        None => Notice::ReadOnlyFolder {
            path: files.snapshot.clone(),
        },
    });
    Ok(Opened {
        file: SessionFile {
            files,
            mode: Mode::Reader(Box::new(reader)),
            handed: None,
            promoted: false,
        },
        session: rec.session,
        report,
        // The draft belongs to the writer's capture line.
        draft: None,
    })
}

#[cfg(test)]
mod tests;
