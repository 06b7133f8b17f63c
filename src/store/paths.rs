//! Where things live: the files beside a session, the data and config folders, and the
//! most recently used session.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::atomic;

/// Environment variable that moves the data and config folders (tests and portable installs).
pub const HOME_VAR: &str = "FOORUMI_HOME";

/// Name of the file in the data folder that remembers the last session.
const RECENT_FILE: &str = "recent";

/// Every file that belongs to one session `NAME.ron`; all live in the same folder, so a rename
/// between them is atomic and one directory fsync makes them durable.
#[derive(Debug, Clone)]
pub(crate) struct Files {
    /// `NAME.ron`: the snapshot, the human-editable session.
    pub snapshot: PathBuf,
    /// `NAME.ron.journal`: changes since the snapshot.
    pub journal: PathBuf,
    /// `NAME.ron.lock`: held by the one writer for its lifetime.
    pub lock: PathBuf,
    /// `NAME.ron.journal.lock`: held briefly around every append and journal restart.
    pub append_lock: PathBuf,
    /// `NAME.ron.draft`: the half-typed capture line.
    pub draft: PathBuf,
    /// `NAME.ron.bak1` … `bak3`, newest first.
    pub backups: [PathBuf; 3],
    /// `NAME.ron.bak1.journal`: the journal that followed backup 1, so that backup plus this
    /// journal stand in for a lost snapshot almost completely.
    pub backup_journal: PathBuf,
    /// `NAME.ron.damaged`: a snapshot that could not be read, kept instead of rotated.
    pub damaged: PathBuf,
    /// `NAME.ron.journal.old`: a journal that could not be used in full, kept for a human.
    pub journal_old: PathBuf,
    /// `NAME.ron.index`: the next idea id and the themes, for appends without a full parse.
    pub index: PathBuf,
}

impl Files {
    /// The file set of the session at `path`.
    pub fn new(path: &Path) -> Files {
        Files {
            snapshot: path.to_path_buf(),
            journal: sibling(path, ".journal"),
            lock: sibling(path, ".lock"),
            append_lock: sibling(path, ".journal.lock"),
            draft: sibling(path, ".draft"),
            backups: [
                sibling(path, ".bak1"),
                sibling(path, ".bak2"),
                sibling(path, ".bak3"),
            ],
            backup_journal: sibling(path, ".bak1.journal"),
            damaged: sibling(path, ".damaged"),
            journal_old: sibling(path, ".journal.old"),
            index: sibling(path, ".index"),
        }
    }

    /// A name for display: the path as given.
    pub fn name(&self) -> String {
        self.snapshot.display().to_string()
    }
}

/// `path` with `suffix` appended to its file name (`a.ron` → `a.ron.journal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The folder of `path` (`.` for a bare file name).
pub(crate) fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Which folder kind to compute.
#[derive(Clone, Copy)]
enum Kind {
    Data,
    Config,
}

/// The folder for `kind`, given the value of [`HOME_VAR`]; pure so tests need no environment.
fn dir_from(home: Option<OsString>, kind: Kind) -> Result<PathBuf, StoreError> {
    if let Some(home) = home.filter(|h| !h.is_empty()) {
        let sub = match kind {
            Kind::Data => "data",
            Kind::Config => "config",
        };
        return Ok(PathBuf::from(home).join(sub));
    }
    let dirs =
        directories::ProjectDirs::from("fi", "foorumi", "foorumi").ok_or(StoreError::NoHome)?;
    Ok(match kind {
        Kind::Data => dirs.data_dir().to_path_buf(),
        Kind::Config => dirs.config_dir().to_path_buf(),
    })
}

/// Where the user's own sessions go by default; `$FOORUMI_HOME/data` when that is set.
pub fn data_dir() -> Result<PathBuf, StoreError> {
    dir_from(std::env::var_os(HOME_VAR), Kind::Data)
}

/// Where configuration lives; `$FOORUMI_HOME/config` when that is set.
pub fn config_dir() -> Result<PathBuf, StoreError> {
    dir_from(std::env::var_os(HOME_VAR), Kind::Config)
}

/// The most recently used session, if one was remembered and still exists.
pub fn recent() -> Option<PathBuf> {
    let bytes = std::fs::read(data_dir().ok()?.join(RECENT_FILE)).ok()?;
    let path = path_from_bytes(&bytes)?;
    path.exists().then_some(path)
}

/// Remembers `path` (made absolute) as the most recently used session.
pub fn set_recent(path: &Path) -> Result<(), StoreError> {
    let dir = data_dir()?;
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::write(&dir, e))?;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    atomic::write_atomic(&dir.join(RECENT_FILE), &path_to_bytes(&absolute))
}

#[cfg(unix)]
fn path_to_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_to_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

/// Reads a remembered path; a trailing newline (hand edits) is ignored.
fn path_from_bytes(bytes: &[u8]) -> Option<PathBuf> {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    if bytes.is_empty() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Some(PathBuf::from(std::ffi::OsStr::from_bytes(bytes)))
    }
    #[cfg(not(unix))]
    {
        std::str::from_utf8(bytes).ok().map(PathBuf::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siblings_append_to_the_full_name() {
        let f = Files::new(Path::new("/x/forum.ron"));
        assert_eq!(f.journal, Path::new("/x/forum.ron.journal"));
        assert_eq!(f.lock, Path::new("/x/forum.ron.lock"));
        assert_eq!(f.backups[2], Path::new("/x/forum.ron.bak3"));
        assert_eq!(f.draft, Path::new("/x/forum.ron.draft"));
    }

    #[test]
    fn home_variable_moves_both_folders() {
        let home = Some(OsString::from("/tmp/fh"));
        assert_eq!(
            dir_from(home.clone(), Kind::Data).unwrap(),
            Path::new("/tmp/fh/data")
        );
        assert_eq!(
            dir_from(home, Kind::Config).unwrap(),
            Path::new("/tmp/fh/config")
        );
        // An empty variable counts as unset rather than meaning the current folder.
        let fallback = dir_from(Some(OsString::new()), Kind::Data);
        assert_ne!(fallback.ok(), Some(PathBuf::from("data")));
    }

    #[test]
    fn folder_of_a_bare_name_is_here() {
        assert_eq!(folder(Path::new("a.ron")), Path::new("."));
        assert_eq!(folder(Path::new("d/a.ron")), Path::new("d"));
    }

    #[test]
    fn remembered_paths_round_trip() {
        let p = Path::new("/home/sihteeri/Tilaisuudet/kumppanuuspöytä 2019.ron");
        assert_eq!(path_from_bytes(&path_to_bytes(p)).as_deref(), Some(p));
        assert_eq!(
            path_from_bytes(b"/a/b.ron\n").as_deref(),
            Some(Path::new("/a/b.ron"))
        );
        assert_eq!(path_from_bytes(b""), None);
    }
}
