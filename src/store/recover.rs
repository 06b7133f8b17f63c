//! Recovery: the newest readable snapshot (else the newest readable backup) plus every good
//! record of a journal that belongs to it.

use std::io;
use std::path::Path;

use super::format::parse_bytes;
use super::journal::{self, Binding, HEADER_LEN};
use super::paths::Files;
use super::replay::replay_one;
use super::{Notice, StoreError, clean};
use crate::model::Session;

/// How the journal on disk relates to the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JournalState {
    /// No journal (or an empty file).
    Missing,
    /// It follows the snapshot used (or the unreadable snapshot a backup stands in for); replayed.
    Bound,
    /// It follows the previous snapshot, which the current one already contains: a crash came
    /// between writing the snapshot and starting its journal. Nothing to replay.
    Previous,
    /// It follows some other file, or its header is damaged; not used.
    Foreign,
}

/// What was found in the journal.
#[derive(Debug, Clone)]
pub(crate) struct JournalInfo {
    /// How it relates to the snapshot.
    pub state: JournalState,
    /// Its first bytes, up to a header's length (followers watch them for a restart).
    pub head: Vec<u8>,
    /// Its length.
    pub len: u64,
    /// End of the last intact record.
    pub good_end: u64,
    /// Good records found.
    pub records: usize,
    /// Records applied.
    pub replayed: usize,
    /// Records that no longer fitted.
    pub skipped: usize,
    /// Bytes of a cut-short last record.
    pub torn: u64,
    /// Damaged stretches skipped.
    pub bad: usize,
}

/// The outcome of recovery.
#[derive(Debug)]
pub(crate) struct Recovered {
    /// The recovered session.
    pub session: Session,
    /// What was found.
    pub notices: Vec<Notice>,
    /// 0 when the snapshot was used, n when backup n was.
    pub base: usize,
    /// Identity of the file used (a new journal for it is bound to this).
    pub base_binding: Binding,
    /// The journal.
    pub journal: JournalInfo,
}

thread_local! {
    /// Test seam: how many times this thread read a whole session (see `seam::full_reads`).
    pub(crate) static FULL_READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The bytes of `path`, `None` when it does not exist.
pub(crate) fn read_opt(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::read(path, e)),
    }
}

/// Parses the session file at `path` if it exists.
pub(crate) fn read_session(path: &Path) -> Result<Option<(Vec<u8>, Session)>, StoreError> {
    let Some(bytes) = read_opt(path)? else {
        return Ok(None);
    };
    let session = parse_bytes(&bytes, &path.display().to_string())?;
    Ok(Some((bytes, session)))
}

/// Recovers the session of `files` without writing anything.
///
/// A snapshot that cannot be read for an I/O reason (permissions, say) is an error, not damage:
/// falling back to a backup then would set aside a journal that is perfectly good.
pub(crate) fn recover(files: &Files) -> Result<Recovered, StoreError> {
    FULL_READS.with(|n| n.set(n.get() + 1));
    let mut notices = Vec::new();
    // The snapshot's bytes are only needed for their binding; they are dropped before the
    // journal is replayed, so a big session is not held twice.
    let (mut session, base, base_binding) = match read_opt(&files.snapshot)? {
        Some(bytes) => match parse_bytes(&bytes, &files.name()) {
            Ok(s) => (s, 0, Binding::of(&bytes)),
            Err(e) => fall_back(files, Some(e), &mut notices)?,
        },
        None => fall_back(files, None, &mut notices)?,
    };

    let journal_bytes = super::companion::read_opt(&files.journal)?.unwrap_or_default();
    let binding = journal::read_header(&journal_bytes);
    let scan = journal::scan(&journal_bytes, HEADER_LEN, true);
    let state = if journal_bytes.is_empty() {
        JournalState::Missing
    } else if binding == Some(base_binding) {
        JournalState::Bound
    } else if base > 0 && binding.is_some() {
        // The snapshot is unreadable, so which file the journal followed cannot be checked:
        // most likely the lost snapshot. Its changes are applied to the backup as far as they
        // still fit; that is the most that can be saved.
        JournalState::Bound
    } else if base == 0 && binding.is_some() && binding == previous_binding(files)? {
        JournalState::Previous
    } else {
        JournalState::Foreign
    };

    let mut info = JournalInfo {
        state,
        head: journal_bytes[..journal_bytes.len().min(HEADER_LEN)].to_vec(),
        len: journal_bytes.len() as u64,
        good_end: if binding.is_some() { scan.good_end } else { 0 },
        records: scan.records.len(),
        replayed: 0,
        skipped: 0,
        torn: scan.torn,
        bad: scan.bad,
    };
    // Backup 1's own journal, unless the current journal is that one (a crash came before
    // it was renamed): then replaying both would apply its changes twice.
    if base == 1 && binding != Some(base_binding) {
        let count = replay_backup_journal(files, base_binding, &mut session, &mut notices)?;
        if count > 0 {
            notices.push(Notice::Replayed {
                journal: files.backup_journal.clone(),
                count,
            });
        }
    }
    match state {
        JournalState::Bound => {
            for (index, mut change) in scan.records.into_iter().enumerate() {
                clean::change(&mut change);
                match replay_one(&mut session, change) {
                    Ok(_) => info.replayed += 1,
                    Err(error) => {
                        info.skipped += 1;
                        notices.push(Notice::SkippedChange {
                            journal: files.journal.clone(),
                            index: index + 1,
                            error,
                        });
                    }
                }
            }
            if info.bad > 0 {
                notices.push(Notice::BadRecords {
                    journal: files.journal.clone(),
                    count: info.bad,
                    kept: None,
                });
            }
            if info.torn > 0 {
                notices.push(Notice::TornTail {
                    journal: files.journal.clone(),
                    bytes: info.torn,
                });
            }
            if info.replayed > 0 {
                notices.push(Notice::Replayed {
                    journal: files.journal.clone(),
                    count: info.replayed,
                });
            }
        }
        JournalState::Foreign if info.records > 0 || binding.is_none() => {
            notices.push(Notice::JournalForeign {
                journal: files.journal.clone(),
                kept: None,
            });
        }
        _ => {}
    }
    Ok(Recovered {
        session,
        notices,
        base,
        base_binding,
        journal: info,
    })
}

