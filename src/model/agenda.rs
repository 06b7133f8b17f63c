//! The agenda while the session runs: which item is current, and editing the items.
//!
//! Items are addressed by index. Adding, removing and reordering keep the current item
//! current (it follows its item), so the facilitator can fix the agenda mid-session.

use super::change::clamp;
use super::text::clean;
use super::{AgendaItem, Change, ModelError, Session};

impl Session {
    /// The agenda item running now.
    pub fn current_agenda_item(&self) -> Option<&AgendaItem> {
        self.current_agenda.and_then(|i| self.agenda.get(i))
    }

    /// Inserts an item; the current item keeps pointing at the same item.
    pub(super) fn insert_agenda_item(
        &mut self,
        item: AgendaItem,
        position: Option<usize>,
    ) -> Change {
        let at = clamp(position, self.agenda.len());
        self.agenda.insert(at, item);
        if let Some(c) = &mut self.current_agenda
            && *c >= at
        {
            *c += 1;
        }
        Change::RemoveAgendaItem { index: at }
    }

    /// Removes an item; if it was current, the one after it (or the new last) is current.
    pub(super) fn remove_agenda_item(&mut self, index: usize) -> Change {
        let item = self.agenda.remove(index);
        let old = self.current_agenda;
        self.current_agenda = match old {
            Some(c) if c > index => Some(c - 1),
            Some(c) if c == index => self.agenda.len().checked_sub(1).map(|l| index.min(l)),
            other => other,
        };
        let restore = Change::AddAgendaItem {
            item,
            position: Some(index),
        };
        if old == Some(index) {
            // Re-inserting shifts the current item; putting the removed one back as current
            // needs a second step.
            Change::Batch(vec![restore, Change::SetCurrentAgenda { index: old }])
        } else {
            restore
        }
    }

    /// Moves an item; the current item follows its item.
    pub(super) fn move_agenda_item(&mut self, from: usize, to: usize) -> Change {
        let item = self.agenda.remove(from);
        self.agenda.insert(to, item);
        if let Some(c) = self.current_agenda {
            self.current_agenda = Some(if c == from {
                to
            } else if from < c && c <= to {
                c - 1
            } else if to <= c && c < from {
                c + 1
            } else {
                c
            });
        }
        Change::MoveAgendaItem { from: to, to: from }
    }
}

/// Adds an agenda item with a cleaned title and prompt at `position` (`None`: at the end).
pub fn add_agenda_item(mut item: AgendaItem, position: Option<usize>) -> Change {
    item.title = clean(&item.title);
    item.prompt = clean(&item.prompt);
    Change::AddAgendaItem { item, position }
}

/// Edits the agenda item at `index` with `edit`; texts are cleaned afterwards.
pub fn edit_agenda_item(
    session: &Session,
    index: usize,
    edit: impl FnOnce(&mut AgendaItem),
) -> Result<Change, ModelError> {
    let mut item = session
        .agenda
        .get(index)
        .cloned()
        .ok_or(ModelError::NoSuchAgendaItem(index))?;
    edit(&mut item);
    item.title = clean(&item.title);
    item.prompt = clean(&item.prompt);
    Ok(Change::EditAgendaItem { index, item })
}

/// Moves the agenda item at `index` one step earlier (`up`) or later; `None` at the edge.
pub fn shift_agenda_item(session: &Session, index: usize, up: bool) -> Option<Change> {
    let to = if up {
        index.checked_sub(1)?
    } else {
        index.checked_add(1)?
    };
    (index < session.agenda.len() && to < session.agenda.len())
        .then_some(Change::MoveAgendaItem { from: index, to })
}

/// Makes the next agenda item current (the first when none is); `None` after the last.
pub fn next_agenda(session: &Session) -> Option<Change> {
    let next = session.current_agenda.map_or(0, |c| c + 1);
    (next < session.agenda.len()).then_some(Change::SetCurrentAgenda { index: Some(next) })
}

