//! The parking lot (parkkipaikka): matters set aside for later, from the board or typed in.

use super::text::clean;
use super::{ActionItem, Change, Idea, IdeaId, ModelError, ParkingItem, Session, Timestamp};

/// A parking-lot item with a cleaned `text`, at the end of the lot.
pub fn add_parking_item(text: &str, now: Timestamp) -> Change {
    Change::AddParkingItem {
        item: ParkingItem::new(&clean(text), now),
        position: None,
    }
}

/// New text for the parking-lot item at `index`.
pub fn edit_parking_item(
    session: &Session,
    index: usize,
    text: &str,
) -> Result<Change, ModelError> {
    session.need_parking(index)?;
    Ok(Change::EditParkingItem {
        index,
        text: clean(text),
    })
}

/// Deletes the parking-lot item at `index`.
pub fn remove_parking_item(session: &Session, index: usize) -> Result<Change, ModelError> {
    session.need_parking(index)?;
    Ok(Change::RemoveParkingItem { index })
}

/// Takes idea `id` off the board into the parking lot (text and sub-points, with a link
/// back); undo puts it back in its place with its theme, group and votes.
pub fn park_idea(session: &Session, id: IdeaId, now: Timestamp) -> Result<Change, ModelError> {
    let idea = session.idea(id).ok_or(ModelError::NoSuchIdea(id))?;
    let item = ParkingItem {
        text: idea.text.clone(),
        created: now,
        from_idea: Some(id),
        sub_points: idea.sub_points.clone(),
    };
    Ok(Change::Batch(vec![
        Change::AddParkingItem {
            item,
            position: None,
        },
        Change::RemoveIdea { id },
    ]))
}

/// Puts the parking-lot item at `index` back on the board as an idea in `theme` (`None`:
/// unsorted), at the end. It gets its old idea id back when that is still free.
pub fn unpark(
    session: &Session,
    index: usize,
    theme: Option<&str>,
    now: Timestamp,
) -> Result<Change, ModelError> {
    let item = session
        .parking
        .get(index)
        .ok_or(ModelError::NoSuchParkingItem(index))?;
    let id = match item.from_idea {
        Some(id) if session.idea(id).is_none() => id,
        _ => session.peek_id(),
    };
    let mut idea = Idea::new(id, &item.text, theme, now);
    idea.sub_points = item.sub_points.clone();
    let change = Change::Batch(vec![
        Change::RemoveParkingItem { index },
        Change::AddIdea {
            idea,
            position: None,
        },
    ]);
    session.clone().apply(change.clone())?;
    Ok(change)
}

/// Turns the parking-lot item at `index` into an open action with the same text, linked to
/// the idea it came from; the item leaves the lot.
pub fn parking_to_action(session: &Session, index: usize) -> Result<Change, ModelError> {
    let item = session
        .parking
        .get(index)
        .ok_or(ModelError::NoSuchParkingItem(index))?;
    let mut action = ActionItem::new(&item.text);
    action.ideas = item.from_idea.into_iter().collect();
    Ok(Change::Batch(vec![
        Change::RemoveParkingItem { index },
        Change::AddAction {
            action,
            position: None,
        },
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Theme, ThemeSet};

    fn now() -> Timestamp {
        chrono::DateTime::parse_from_rfc3339("2019-04-17T14:00:00+03:00").unwrap()
    }

    fn session() -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: vec![Theme::new("tilat", "Tilat")],
        };
        let mut s = Session::new("Kumppanuuspöytä", None, &set);
        s.groups = 2;
        for (n, text) in ["Tilat maksutta", "Hyvinvointikertomus", "Esteettömyys"]
            .into_iter()
            .enumerate()
        {
            let mut idea = Idea::new(IdeaId(n as u64 + 1), text, Some("tilat"), now());
            idea.group = Some(2);
            idea.votes = 3;
            s.apply(Change::AddIdea {
                idea,
                position: None,
            })
            .unwrap();
        }
        s.ideas[1].sub_points = vec!["maakunnan kanssa".into()];
        s
    }

    #[test]
    fn parking_an_idea_moves_it_to_the_lot_and_undo_restores_it_in_place() {
        let mut s = session();
        let before = s.clone();
        let undo = s.apply(park_idea(&s, IdeaId(2), now()).unwrap()).unwrap();
        assert_eq!(s.ideas.len(), 2);
        assert_eq!(s.parking.len(), 1);
        let p = &s.parking[0];
        assert_eq!(p.text, "Hyvinvointikertomus");
        assert_eq!(p.from_idea, Some(IdeaId(2)));
        assert_eq!(p.sub_points, ["maakunnan kanssa"]);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        assert_eq!(
            park_idea(&s, IdeaId(9), now()),
            Err(ModelError::NoSuchIdea(IdeaId(9)))
        );
    }

    #[test]
    fn a_parked_idea_returns_with_its_id_and_a_new_one_when_taken() {
        let mut s = session();
        s.apply(park_idea(&s, IdeaId(3), now()).unwrap()).unwrap();
        // The id of a parked idea is not handed out again.
        assert_eq!(s.peek_id(), IdeaId(4));
        s.apply(unpark(&s, 0, None, now()).unwrap()).unwrap();
        let back = s.ideas.last().unwrap();
        assert_eq!((back.id, back.text.as_str()), (IdeaId(3), "Esteettömyys"));
        assert_eq!(back.theme, None);
        assert!(s.parking.is_empty());
        // A typed-in item has no idea: it gets a fresh id.
        s.apply(add_parking_item("Uusi\tasia\u{7}", now())).unwrap();
        assert_eq!(s.parking[0].text, "Uusi asia");
        s.apply(unpark(&s, 0, Some("tilat"), now()).unwrap())
            .unwrap();
        assert_eq!(s.ideas.last().unwrap().id, IdeaId(4));
        assert_eq!(
            unpark(&s, 0, None, now()),
            Err(ModelError::NoSuchParkingItem(0))
        );
    }

    #[test]
    fn a_parking_item_becomes_an_action_linked_to_its_idea() {
        let mut s = session();
        s.apply(park_idea(&s, IdeaId(1), now()).unwrap()).unwrap();
        let before = s.clone();
        let undo = s.apply(parking_to_action(&s, 0).unwrap()).unwrap();
        assert!(s.parking.is_empty());
        assert_eq!(s.actions[0].text, "Tilat maksutta");
        assert_eq!(s.actions[0].ideas, [IdeaId(1)]);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
    }

    #[test]
    fn items_can_be_edited_and_removed() {
        let mut s = session();
        s.apply(add_parking_item("Avustukset", now())).unwrap();
        let undo = s
            .apply(edit_parking_item(&s, 0, "Avustusten haku").unwrap())
            .unwrap();
        assert_eq!(s.parking[0].text, "Avustusten haku");
        s.apply(undo).unwrap();
        assert_eq!(s.parking[0].text, "Avustukset");
        s.apply(remove_parking_item(&s, 0).unwrap()).unwrap();
        assert!(s.parking.is_empty());
        assert_eq!(
            edit_parking_item(&s, 0, "x"),
            Err(ModelError::NoSuchParkingItem(0))
        );
    }
}