/// Replays the journal that followed backup 1, when it did; returns how many changes applied.
fn replay_backup_journal(
    files: &Files,
    backup: Binding,
    session: &mut Session,
    notices: &mut Vec<Notice>,
) -> Result<usize, StoreError> {
    let Some(bytes) = read_opt(&files.backup_journal)? else {
        return Ok(0);
    };
    if journal::read_header(&bytes) != Some(backup) {
        return Ok(0);
    }
    let mut applied = 0;
    for (index, mut change) in journal::scan(&bytes, HEADER_LEN, true)
        .records
        .into_iter()
        .enumerate()
    {
        clean::change(&mut change);
        match replay_one(session, change) {
            Ok(_) => applied += 1,
            Err(error) => notices.push(Notice::SkippedChange {
                journal: files.backup_journal.clone(),
                index: index + 1,
                error,
            }),
        }
    }
    Ok(applied)
}

/// The newest readable backup, with a notice saying why it is used.
fn fall_back(
    files: &Files,
    error: Option<StoreError>,
    notices: &mut Vec<Notice>,
) -> Result<(Session, usize, Binding), StoreError> {
    let mut first_error = error;
    for (i, backup) in files.backups.iter().enumerate() {
        match read_session(backup) {
            Ok(Some((bytes, session))) => {
                let error = first_error.unwrap_or(StoreError::NotFound {
                    path: files.snapshot.clone(),
                });
                notices.push(Notice::FellBack {
                    snapshot: files.snapshot.clone(),
                    error: Box::new(error),
                    backup: backup.clone(),
                    kept: None,
                });
                return Ok((session, i + 1, Binding::of(&bytes)));
            }
            Ok(None) => {}
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or(StoreError::NotFound {
        path: files.snapshot.clone(),
    }))
}

/// The binding of backup 1, the snapshot before the current one.
fn previous_binding(files: &Files) -> Result<Option<Binding>, StoreError> {
    Ok(read_opt(&files.backups[0])?.map(|b| Binding::of(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testutil::{add, session};
    use crate::store::{SessionFile, to_ron};

    fn files_with(changes: &[crate::model::Change]) -> (tempfile::TempDir, Files, Session) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut s = session();
        let mut file = SessionFile::create(&path, &s).unwrap();
        for c in changes {
            s.apply(c.clone()).unwrap();
            file.record(c).unwrap();
        }
        (dir, Files::new(&path), s)
    }

    #[test]
    fn a_bound_journal_is_replayed() {
        let (_dir, files, s) = files_with(&[add(1, "a"), add(2, "b")]);
        let rec = recover(&files).unwrap();
        assert_eq!(rec.session, s);
        assert_eq!(rec.journal.state, JournalState::Bound);
        assert_eq!((rec.journal.records, rec.journal.replayed), (2, 2));
        assert!(matches!(
            rec.notices[..],
            [Notice::Replayed { count: 2, .. }]
        ));
    }

    #[test]
    fn no_journal_is_fine() {
        let (_dir, files, s) = files_with(&[]);
        std::fs::remove_file(&files.journal).unwrap();
        let rec = recover(&files).unwrap();
        assert_eq!(rec.session, s);
        assert_eq!(rec.journal.state, JournalState::Missing);
        assert!(rec.notices.is_empty());
    }

    #[test]
    fn a_journal_of_the_previous_snapshot_is_not_replayed() {
        let (_dir, files, _) = files_with(&[add(1, "a")]);
        // As after a crash between renaming the new snapshot and starting its journal.
        let mut s = session();
        s.apply(add(1, "a")).unwrap();
        std::fs::copy(&files.snapshot, &files.backups[0]).unwrap();
        std::fs::write(&files.snapshot, to_ron(&s)).unwrap();
        let rec = recover(&files).unwrap();
        assert_eq!(rec.journal.state, JournalState::Previous);
        assert_eq!(rec.session, s);
        assert!(rec.notices.is_empty());
    }

    #[test]
    fn an_unreadable_snapshot_is_an_error_not_damage() {
        let (dir, files, _) = files_with(&[]);
        std::fs::remove_file(&files.snapshot).unwrap();
        std::fs::create_dir(&files.snapshot).unwrap(); // reading a folder fails with an I/O error
        assert!(matches!(recover(&files), Err(StoreError::Read { .. })));
        drop(dir);
    }
}
