//! Opening the files beside a session (lock, journal, draft) without following symbolic
//! links: in a shared folder someone may plant `NAME.ron.lock` as a link to another file, and
//! opening through it would truncate or overwrite that file.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

use super::StoreError;

/// Opens the companion file at `path` with `options`, refusing a symbolic link, a folder, a
/// device or a pipe with [`StoreError::NotRegular`]. The file is not changed before the
/// check: `options` must not truncate.
pub(crate) fn open(path: &Path, options: &mut OpenOptions) -> Result<File, StoreError> {
    no_follow(options);
    let file = match options.open(path) {
        Ok(file) => file,
        Err(e) if is_link_refusal(&e) => return Err(not_regular(path)),
        Err(e) => return Err(StoreError::write(path, e)),
    };
    let regular = file
        .metadata()
        .is_ok_and(|m| m.is_file() && single_link(&m));
    if !regular {
        return Err(not_regular(path));
    }
    Ok(file)
}

/// Like [`open`] for reading; `None` when the file does not exist.
pub(crate) fn read_opt(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    use std::io::Read;
    let mut options = OpenOptions::new();
    options.read(true);
    let mut file = match open(path, &mut options) {
        Ok(file) => file,
        Err(StoreError::Write { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(StoreError::Write { path, source }) => return Err(StoreError::Read { path, source }),
        Err(e) => return Err(e),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| StoreError::read(path, e))?;
    Ok(Some(bytes))
}

fn not_regular(path: &Path) -> StoreError {
    StoreError::NotRegular {
        path: path.to_path_buf(),
    }
}

/// A hard link planted under a companion's name would let a write land in another file too.
#[cfg(unix)]
fn single_link(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() == 1
}

#[cfg(not(unix))]
fn single_link(_: &std::fs::Metadata) -> bool {
    true
}

#[cfg(unix)]
fn no_follow(options: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: a planted pipe must not block the open; it is refused right after.
    options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
}

#[cfg(not(unix))]
fn no_follow(_: &mut OpenOptions) {}

/// O_NOFOLLOW on a link fails with ELOOP (EMLINK on some BSDs).
#[cfg(unix)]
fn is_link_refusal(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::ELOOP) | Some(libc::EMLINK))
}

#[cfg(not(unix))]
fn is_link_refusal(_: &io::Error) -> bool {
    false
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("salainen.txt");
        std::fs::write(&target, "x".repeat(750)).unwrap();
        let link = dir.path().join("a.ron.lock");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true);
        assert!(matches!(
            open(&link, &mut options),
            Err(StoreError::NotRegular { .. })
        ));
        assert_eq!(std::fs::metadata(&target).unwrap().len(), 750);
        assert!(matches!(
            read_opt(&link),
            Err(StoreError::NotRegular { .. })
        ));
        assert!(read_opt(&dir.path().join("ei-ole")).unwrap().is_none());
        // A hard link to someone else's file is refused as well.
        let hard = dir.path().join("a.ron.draft");
        std::fs::hard_link(&target, &hard).unwrap();
        assert!(matches!(
            open(&hard, OpenOptions::new().write(true)),
            Err(StoreError::NotRegular { .. })
        ));
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut options = OpenOptions::new();
        options.read(true);
        assert!(matches!(
            open(dir.path(), &mut options),
            Err(StoreError::NotRegular { .. })
        ));
    }
}
