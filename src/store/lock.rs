//! Who may write: one writer per session holds `NAME.ron.lock`, and every append to the
//! journal (the writer's or `foorumi add`'s) holds `NAME.ron.journal.lock` for its duration.
//!
//! Both are OS advisory locks (flock / LockFileEx via `fs4`), which the OS releases when the
//! holder dies, so a lock file left by a crashed program never blocks anyone. The lock files
//! are never deleted: deleting one while another process waits on it would let two writers in.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use fs4::{FileExt, TryLockError};

use super::{StoreError, companion};

/// The writer's lock, held until dropped (or the process ends).
#[derive(Debug)]
pub(crate) struct WriterLock {
    file: File,
}

impl WriterLock {
    /// The open lock file (to notice when its name is deleted or replaced).
    pub fn file(&self) -> &File {
        &self.file
    }
}

/// The outcome of trying to become the writer.
pub(crate) enum TryWriter {
    /// This process is now the writer.
    Acquired(WriterLock),
    /// Another process is; its pid when it could be read.
    Held(Option<u32>),
}

fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    // Never through a planted link: the pid written below would land in its target.
    companion::open(path, &mut options).map_err(|e| match e {
        StoreError::Write { path, source } => StoreError::Lock { path, source },
        other => other,
    })
}

/// Width of the pid in the writer's lock file: any `u32`.
const PID_WIDTH: usize = 10;

/// Tries to take the writer lock at `path` without waiting.
pub(crate) fn try_writer(path: &Path) -> Result<TryWriter, StoreError> {
    let mut file = open_lock_file(path)?;
    // Called through the trait: `File::try_lock` of std is newer than our minimum Rust.
    match FileExt::try_lock(&file) {
        Ok(()) => {
            // The pid is only a hint for the read-only notice, so failing to write it is harmless.
            // Written over the old one at a fixed width, padded with spaces, and never
            // truncated: whatever follows is not read (on ext4 a truncate would also wait for
            // the journal commit that any recent fsync started).
            let pid = format!("{:<PID_WIDTH$}", std::process::id());
            let _ = file.rewind();
            let _ = file.write_all(pid.as_bytes());
            Ok(TryWriter::Acquired(WriterLock { file }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            // Windows forbids reading a locked range; then the pid is simply unknown.
            let pid = Read::by_ref(&mut file)
                .take(PID_WIDTH as u64)
                .read_to_string(&mut text)
                .ok()
                .and_then(|_| text.trim().parse().ok());
            Ok(TryWriter::Held(pid))
        }
        Err(TryLockError::Error(e)) => Err(StoreError::Lock {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// The journal's append lock; [`AppendLock::hold`] takes it for one append or restart.
#[derive(Debug)]
pub(crate) struct AppendLock {
    file: File,
    path: PathBuf,
}

/// Holds the append lock until dropped.
pub(crate) struct AppendGuard<'a> {
    lock: &'a AppendLock,
}

impl AppendLock {
    /// Opens (creating) the append lock file at `path`.
    pub fn open(path: &Path) -> Result<AppendLock, StoreError> {
        Ok(AppendLock {
            file: open_lock_file(path)?,
            path: path.to_path_buf(),
        })
    }

    /// The open lock file.
    pub fn file(&self) -> &File {
        &self.file
    }

    /// Waits for the lock: exclusive for writing, shared for reading a consistent state.
    pub fn hold(&self, exclusive: bool) -> Result<AppendGuard<'_>, StoreError> {
        let result = if exclusive {
            FileExt::lock(&self.file)
        } else {
            FileExt::lock_shared(&self.file)
        };
        result.map_err(|e| StoreError::Lock {
            path: self.path.clone(),
            source: e,
        })?;
        Ok(AppendGuard { lock: self })
    }
}

impl Drop for AppendGuard<'_> {
    fn drop(&mut self) {
        // Closing the file would release it too; an unlock error leaves it to that.
        let _ = FileExt::unlock(&self.lock.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_writer_sees_the_first_ones_pid() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron.lock");
        let first = try_writer(&path).unwrap();
        assert!(matches!(first, TryWriter::Acquired(_)));
        match try_writer(&path).unwrap() {
            TryWriter::Held(pid) => {
                if cfg!(unix) {
                    assert_eq!(pid, Some(std::process::id()));
                }
            }
            TryWriter::Acquired(_) => panic!("two writers"),
        }
        drop(first);
        assert!(matches!(try_writer(&path).unwrap(), TryWriter::Acquired(_)));
    }

    #[test]
    fn a_left_over_lock_file_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron.lock");
        std::fs::write(&path, "999999").unwrap(); // as a crashed writer leaves it
        assert!(matches!(try_writer(&path).unwrap(), TryWriter::Acquired(_)));
    }

    #[test]
    fn the_pid_is_written_over_whatever_was_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron.lock");
        std::fs::write(&path, "12345678901234567890\n").unwrap();
        let lock = try_writer(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        // Never truncated: the pid is read from the first bytes only.
        assert_eq!(text.len(), 21);
        assert_eq!(
            text[..PID_WIDTH].trim().parse::<u32>().ok(),
            Some(std::process::id())
        );
        match try_writer(&path).unwrap() {
            TryWriter::Held(pid) => {
                if cfg!(unix) {
                    assert_eq!(pid, Some(std::process::id()));
                }
            }
            TryWriter::Acquired(_) => panic!("two writers"),
        }
        drop(lock);
    }

    #[test]
    fn append_lock_is_released_by_the_guard() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron.journal.lock");
        let a = AppendLock::open(&path).unwrap();
        let b = AppendLock::open(&path).unwrap();
        {
            let _g = a.hold(true).unwrap();
            assert!(matches!(
                FileExt::try_lock(&b.file),
                Err(TryLockError::WouldBlock)
            ));
        }
        let _g = b.hold(true).unwrap();
    }
}
