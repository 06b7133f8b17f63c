//! `NAME.ron.index`: what `foorumi add` needs to know about a session (the next free idea id,
//! the themes, the number of groups), so it can append one record without parsing the whole
//! session. The writer rewrites it with every snapshot.
//!
//! The index names the snapshot it describes twice: by the journal binding (length and crc32,
//! as the journal header names it) and by the file's size, change time and file id. Any
//! mismatch (a crash between the snapshot and the index, a hand edit) means "do not trust
//! it": `add` then reads the session in full, as before. Written without fsync for the same
//! reason: a lost or torn index only costs speed, never correctness.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::journal::{self, Binding, HEADER_LEN};
use super::paths::Files;
use crate::model::{Change, IdeaId, Names, Session, idea_id_ok, theme_key_ok};

const MAGIC: &[u8; 16] = b"foorumi-index 1\n";

/// What an append needs to know about the session as it is on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The id the next new idea gets.
    pub next_id: IdeaId,
    /// Number of groups (ideas may name 1…groups).
    pub groups: u32,
    /// Theme keys with their names, in the session's order.
    pub themes: Vec<(String, Names)>,
}

impl Facts {
    /// The facts of a whole session.
    pub fn of(session: &Session) -> Facts {
        Facts {
            next_id: session.peek_id(),
            groups: session.groups,
            themes: session
                .themes
                .iter()
                .map(|t| (t.key.clone(), t.name.clone()))
                .collect(),
        }
    }

    /// The key of the theme that `word` names in any language (`lokaler` is `tilat`).
    pub fn theme_by_word(&self, word: &str) -> Option<&str> {
        let exact = self.themes.iter().find(|(k, _)| k == word);
        exact
            .or_else(|| {
                self.themes
                    .iter()
                    .find(|(k, n)| crate::model::answers_to(k, n, word))
            })
            .map(|(k, _)| k.as_str())
    }

    /// The names of the theme `key`, if the session has it.
    pub fn theme(&self, key: &str) -> Option<&Names> {
        self.themes.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// Follows one journal record; false when it changes what the facts cannot follow
    /// cheaply (themes, groups), and the session must be read in full.
    fn follow(&mut self, change: &Change) -> bool {
        match change {
            Change::AddIdea { idea, .. } => {
                // Replay gives a taken or impossible id the next free one; counting that as
                // taken too can only leave a gap, never hand out an id twice.
                self.next_id = if idea.id.0 >= self.next_id.0 && idea_id_ok(idea.id) {
                    IdeaId(idea.id.0 + 1)
                } else {
                    IdeaId(self.next_id.0.saturating_add(1))
                };
                true
            }
            Change::Batch(changes) => changes.iter().all(|c| self.follow(c)),
            Change::AddTheme { .. }
            | Change::RemoveTheme { .. }
            | Change::RenameTheme { .. }
            | Change::SetGroupCount { .. } => false,
            _ => true,
        }
    }

    /// True when `change` certainly replays as it is on the session these facts describe:
    /// new ideas under free ids in existing themes and groups, or items appended at the end.
    pub(crate) fn takes(&self, change: &Change) -> bool {
        let mut groups = self.groups;
        let mut next = self.next_id.0;
        self.takes_with(change, &mut groups, &mut next)
    }

    fn takes_with(&self, change: &Change, groups: &mut u32, next: &mut u64) -> bool {
        match change {
            Change::AddIdea { idea, .. } => {
                let fits = idea.id.0 >= *next
                    && idea_id_ok(idea.id)
                    && idea_id_ok(IdeaId(idea.id.0 + 1))
                    && idea
                        .theme
                        .as_deref()
                        .is_none_or(|t| self.theme(t).is_some())
                    && idea.group.is_none_or(|g| g >= 1 && g <= *groups);
                *next = idea.id.0.saturating_add(1);
                fits
            }
            Change::SetGroupCount { count } => {
                // Only growing: shrinking may conflict with groups in use.
                let fits = *count >= *groups;
                *groups = *count;
                fits
            }
            Change::Batch(changes) => changes.iter().all(|c| self.takes_with(c, groups, next)),
            Change::AddAction {
                action,
                position: None,
            } => action.ideas.is_empty(),
            Change::AddParkingItem {
                item,
                position: None,
            } => item.from_idea.is_none(),
            _ => false,
        }
    }
}

/// The stored index.
#[derive(Serialize, Deserialize)]
struct Stored {
    binding_len: u64,
    binding_crc: u32,
    snapshot: Stamp,
    facts: Facts,
}

/// Size, change time and file id of the snapshot file.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    size: u64,
    modified_ns: u128,
    id: (u64, u64),
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let modified_ns = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    #[cfg(unix)]
    let id = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let id = (0, 0);
    Some(Stamp {
        size: meta.len(),
        modified_ns,
        id,
    })
}

/// Writes the index for `session`, just written as the snapshot `binding`. Best effort.
pub(crate) fn write(files: &Files, session: &Session, binding: Binding) {
    let Some(snapshot) = stamp(&files.snapshot) else {
        return;
    };
    let stored = Stored {
        binding_len: binding.len,
        binding_crc: binding.crc,
        snapshot,
        facts: Facts::of(session),
    };
    let Ok(json) = serde_json::to_vec(&stored) else {
        return;
    };
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&crc32fast::hash(&json).to_le_bytes());
    bytes.extend_from_slice(&json);
    // Replaced by a rename, so a reader sees the old index or the new one; no fsync (above).
    let temp = files.index.with_extension("index-tmp");
    if std::fs::write(&temp, &bytes).is_ok() && std::fs::rename(&temp, &files.index).is_err() {
        let _ = std::fs::remove_file(&temp);
    }
}

/// What a quick look found: the facts as of the end of the journal, and where it ends.
pub(crate) struct Quick {
    /// The session's facts, journal included.
    pub facts: Facts,
    /// Offset after the last intact record.
    pub good_end: u64,
    /// Bytes of a cut-short last record after it.
    pub torn: u64,
}

/// The facts from the index and `journal` (its bytes), when both can be trusted: the index
/// describes the very snapshot the journal follows, and the journal has no damage inside.
pub(crate) fn quick(files: &Files, journal: &[u8]) -> Option<Quick> {
    let binding = journal::read_header(journal)?;
    let bytes = std::fs::read(&files.index).ok()?;
    let rest = bytes.strip_prefix(MAGIC)?;
    let crc = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?);
    let json = rest.get(4..)?;
    if crc32fast::hash(json) != crc {
        return None;
    }
    let stored: Stored = serde_json::from_slice(json).ok()?;
    if (stored.binding_len, stored.binding_crc) != (binding.len, binding.crc)
        || stamp(&files.snapshot)? != stored.snapshot
        || !stored.facts.themes.iter().all(|(k, _)| theme_key_ok(k))
    {
        return None;
    }
    let scan = journal::scan(journal, HEADER_LEN, true);
    if scan.bad > 0 {
        return None;
    }
    let mut facts = stored.facts;
    for change in &scan.records {
        if !facts.follow(change) {
            return None;
        }
    }
    Some(Quick {
        facts,
        good_end: scan.good_end,
        torn: scan.torn,
    })
}
