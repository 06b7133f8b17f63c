//! Which file a name points at: an open board notices when its journal, lock file or folder
//! is deleted or replaced under it (by another program, or a person tidying a shared folder),
//! instead of writing on into a file nobody will ever read again.

use std::fs::File;
use std::path::Path;

use super::StoreError;
use super::paths::{Files, folder};

/// A file's identity: device and inode on Unix; elsewhere only "it exists".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileId(u64, u64);

#[cfg(unix)]
fn id(meta: &std::fs::Metadata) -> FileId {
    use std::os::unix::fs::MetadataExt;
    FileId(meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn id(_: &std::fs::Metadata) -> FileId {
    FileId(0, 0)
}

/// The identity of an open file.
pub(crate) fn of_file(file: &File) -> Option<FileId> {
    file.metadata().ok().map(|m| id(&m))
}

/// The identity of what `path` names now (not following a final link); `None` when gone.
pub(crate) fn of_path(path: &Path) -> Option<FileId> {
    std::fs::symlink_metadata(path).ok().map(|m| id(&m))
}

/// What the writer opened: the folder, the lock file and the journal it writes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Held {
    /// The session's folder when opened.
    pub folder: Option<FileId>,
    /// The writer's lock file.
    pub lock: Option<FileId>,
    /// The journal's append lock file.
    pub append: Option<FileId>,
}

impl Held {
    /// Notes the folder of `files` and the open lock files.
    pub fn new(files: &Files, lock: &File, append: &File) -> Held {
        Held {
            folder: std::fs::metadata(folder(&files.snapshot))
                .ok()
                .map(|m| id(&m)),
            lock: of_file(lock),
            append: of_file(append),
        }
    }

    /// Fails with [`StoreError::Vanished`] naming the first of the folder, lock file and
    /// `journal` that is no longer the one opened.
    pub fn check(&self, files: &Files, journal: Option<&File>) -> Result<(), StoreError> {
        let dir = folder(&files.snapshot);
        let now = std::fs::metadata(dir).ok().map(|m| id(&m));
        if self.folder.is_some() && now != self.folder {
            return Err(vanished(dir));
        }
        if self.lock.is_some() && of_path(&files.lock) != self.lock {
            return Err(vanished(&files.lock));
        }
        if self.append.is_some() && of_path(&files.append_lock) != self.append {
            return Err(vanished(&files.append_lock));
        }
        if let Some(journal) = journal
            && of_path(&files.journal) != of_file(journal)
        {
            return Err(vanished(&files.journal));
        }
        Ok(())
    }
}

fn vanished(path: &Path) -> StoreError {
    StoreError::Vanished {
        path: path.to_path_buf(),
    }
}
