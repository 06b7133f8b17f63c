//! Small sessions and changes for the store's unit tests.

use std::path::{Path, PathBuf};

use crate::model::{Change, Idea, IdeaId, Names, Session, Theme, ThemeSet};

/// A session with two themes and two groups.
pub(crate) fn session() -> Session {
    let set = ThemeSet {
        key: "kumppanuus".into(),
        name: Names::same("Kumppanuus"),
        description: String::new(),
        themes: vec![
            Theme::new("tilat", "Tilat"),
            Theme::new("viestinta", "Viestintä"),
        ],
    };
    let mut s = Session::new("Kumppanuuspöytä", None, &set);
    s.groups = 2;
    s
}

/// Adds idea `id` with `text` to the theme `tilat`.
pub(crate) fn add(id: u64, text: &str) -> Change {
    let t = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
    Change::AddIdea {
        idea: Idea::new(IdeaId(id), text, Some("tilat"), t),
        position: None,
    }
}

/// `path` with `suffix` appended.
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}
