//! Writing a new generation: the snapshot replaced atomically, backups rotated, the journal
//! restarted; and the small file operations they need.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

use super::journal::{self, Binding};
use super::paths::Files;
use super::{StoreError, atomic, companion, to_ron};
use crate::model::Session;

/// Opens the journal for appending (and reading what others appended).
pub(crate) fn open_journal(path: &Path) -> Result<File, StoreError> {
    companion::open(path, OpenOptions::new().read(true).append(true))
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
    // Never a file the parser would refuse: the next open would fall back to an old backup.
    super::format::validate(session).map_err(|problem| StoreError::Invalid {
        name: files.snapshot.display().to_string(),
        problem,
    })?;
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
    // The snapshot path holds a whole file throughout: the old one until this rename, then
    // the new (only a damaged one is moved away first).
    atomic::commit(&temp, &files.snapshot)?;
    Ok(Binding::of(&bytes))
}

/// bak2 → bak3, bak1 → bak2, current → bak1. The current file is copied, not linked or
/// moved: its name must never disappear, and a hard link would share the bytes with an editor
/// that saves in place, so a damaged hand edit would damage the backup too.
fn rotate_backups(files: &Files) -> Result<(), StoreError> {
    let [b1, b2, b3] = &files.backups;
    let old = match fs::read(&files.snapshot) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::read(&files.snapshot, e)),
    };
    let temp = atomic::write_temp(b1, &old)?;
    let moved = rename_if_exists(b2, b3)
        .and_then(|_| rename_if_exists(b1, b2))
        .and_then(|_| fs::rename(&temp, b1).map_err(|e| StoreError::write(b1, e)));
    if moved.is_err() {
        let _ = fs::remove_file(&temp);
    }
    moved
}

/// Removes the temporary copies a crash during a snapshot left beside this session's files.
/// Only called by the writer, under the append lock: no one else is writing them meanwhile.
pub(crate) fn remove_stale_temps(files: &Files) {
    let mut targets = vec![&files.snapshot, &files.journal];
    targets.extend(files.backups.iter());
    let Ok(entries) = fs::read_dir(super::paths::folder(&files.snapshot)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = targets.iter().any(|t| atomic::is_temp_of(t, &name));
        // Only plain files: never follow or remove anything else planted under such a name.
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testutil::session;

    #[test]
    fn rotation_keeps_three_and_a_damaged_file_goes_aside() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::new(&dir.path().join("a.ron"));
        let mut s = session();
        for n in 0..5 {
            s.title = format!("versio {n}");
            write_snapshot(&files, &s, true).unwrap();
        }
        let title = |p: &Path| crate::store::load(p).unwrap().title;
        assert_eq!(title(&files.snapshot), "versio 4");
        assert_eq!(title(&files.backups[0]), "versio 3");
        assert_eq!(title(&files.backups[2]), "versio 1");

        fs::write(&files.snapshot, "rikki").unwrap();
        s.title = "korjattu".into();
        write_snapshot(&files, &s, false).unwrap();
        assert_eq!(fs::read_to_string(&files.damaged).unwrap(), "rikki");
        // The damaged file did not push a good backup out.
        assert_eq!(title(&files.backups[0]), "versio 3");
    }

    #[test]
    fn a_restarted_journal_is_bound_and_empty() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::new(&dir.path().join("a.ron"));
        let binding = Binding::of(b"snapshot bytes");
        drop(restart_journal(&files, binding).unwrap());
        let bytes = fs::read(&files.journal).unwrap();
        assert_eq!(bytes.len(), journal::HEADER_LEN);
        assert_eq!(journal::read_header(&bytes), Some(binding));
    }

    #[test]
    fn stale_temporary_copies_of_this_session_only_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::new(&dir.path().join("a.ron"));
        let ours = [
            ".a.ron.tmp-4242-0",
            ".a.ron.bak1.tmp-1-7",
            ".a.ron.journal.tmp-9-1",
        ];
        let others = [
            ".a.ron.x.ron.tmp-1-1",
            ".b.ron.tmp-1-1",
            "a.ron.tmp-1-1",
            ".a.ron.tmp-x-1",
        ];
        for name in ours.iter().chain(&others) {
            fs::write(dir.path().join(name), "kopio").unwrap();
        }
        remove_stale_temps(&files);
        for name in ours {
            assert!(!dir.path().join(name).exists(), "{name} left");
        }
        for name in others {
            assert!(dir.path().join(name).exists(), "{name} removed");
        }
    }

    #[test]
    fn missing_files_are_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        rename_if_exists(&a, &dir.path().join("b")).unwrap();
        remove_if_exists(&a).unwrap();
    }
}
