//! Writing a new generation: the snapshot replaced atomically, backups rotated, the journal
//! restarted; and the small file operations they need.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

use super::journal::{self, Binding};
use super::paths::Files;
use super::{StoreError, atomic, to_ron};
use crate::model::Session;

/// Opens the journal for appending (and reading what others appended).
pub(crate) fn open_journal(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .append(true)
        .open(path)
        .map_err(|e| StoreError::write(path, e))
}

/// Replaces the journal by an empty one bound to the snapshot `binding`.
pub(crate) fn restart_journal(files: &Files, binding: Binding) -> Result<File, StoreError> {
    atomic::write_atomic(&files.journal, &journal::header(binding))?;
    open_journal(&files.journal)
}

/// Writes `session` as the snapshot; the old one becomes backup 1 (`keep_old`) or, when it
/// is damaged, is moved to `NAME.ron.damaged`. Returns the new snapshot's binding.
pub(crate) fn write_snapshot(
    files: &Files,
    session: &Session,
    keep_old: bool,
) -> Result<Binding, StoreError> {
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

/// Renames `from` to `to`; nothing to do when `from` does not exist.
pub(crate) fn rename_if_exists(from: &Path, to: &Path) -> Result<(), StoreError> {
    match fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::write(to, e)),
    }
}

/// Removes `path`; nothing to do when it does not exist.
pub(crate) fn remove_if_exists(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::write(path, e)),
    }
}
