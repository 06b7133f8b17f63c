//! Actions (toimenpiteet): who does what by when, and how it went.

use super::text::clean;
use super::{ActionItem, ActionStatus, Change, IdeaId, ModelError, Session};

/// A new open action at the end of the list; texts are cleaned.
pub fn add_action(
    text: &str,
    owner: &str,
    due: Option<chrono::NaiveDate>,
    ideas: &[IdeaId],
) -> Change {
    let mut action = ActionItem::new(&clean(text));
    action.owner = clean(owner);
    action.due = due;
    action.ideas = ideas.to_vec();
    Change::AddAction {
        action,
        position: None,
    }
}

/// Edits the action at `index` with `edit` (text, owner, due date, status, linked ideas);
/// texts are cleaned and repeated links dropped afterwards.
pub fn edit_action(
    session: &Session,
    index: usize,
    edit: impl FnOnce(&mut ActionItem),
) -> Result<Change, ModelError> {
    let mut action = session
        .actions
        .get(index)
        .cloned()
        .ok_or(ModelError::NoSuchAction(index))?;
    edit(&mut action);
    action.text = clean(&action.text);
    action.owner = clean(&action.owner);
    let mut links = Vec::with_capacity(action.ideas.len());
    for id in action.ideas {
        if !links.contains(&id) {
            links.push(id);
        }
    }
    action.ideas = links;
    Ok(Change::EditAction { index, action })
}

/// Sets the follow-up status of the action at `index`.
pub fn set_action_status(
    session: &Session,
    index: usize,
    status: ActionStatus,
) -> Result<Change, ModelError> {
    edit_action(session, index, |a| a.status = status)
}

/// Links idea `id` to the action at `index`, or unlinks it when linked already.
pub fn toggle_action_link(
    session: &Session,
    index: usize,
    id: IdeaId,
) -> Result<Change, ModelError> {
    edit_action(session, index, |a| {
        if let Some(at) = a.ideas.iter().position(|i| *i == id) {
            a.ideas.remove(at);
        } else {
            a.ideas.push(id);
        }
    })
}

/// Deletes the action at `index`.
pub fn remove_action(session: &Session, index: usize) -> Result<Change, ModelError> {
    session.need_action(index)?;
    Ok(Change::RemoveAction { index })
}

/// Moves the action at `index` one step earlier (`up`) or later; `None` at the edge.
pub fn shift_action(session: &Session, index: usize, up: bool) -> Option<Change> {
    let to = if up {
        index.checked_sub(1)?
    } else {
        index.checked_add(1)?
    };
    let action = session.actions.get(index)?.clone();
    if to >= session.actions.len() {
        return None;
    }
    Some(Change::Batch(vec![
        Change::RemoveAction { index },
        Change::AddAction {
            action,
            position: Some(to),
        },
    ]))
}

/// Indexes of the actions that are still open or partly done.
pub fn open_actions(session: &Session) -> impl Iterator<Item = usize> + '_ {
    session
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status.carries_over())
        .map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ThemeSet;
    use chrono::NaiveDate;

    fn session() -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: Vec::new(),
        };
        let mut s = Session::new("Kumppanuuspöytä", None, &set);
        let due = NaiveDate::from_ymd_opt(2019, 6, 30);
        s.apply(add_action(
            "Hyte-palvelutarjotin\u{1b}[1m",
            " Järjestöareena ",
            due,
            &[IdeaId(1)],
        ))
        .unwrap();
        s.apply(add_action("Järjestöinfo", "", None, &[])).unwrap();
        s
    }

    #[test]
    fn actions_are_added_clean_and_edited_field_by_field() {
        let mut s = session();
        assert_eq!(s.actions[0].text, "Hyte-palvelutarjotin");
        assert_eq!(s.actions[0].owner, "Järjestöareena");
        assert_eq!(s.actions[0].status, ActionStatus::Open);
        let before = s.clone();
        let undo = s
            .apply(set_action_status(&s, 0, ActionStatus::Partly).unwrap())
            .unwrap();
        assert_eq!(s.actions[0].status, ActionStatus::Partly);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        let edit = edit_action(&s, 1, |a| {
            a.owner = "Kunta".into();
            a.due = NaiveDate::from_ymd_opt(2019, 9, 1);
            a.ideas = vec![IdeaId(2), IdeaId(2)];
        })
        .unwrap();
        s.apply(edit).unwrap();
        assert_eq!(s.actions[1].owner, "Kunta");
        assert_eq!(s.actions[1].ideas, [IdeaId(2)]);
        s.apply(toggle_action_link(&s, 1, IdeaId(2)).unwrap())
            .unwrap();
        assert!(s.actions[1].ideas.is_empty());
        s.apply(toggle_action_link(&s, 1, IdeaId(5)).unwrap())
            .unwrap();
        assert_eq!(s.actions[1].ideas, [IdeaId(5)]);
    }

    #[test]
    fn only_open_and_partly_done_actions_are_open() {
        let mut s = session();
        s.apply(set_action_status(&s, 0, ActionStatus::Done).unwrap())
            .unwrap();
        assert_eq!(open_actions(&s).collect::<Vec<_>>(), [1]);
        s.apply(set_action_status(&s, 0, ActionStatus::Partly).unwrap())
            .unwrap();
        s.apply(set_action_status(&s, 1, ActionStatus::NotDone).unwrap())
            .unwrap();
        assert_eq!(open_actions(&s).collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn actions_can_be_reordered_and_removed_with_exact_undo() {
        let mut s = session();
        let before = s.clone();
        let undo = s.apply(shift_action(&s, 0, false).unwrap()).unwrap();
        assert_eq!(s.actions[0].text, "Järjestöinfo");
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        assert_eq!(shift_action(&s, 0, true), None);
        assert_eq!(shift_action(&s, 1, false), None);
        let undo = s.apply(remove_action(&s, 0).unwrap()).unwrap();
        assert_eq!(s.actions.len(), 1);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        assert_eq!(remove_action(&s, 2), Err(ModelError::NoSuchAction(2)));
        assert_eq!(edit_action(&s, 2, |_| {}), Err(ModelError::NoSuchAction(2)));
    }
}
