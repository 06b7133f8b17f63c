//! Ideas per theme, so drawing a tile never scans the whole session.

use crate::model::{IdeaId, Session};

/// For every slot (each theme, then the unsorted pool) the positions of its visible ideas
/// in [`Session::ideas`], in order. Rebuilt on every change, never on a keystroke.
#[derive(Debug, Clone, Default)]
pub struct ThemeIndex {
    slots: Vec<Vec<usize>>,
}

impl ThemeIndex {
    /// Indexes `session`, keeping only ideas of `group` when a filter is set.
    pub fn build(session: &Session, group: Option<u32>) -> ThemeIndex {
        let pool = session.themes.len();
        let mut slots = vec![Vec::new(); pool + 1];
        let position: std::collections::HashMap<&str, usize> = session
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.as_str(), i))
            .collect();
        for (i, idea) in session.ideas.iter().enumerate() {
            if group.is_some() && idea.group != group {
                continue;
            }
            let slot = idea
                .theme
                .as_deref()
                .and_then(|k| position.get(k).copied())
                .unwrap_or(pool);
            slots[slot].push(i);
        }
        ThemeIndex { slots }
    }

    /// Positions of the visible ideas of `slot` (empty for an unknown slot).
    pub fn slot(&self, slot: usize) -> &[usize] {
        self.slots.get(slot).map_or(&[], Vec::as_slice)
    }

    /// Visible ideas in `slots` together.
    pub fn count(&self, slots: &[usize]) -> usize {
        slots.iter().map(|&s| self.slot(s).len()).sum()
    }

    /// Visible ideas in all slots.
    pub fn total(&self) -> usize {
        self.slots.iter().map(Vec::len).sum()
    }

    /// The slot and position of the idea with `id`.
    pub fn find(&self, session: &Session, id: IdeaId) -> Option<(usize, usize)> {
        let at = session.idea_index(id)?;
        self.slots
            .iter()
            .enumerate()
            .find_map(|(slot, ideas)| ideas.iter().position(|&i| i == at).map(|p| (slot, p)))
    }
}