/// Makes the previous agenda item current; `None` at the first item or when none is current.
pub fn previous_agenda(session: &Session) -> Option<Change> {
    let previous = session.current_agenda?.checked_sub(1)?;
    Some(Change::SetCurrentAgenda {
        index: Some(previous.min(session.agenda.len().checked_sub(1)?)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaKind, ThemeSet};

    fn session(n: usize) -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: Vec::new(),
        };
        let mut s = Session::new("Kumppanuuspöytä", None, &set);
        for i in 0..n {
            let item = AgendaItem::new(&format!("Kohta {i}"), AgendaKind::Discussion);
            s.apply(add_agenda_item(item, None)).unwrap();
        }
        s
    }

    fn titles(s: &Session) -> Vec<&str> {
        s.agenda.iter().map(|a| a.title.as_str()).collect()
    }

    #[test]
    fn next_and_previous_walk_the_agenda_and_stop_at_the_ends() {
        let mut s = session(2);
        assert_eq!(previous_agenda(&s), None);
        s.apply(next_agenda(&s).unwrap()).unwrap();
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 0");
        s.apply(next_agenda(&s).unwrap()).unwrap();
        assert_eq!(s.current_agenda, Some(1));
        assert_eq!(next_agenda(&s), None);
        s.apply(previous_agenda(&s).unwrap()).unwrap();
        assert_eq!(s.current_agenda, Some(0));
        assert_eq!(previous_agenda(&s), None);
    }

    #[test]
    fn the_current_item_follows_inserts_moves_and_removals() {
        let mut s = session(3);
        s.apply(Change::SetCurrentAgenda { index: Some(1) })
            .unwrap();
        let item = AgendaItem::new("Tauko", AgendaKind::Break);
        s.apply(add_agenda_item(item, Some(0))).unwrap();
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 1");
        s.apply(shift_agenda_item(&s, 2, true).unwrap()).unwrap();
        assert_eq!(titles(&s), ["Tauko", "Kohta 1", "Kohta 0", "Kohta 2"]);
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 1");
        s.apply(Change::MoveAgendaItem { from: 0, to: 3 }).unwrap();
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 1");
        s.apply(Change::RemoveAgendaItem { index: 1 }).unwrap();
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 1");
    }

    #[test]
    fn removing_the_current_item_makes_the_next_current_and_undo_restores_it() {
        let mut s = session(3);
        s.apply(Change::SetCurrentAgenda { index: Some(1) })
            .unwrap();
        let before = s.clone();
        let undo = s.apply(Change::RemoveAgendaItem { index: 1 }).unwrap();
        assert_eq!(s.current_agenda_item().unwrap().title, "Kohta 2");
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        // The last item: the one before becomes current; the only item: none is.
        s.apply(Change::SetCurrentAgenda { index: Some(2) })
            .unwrap();
        let before = s.clone();
        let undo = s.apply(Change::RemoveAgendaItem { index: 2 }).unwrap();
        assert_eq!(s.current_agenda, Some(1));
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        let mut one = session(1);
        one.apply(Change::SetCurrentAgenda { index: Some(0) })
            .unwrap();
        one.apply(Change::RemoveAgendaItem { index: 0 }).unwrap();
        assert_eq!(one.current_agenda, None);
    }

    #[test]
    fn edits_are_cleaned_and_bad_indexes_refused() {
        let mut s = session(1);
        let edit = edit_agenda_item(&s, 0, |a| {
            a.title = "Avaus\u{1b}[31m".into();
            a.minutes = 15;
        })
        .unwrap();
        let undo = s.apply(edit).unwrap();
        assert_eq!(s.agenda[0].title, "Avaus");
        assert_eq!(s.agenda[0].minutes, 15);
        s.apply(undo).unwrap();
        assert_eq!(s.agenda[0].title, "Kohta 0");
        assert_eq!(
            edit_agenda_item(&s, 4, |_| {}),
            Err(ModelError::NoSuchAgendaItem(4))
        );
        assert_eq!(
            s.apply(Change::SetCurrentAgenda { index: Some(1) }),
            Err(ModelError::NoSuchAgendaItem(1))
        );
        assert_eq!(shift_agenda_item(&s, 0, false), None);
    }
}
