//! Session files on disk: RON snapshots, the change journal, locking, recovery and atomic
//! writes. The promise is "nothing is lost": an idea that appeared on screen is on disk.
//!
//! A session `NAME.ron` has companions in the same folder:
//!
//! | file | what |
//! |---|---|
//! | `NAME.ron` | the snapshot: the whole session as human-editable RON |
//! | `NAME.ron.journal` | every change since the snapshot, one checksummed record each |
//! | `NAME.ron.bak1` … `bak3` | the previous snapshots, newest first |
//! | `NAME.ron.lock` | held by the one writer while it runs |
//! | `NAME.ron.journal.lock` | held briefly around each append |
//! | `NAME.ron.draft` | the half-typed capture line |
//! | `NAME.ron.journal.old`, `NAME.ron.damaged` | what recovery could not use, kept for a human |
//! | `NAME.ron.index` | the next idea id, themes and groups, so `foorumi add` need not parse it all |
//!
//! Companion files are opened without following links and must be plain files. A writer
//! notices when its journal, lock files or folder are deleted or replaced under it; after any
//! write failure it writes nothing more there (only [`SessionFile::save_as`] continues).
//!
//! A board opens the session with [`SessionFile::open`], calls [`SessionFile::record`] for
//! every change it applies, [`SessionFile::snapshot`] now and then (and on quit), and
//! [`SessionFile::poll`] about once a second to see what `foorumi add` ([`append_change`])
//! added meanwhile.

mod append;
mod atomic;
mod check;
mod clean;
mod companion;
mod draft;
mod error;
mod file;
mod follow;
mod format;
mod generation;
mod identity;
mod index;
mod journal;
mod lock;
mod notice;
mod owned;
mod paths;
mod rebase;
mod recover;
mod replay;
mod ron_error;
#[cfg(test)]
mod testutil;
mod writer;

pub use append::{append_change, append_new};

pub use check::{CheckReport, FileCheck, JournalCheck, check};
pub use error::{Problem, StoreError};
pub use file::{Opened, SessionFile};
pub(crate) use format::parse_bytes;
pub use format::{load, parse_session, to_ron};
pub use index::Facts;
pub use notice::Notice;
pub use owned::belongs_to_session;
pub use paths::{HOME_VAR, config_dir, data_dir, recent, set_recent};
pub use rebase::renumber;

/// Replaces `path` with `bytes` so that it holds either the old or the whole new content, and
/// the new content survives power loss once this returns: the store's one atomic write, for
/// files outside a session (exports, reports). The error is the one the disk gave.
pub fn replace_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    atomic::write_atomic(path, bytes).map_err(|e| match e {
        StoreError::Read { source, .. }
        | StoreError::Write { source, .. }
        | StoreError::Sync { source, .. }
        | StoreError::Lock { source, .. } => source,
        other => std::io::Error::other(other.to_string()),
    })
}

/// Test seam: fault injection for the crash and failure campaigns in `tests/`.
#[doc(hidden)]
pub mod seam {
    /// How many times this thread has read a whole session (snapshot and journal) so far.
    pub fn full_reads() -> usize {
        super::recover::FULL_READS.with(|n| n.get())
    }

    /// Runs `f` as on a dying disk: every fsync on this thread fails meanwhile.
    pub fn failing_sync<T>(f: impl FnOnce() -> T) -> T {
        super::atomic::FAIL_SYNC.with(|s| s.set(true));
        let out = f();
        super::atomic::FAIL_SYNC.with(|s| s.set(false));
        out
    }
}
