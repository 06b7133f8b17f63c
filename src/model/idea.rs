//! An idea: one card on the wall, as a participant said it.

use serde::{Deserialize, Serialize};

use super::Timestamp;

/// Stable identifier of an idea within its session; never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdeaId(pub u64);

impl std::fmt::Display for IdeaId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One idea with its theme, group, sub-points and votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    /// Stable id.
    pub id: IdeaId,
    /// The idea as typed; one line, already cleaned.
    pub text: String,
    /// Key of the theme it belongs to; `None` is the unsorted pool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The group (Ryhmä N, from 1) that gave it, if tagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
    /// Indented sub-points under the idea, as in the appendix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_points: Vec<String>,
    /// When it was captured.
    pub created: Timestamp,
    /// Dot votes given to it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// Wordings of ideas merged into this one, kept as history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<String>,
    /// Who sent it, when it came from a phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Box<super::Source>>,
    /// The table (group-work station) whose scribe captured it, e.g. "Ryhmä 3": set when
    /// tables' files are merged, and by a station later; like `source`, it says where the
    /// idea came from and never changes after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Idea {
    /// A new idea with no group, sub-points or votes.
    pub fn new(id: IdeaId, text: &str, theme: Option<&str>, created: Timestamp) -> Idea {
        Idea {
            id,
            text: text.to_string(),
            theme: theme.map(str::to_string),
            group: None,
            sub_points: Vec::new(),
            created,
            votes: 0,
            merged_from: Vec::new(),
            source: None,
            table: None,
        }
    }
}
