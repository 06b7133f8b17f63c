//! Durable writes: a whole file replaced atomically, and the fsyncs that make writes real.
//!
//! A file is replaced by writing a temporary file in the same folder, fsyncing it, renaming it
//! over the target and fsyncing the folder: after a crash the target is either the old or the
//! new content, never a mix, and once this returns the new content survives power loss.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;
use super::paths::folder;

thread_local! {
    /// Test seam: makes every fsync on this thread fail, as a dying disk would. Per thread,
    /// so a test's board fails while other tests (and other processes) write normally.
    pub(crate) static FAIL_SYNC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn injected(path: &Path) -> Result<(), StoreError> {
    if FAIL_SYNC.with(|f| f.get()) {
        return Err(StoreError::sync(
            path,
            std::io::Error::other("injected fsync failure"),
        ));
    }
    Ok(())
}

/// fdatasync: the file's data (not every timestamp) is on disk.
pub(crate) fn sync_data(file: &File, path: &Path) -> Result<(), StoreError> {
    injected(path)?;
    file.sync_data().map_err(|e| StoreError::sync(path, e))
}

/// fsync: the file's data and metadata are on disk.
pub(crate) fn sync_all(file: &File, path: &Path) -> Result<(), StoreError> {
    injected(path)?;
    file.sync_all().map_err(|e| StoreError::sync(path, e))
}

/// Makes renames and new names in the folder of `path` durable.
#[cfg(unix)]
pub(crate) fn sync_dir(path: &Path) -> Result<(), StoreError> {
    let dir = folder(path);
    injected(dir)?;
    let result = File::open(dir).and_then(|d| d.sync_all());
    match result {
        Ok(()) => Ok(()),
        // Some file systems (certain network and FUSE mounts) cannot fsync a folder at all;
        // that is a property of the mount, not a lost write, so it must not poison the file.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::InvalidInput
                    | std::io::ErrorKind::Unsupported
                    | std::io::ErrorKind::PermissionDenied
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(StoreError::sync(dir, e)),
    }
}

/// Folders cannot be opened for fsync here; the rename itself is durable on NTFS.
#[cfg(not(unix))]
pub(crate) fn sync_dir(path: &Path) -> Result<(), StoreError> {
    injected(folder(path))
}

/// A fresh temporary name beside `path`, unique within this process and across processes.
fn temp_name(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder(path).join(format!(".{name}.tmp-{}-{n}", std::process::id()))
}

/// True when `name` is a temporary file [`write_temp`] makes for `path` (its own, not one of
/// another file whose name merely starts the same).
pub(crate) fn is_temp_of(path: &Path, name: &str) -> bool {
    let Some(target) = path.file_name().map(|n| n.to_string_lossy()) else {
        return false;
    };
    let Some(rest) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_prefix(&*target))
        .and_then(|n| n.strip_prefix(".tmp-"))
    else {
        return false;
    };
    let mut parts = rest.split('-');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}

/// Writes `bytes` to a new temporary file beside `path` and fsyncs it; returns its name.
pub(crate) fn write_temp(path: &Path, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    let temp = temp_name(path);
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|e| StoreError::write(&temp, e))?;
        file.write_all(bytes)
            .map_err(|e| StoreError::write(&temp, e))?;
        sync_all(&file, &temp)
    })();
    match result {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// Renames `from` over `to` (same folder) and makes the rename durable.
pub(crate) fn commit(from: &Path, to: &Path) -> Result<(), StoreError> {
    if let Err(e) = fs::rename(from, to) {
        let _ = fs::remove_file(from);
        return Err(StoreError::write(to, e));
    }
    sync_dir(to)
}

/// Replaces `path` with `bytes` atomically and durably.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let temp = write_temp(path, bytes)?;
    commit(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "temporary files were left behind");
    }

    #[test]
    fn failed_sync_keeps_the_old_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"old").unwrap();
        FAIL_SYNC.with(|f| f.set(true));
        let result = write_atomic(&path, b"new");
        FAIL_SYNC.with(|f| f.set(false));
        assert!(matches!(result, Err(StoreError::Sync { .. })));
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
