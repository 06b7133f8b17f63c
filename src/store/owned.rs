//! Which paths belong to a session: an export, a repair copy or any other output must never
//! land on the session file or one of its companions (journal, backups, draft, locks), or the
//! session is damaged by its own summary.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::identity::{FileId, of_path};
use super::paths::{Files, folder};

/// True when writing `target` would replace the session at `session` or one of its companion
/// files: the same name once folders and links are resolved, or the same file under another
/// name (a hard link).
pub fn belongs_to_session(session: &Path, target: &Path) -> bool {
    let Some((dir, name)) = resolved(target) else {
        return false;
    };
    // The session as named, and as its link (if it is one) resolves.
    let mut sessions = vec![session.to_path_buf()];
    if let Ok(real) = std::fs::canonicalize(session) {
        sessions.push(real);
    }
    let target_id = std::fs::metadata(target).ok().map(|_| of_target(target));
    sessions.iter().any(|s| {
        let files = Files::new(s);
        let by_name = resolved(s).is_some_and(|(sdir, sname)| {
            sdir == dir && (companion_names(&files).contains(&name) || is_scratch(&sname, &name))
        });
        let by_id = target_id.flatten().is_some_and(|id| {
            companion_paths(&files)
                .iter()
                .any(|p| std::fs::metadata(p).is_ok() && of_target(p) == Some(id))
        });
        by_name || by_id
    })
}

/// The identity of what `path` leads to, following links.
fn of_target(path: &Path) -> Option<FileId> {
    std::fs::canonicalize(path).ok().and_then(|p| of_path(&p))
}

/// The folder (resolved) and file name of `path`.
fn resolved(path: &Path) -> Option<(PathBuf, OsString)> {
    let name = path.file_name()?.to_os_string();
    let dir = std::fs::canonicalize(folder(path)).ok()?;
    Some((dir, name))
}

fn companion_paths(files: &Files) -> Vec<PathBuf> {
    let mut all = vec![
        files.snapshot.clone(),
        files.journal.clone(),
        files.lock.clone(),
        files.append_lock.clone(),
        files.draft.clone(),
        files.backup_journal.clone(),
        files.damaged.clone(),
        files.journal_old.clone(),
        files.index.clone(),
        files.index.with_extension("index-tmp"),
    ];
    all.extend(files.backups.iter().cloned());
    all
}

fn companion_names(files: &Files) -> Vec<OsString> {
    companion_paths(files)
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_os_string()))
        .collect()
}

/// Emergency copies (`NAME.emergency-…`) and temporary files (`.NAME….tmp…`) of a session.
fn is_scratch(session_name: &OsString, name: &OsString) -> bool {
    let (s, n) = (session_name.to_string_lossy(), name.to_string_lossy());
    n.starts_with(&format!("{s}.emergency-"))
        || (n.starts_with(&format!(".{s}.")) && n.contains("tmp"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_and_its_companions_are_recognised_however_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        std::fs::write(&path, "x").unwrap();
        let sub = dir.path().join("alikansio");
        std::fs::create_dir(&sub).unwrap();
        for target in [
            path.clone(),
            dir.path().join("s.ron.journal"),
            dir.path().join("s.ron.bak2"),
            dir.path().join("s.ron.lock"),
            dir.path().join("s.ron.draft"),
            sub.join("..").join("s.ron"),
        ] {
            assert!(belongs_to_session(&path, &target), "{}", target.display());
        }
        for target in [
            dir.path().join("s.txt"),
            dir.path().join("s.ron.txt"),
            sub.join("s.ron"),
        ] {
            assert!(!belongs_to_session(&path, &target), "{}", target.display());
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("linkki.txt");
            std::os::unix::fs::symlink(&path, &link).unwrap();
            assert!(belongs_to_session(&path, &link));
            let hard = sub.join("kova.txt");
            std::fs::hard_link(&path, &hard).unwrap();
            assert!(belongs_to_session(&path, &hard));
        }
    }
}
