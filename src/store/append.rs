//! `foorumi add` while a board is open: one change appended to the journal from outside.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::file::open_writer;
use super::generation::open_journal;
use super::index::{self, Facts};
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
    append_new(path, |_| Ok::<_, StoreError>(change.clone())).map(|(c, _)| c)
}

/// Appends the change `build` makes from the session's [`Facts`] (the next free idea id, the
/// themes, the groups) as they are on disk under the append lock; returns it as appended,
/// with the facts it was built from.
///
/// Costs about one write and fdatasync at any session size: the facts come from the small
/// index the writer keeps beside the snapshot plus the journal since it, never from parsing
/// the whole session. Only when the index cannot be trusted, or the change may not replay as
/// it is, is the session read in full (and the change fitted, as [`append_change`] does).
pub fn append_new<E: From<StoreError>>(
    path: &Path,
    build: impl FnOnce(&Facts) -> Result<Change, E>,
) -> Result<(Change, Facts), E> {
    let files = Files::new(path);
    if !files.snapshot.exists() && !files.backups.iter().any(|b| b.exists()) {
        return Err(StoreError::NotFound {
            path: path.to_path_buf(),
        }
        .into());
    }
    let rejected = |error| StoreError::Rejected {
        path: path.to_path_buf(),
        error,
    };
    let mut build = Some(build);
    let mut made = |facts: &Facts| -> Result<Change, E> {
        let mut change = (build.take().expect("built once"))(facts)?;
        clean::change(&mut change);
        Ok(change)
    };
    {
        let append = AppendLock::open(&files.append_lock)?;
        let _guard = append.hold(true)?;
        let mut journal = open_journal_opt(&files.journal)?;
        let bytes = match &mut journal {
            Some(file) => read_all(file, &files.journal)?,
            None => Vec::new(),
        };
        if let (Some(file), Some(quick)) = (&mut journal, index::quick(&files, &bytes)) {
            let change = made(&quick.facts)?;
            if quick.facts.takes(&change) {
                append_frame(&files, file, quick.torn > 0, quick.good_end, &change)?;
                return Ok((change, quick.facts));
            }
            // Built, but it may not replay as it is: fitted on the whole session below.
            return slow_fit(&files, change, quick.facts).map_err(E::from);
        }
        let mut rec = recover(&files)?;
        if rec.journal.state == JournalState::Bound
            && let Some(file) = &mut journal
        {
            if rec.base == 0 {
                // No index yet (a session from an older version, or a hand edit): the next
                // add is quick again. These facts include the journal, which the next quick
                // look follows once more; that can only count ids twice, leaving a gap.
                index::write(&files, &rec.session, rec.base_binding);
            }
            let facts = Facts::of(&rec.session);
            let change = made(&facts)?;
            let fitted = fit_for_append(&mut rec.session, change).map_err(rejected)?;
            append_frame(
                &files,
                file,
                rec.journal.torn > 0,
                rec.journal.good_end,
                &fitted,
            )?;
            return Ok((fitted, facts));
        }
    }
    // The journal is missing or does not belong to the snapshot: only the writer may repair
    // that. A board holding the lock always keeps its journal bound, so this is an error then.
    match lock::try_writer(&files.lock)? {
        TryWriter::Acquired(lock) => {
            let mut opened = open_writer(files, lock)?;
            let facts = Facts::of(&opened.session);
            let change = made(&facts)?;
            let fitted = fit_for_append(&mut opened.session, change).map_err(rejected)?;
            opened.file.record(&fitted)?;
            Ok((fitted, facts))
        }
        TryWriter::Held(_) => Err(StoreError::JournalMismatch {
            path: files.journal.clone(),
        }
        .into()),
    }
}

/// Fits `change` on the whole session (read in full, still under the caller's append lock)
/// and appends it.
fn slow_fit(files: &Files, change: Change, facts: Facts) -> Result<(Change, Facts), StoreError> {
    let mut rec = recover(files)?;
    let mut journal = open_journal(&files.journal)?;
    let fitted =
        fit_for_append(&mut rec.session, change).map_err(|error| StoreError::Rejected {
            path: files.snapshot.clone(),
            error,
        })?;
    append_frame(
        files,
        &mut journal,
        rec.journal.torn > 0,
        rec.journal.good_end,
        &fitted,
    )?;
    Ok((fitted, facts))
}

/// Appends `change` as one framed record and fdatasyncs it; cuts a torn tail first (the
/// caller holds the append lock, so those bytes are an append whose process died).
fn append_frame(
    files: &Files,
    file: &mut File,
    torn: bool,
    good_end: u64,
    change: &Change,
) -> Result<(), StoreError> {
    let frame = journal::encode(change)
        .map_err(|e| StoreError::write(&files.journal, std::io::Error::other(e)))?;
    if torn {
        file.set_len(good_end)
            .map_err(|e| StoreError::write(&files.journal, e))?;
    }
    file.write_all(&frame)
        .map_err(|e| StoreError::write(&files.journal, e))?;
    atomic::sync_data(file, &files.journal)
}

/// The journal opened for appending, `None` when there is none.
fn open_journal_opt(path: &Path) -> Result<Option<File>, StoreError> {
    match open_journal(path) {
        Ok(file) => Ok(Some(file)),
        Err(StoreError::Write { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Everything in `file`, read from its start.
fn read_all(file: &mut File, path: &Path) -> Result<Vec<u8>, StoreError> {
    let mut bytes = Vec::new();
    file.seek(SeekFrom::Start(0))
        .and_then(|_| file.read_to_end(&mut bytes))
        .map_err(|e| StoreError::read(path, e))?;
    Ok(bytes)
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
