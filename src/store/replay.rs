//! Applying journal changes, and fitting changes from another process in after the writer's.
//!
//! Recovery and every live follower apply records with the same function, [`replay_one`],
//! so the session a board shows and the one recovered after a crash are built alike.

use std::collections::HashMap;

use crate::model::{Change, Idea, IdeaId, ModelError, Session};

/// Applies a journal change; returns the change as applied and its inverse.
///
/// An added idea that no longer fits (its id taken, its theme or group gone) is adjusted
/// rather than lost: what someone typed must survive. A batch that no longer fits as a whole
/// keeps the steps that still do. Anything else that does not fit is refused unchanged.
pub(crate) fn replay_one(
    session: &mut Session,
    change: Change,
) -> Result<(Change, Change), ModelError> {
    let error = if adds_id_beyond_limit(&change) {
        // Handled step by step below, where such an id is replaced before the model sees
        // it: the model computes `id + 1` and must never overflow on bytes from a file.
        ModelError::DuplicateIdea(IdeaId(MAX_IDEA_ID))
    } else {
        match session.apply(change.clone()) {
            Ok(inverse) => return Ok((change, inverse)),
            Err(e) => e,
        }
    };
    match change {
        Change::AddIdea { idea, position } => {
            let fitted = Change::AddIdea {
                idea: fit_idea(session, idea),
                position,
            };
            let inverse = session.apply(fitted.clone())?;
            Ok((fitted, inverse))
        }
        Change::Batch(changes) => {
            let mut done = Vec::new();
            let mut inverses = Vec::new();
            for c in changes {
                if let Ok((c, inverse)) = replay_one(session, c) {
                    done.push(c);
                    inverses.push(inverse);
                }
            }
            if done.is_empty() {
                return Err(error);
            }
            inverses.reverse();
            Ok((Change::Batch(done), Change::Batch(inverses)))
        }
        _ => Err(error),
    }
}

/// `idea` with a free id, and without a theme or group the session no longer has.
fn fit_idea(session: &Session, mut idea: Idea) -> Idea {
    if idea.id.0 > MAX_IDEA_ID || session.idea(idea.id).is_some() {
        idea.id = session.peek_id();
    }
    if idea
        .theme
        .as_ref()
        .is_some_and(|t| session.theme(t).is_none())
    {
        idea.theme = None;
    }
    if idea.group.is_some_and(|g| g == 0 || g > session.groups) {
        idea.group = None;
    }
    idea
}

/// Checks a change from `foorumi add` against the current state; an idea whose id was taken
/// meanwhile gets the next free one. Returns the change as it will be journaled.
pub(crate) fn fit_for_append(session: &mut Session, change: Change) -> Result<Change, ModelError> {
    if adds_id_beyond_limit(&change) {
        // Renumbered once and applied as is: the next free id is small enough to count from.
        return match change {
            Change::AddIdea { idea, position } => {
                let idea = Idea {
                    id: session.peek_id(),
                    ..idea
                };
                let fitted = Change::AddIdea { idea, position };
                session.apply(fitted.clone()).map(|_| fitted)
            }
            _ => Err(ModelError::DuplicateIdea(IdeaId(MAX_IDEA_ID))),
        };
    }
    match session.apply(change.clone()) {
        Ok(_) => Ok(change),
        Err(ModelError::DuplicateIdea(_)) => match change {
            Change::AddIdea { mut idea, position } => {
                idea.id = session.peek_id();
                let fitted = Change::AddIdea { idea, position };
                session.apply(fitted.clone())?;
                Ok(fitted)
            }
            other => session.apply(other.clone()).map(|_| other),
        },
        Err(e) => Err(e),
    }
}

/// The largest idea id a file may use (2^62): far beyond any real session, and so far below
/// `u64::MAX` that counting up from it (the model's `id + 1`) can never overflow.
pub(crate) const MAX_IDEA_ID: u64 = 1 << 62;

/// True when `change` adds an idea whose id is beyond [`MAX_IDEA_ID`].
fn adds_id_beyond_limit(change: &Change) -> bool {
    added_ids(change).iter().any(|id| id.0 > MAX_IDEA_ID)
}

/// Changes read from the journal that the writer's caller has not applied yet, each with its
/// inverse on the writer's copy of the disk state.
pub(crate) type Pending = Vec<(Change, Change)>;

/// Puts the caller's `change` before the `pending` changes it has not seen.
///
/// `replica` is the disk state: the caller's state plus `pending`. The journal is replayed in
/// file order, but the caller made `change` on a state without `pending`, so appending it as
/// is could replay differently (two ideas with one id). Instead one batch is appended: undo
/// `pending`, apply `change`, re-apply `pending` fitted after it. Replaying that batch gives
/// exactly the state the caller reaches by applying the returned pending changes, which
/// [`SessionFile::poll`](super::SessionFile::poll) hands out. `None` when the states do not
/// match (a caller bug); then the change is appended as is.
pub(crate) fn rebase(
    replica: &mut Session,
    pending: &Pending,
    change: &Change,
) -> Option<(Change, Pending)> {
    let mut state = replica.clone();
    let mut steps = Vec::new();
    for (_, inverse) in pending.iter().rev() {
        state.apply(inverse.clone()).ok()?;
        steps.push(inverse.clone());
    }
    state.apply(change.clone()).ok()?;
    steps.push(change.clone());
    let mut moved = HashMap::new();
    let mut fitted = Pending::new();
    for (p, _) in pending {
        let p = remap(p.clone(), &moved);
        // A pending change that no longer fits after the caller's (say, an edit of an idea
        // the caller just deleted) is dropped: the caller's later action wins.
        if let Ok((applied, inverse)) = replay_one(&mut state, p.clone()) {
            for (from, to) in added_ids(&p).into_iter().zip(added_ids(&applied)) {
                if from != to {
                    moved.insert(from, to);
                }
            }
            steps.push(applied.clone());
            fitted.push((applied, inverse));
        }
    }
    *replica = state;
    Some((Change::Batch(steps), fitted))
}

/// Ids of the ideas a change adds, in order.
fn added_ids(change: &Change) -> Vec<IdeaId> {
    match change {
        Change::AddIdea { idea, .. } => vec![idea.id],
        Change::Batch(changes) => changes.iter().flat_map(added_ids).collect(),
        _ => Vec::new(),
    }
}

/// `change` with idea ids renumbered by `moved`.
fn remap(change: Change, moved: &HashMap<IdeaId, IdeaId>) -> Change {
    if moved.is_empty() {
        return change;
    }
    let m = |id: IdeaId| moved.get(&id).copied().unwrap_or(id);
    match change {
        Change::AddIdea { mut idea, position } => {
            idea.id = m(idea.id);
            Change::AddIdea { idea, position }
        }
        Change::RemoveIdea { id } => Change::RemoveIdea { id: m(id) },
        Change::EditIdea { id, text } => Change::EditIdea { id: m(id), text },
        Change::MoveIdea {
            id,
            theme,
            position,
        } => Change::MoveIdea {
            id: m(id),
            theme,
            position,
        },
        Change::SetGroup { id, group } => Change::SetGroup { id: m(id), group },
        Change::SetSubPoints { id, sub_points } => Change::SetSubPoints {
            id: m(id),
            sub_points,
        },
        Change::Batch(changes) => {
            Change::Batch(changes.into_iter().map(|c| remap(c, moved)).collect())
        }
        Change::Vote { id, delta } => Change::Vote { id: m(id), delta },
        Change::SetVotes { id, votes } => Change::SetVotes { id: m(id), votes },
        Change::SetMergedFrom { id, merged_from } => Change::SetMergedFrom {
            id: m(id),
            merged_from,
        },
        Change::DismissDuplicate { pair, position } => Change::DismissDuplicate {
            pair: (m(pair.0), m(pair.1)),
            position,
        },
        Change::UndismissDuplicate { pair } => Change::UndismissDuplicate {
            pair: (m(pair.0), m(pair.1)),
        },
        Change::AddParkingItem { mut item, position } => {
            item.from_idea = item.from_idea.map(m);
            Change::AddParkingItem { item, position }
        }
        Change::AddAction {
            mut action,
            position,
        } => {
            action.ideas.iter_mut().for_each(|id| *id = m(*id));
            Change::AddAction { action, position }
        }
        Change::EditAction { index, mut action } => {
            action.ideas.iter_mut().for_each(|id| *id = m(*id));
            Change::EditAction { index, action }
        }
        // Listed one by one, so a new variant that names ideas is not forgotten here.
        other @ (Change::AddTheme { .. }
        | Change::RemoveTheme { .. }
        | Change::RenameTheme { .. }
        | Change::SetGroupCount { .. }
        | Change::AddAgendaItem { .. }
        | Change::RemoveAgendaItem { .. }
        | Change::EditAgendaItem { .. }
        | Change::MoveAgendaItem { .. }
        | Change::SetCurrentAgenda { .. }
        | Change::SetVotingRules { .. }
        | Change::RemoveParkingItem { .. }
        | Change::EditParkingItem { .. }
        | Change::RemoveAction { .. }
        | Change::AddInboxItem { .. }
        | Change::RemoveInboxItem { .. }
        | Change::EditInboxItem { .. }
        | Change::SetRoomRules { .. }) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Theme, ThemeSet};

    fn session() -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: vec![Theme::new("tilat", "Tilat")],
        };
        Session::new("Foorumi", None, &set)
    }

    fn add(id: u64, text: &str) -> Change {
        let t = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
        Change::AddIdea {
            idea: Idea::new(IdeaId(id), text, Some("tilat"), t),
            position: None,
        }
    }

    fn any_change() -> impl proptest::strategy::Strategy<Value = Change> {
        use proptest::prelude::*;
        let id = prop_oneof![
            0u64..5,
            Just(u64::MAX),
            Just(u64::MAX - 1),
            Just(MAX_IDEA_ID),
            any::<u64>()
        ]
        .prop_map(IdeaId);
        let key = prop_oneof![
            Just("tilat".to_string()),
            Just("uusi".to_string()),
            "[a-z]{0,3}"
        ];
        let theme = prop::option::of(key.clone());
        let position = prop::option::of(prop_oneof![0usize..4, Just(usize::MAX)]);
        let group = prop::option::of(prop_oneof![0u32..4, Just(u32::MAX)]);
        let leaf = prop_oneof![
            (id.clone(), theme.clone(), group.clone(), position.clone()).prop_map(
                |(id, theme, group, position)| {
                    let t =
                        chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
                    let mut idea = Idea::new(id, "x", theme.as_deref(), t);
                    idea.group = group;
                    Change::AddIdea { idea, position }
                }
            ),
            id.clone().prop_map(|id| Change::RemoveIdea { id }),
            (id.clone(), ".{0,4}").prop_map(|(id, text)| Change::EditIdea { id, text }),
            (id.clone(), theme.clone(), position.clone()).prop_map(|(id, theme, position)| {
                Change::MoveIdea {
                    id,
                    theme,
                    position,
                }
            }),
            (id.clone(), group).prop_map(|(id, group)| Change::SetGroup { id, group }),
            (key.clone(), theme, position).prop_map(|(key, parent, position)| {
                let mut theme = Theme::new(&key, "Uusi");
                theme.parent = parent;
                Change::AddTheme { theme, position }
            }),
            key.clone().prop_map(|key| Change::RemoveTheme { key }),
            prop_oneof![0u32..4, Just(u32::MAX)].prop_map(|count| Change::SetGroupCount { count }),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop::collection::vec(inner, 0..4).prop_map(Change::Batch)
        })
    }

    proptest::proptest! {
        #[test]
        fn replaying_any_changes_never_panics(changes in proptest::collection::vec(any_change(), 0..12)) {
            let appended = changes.clone();
            let mut s = session();
            for c in changes {
                let before = s.clone();
                match replay_one(&mut s, c) {
                    // What was applied can be undone exactly, where the model allows the
                    // undo at all (it does not after lowering the group count below a group
                    // in use: see the store's report).
                    Ok((_, inverse)) => {
                        let mut undone = s.clone();
                        if undone.apply(inverse).is_ok() {
                            proptest::prop_assert_eq!(&undone.ideas, &before.ideas);
                        }
                    }
                    Err(_) => proptest::prop_assert_eq!(&s, &before),
                }
                proptest::prop_assert!(s.ideas.iter().all(|i| i.id.0 < MAX_IDEA_ID + 100));
            }
            // `foorumi add` takes the same path with the same guards.
            let mut s = session();
            for c in appended {
                let before = s.clone();
                if fit_for_append(&mut s, c).is_err() {
                    proptest::prop_assert_eq!(&s, &before);
                }
            }
        }
    }

    #[test]
    fn an_added_idea_whose_id_is_taken_gets_a_new_one() {
        let mut s = session();
        s.apply(add(1, "a")).unwrap();
        let (applied, _) = replay_one(&mut s, add(1, "b")).unwrap();
        assert_eq!(s.ideas.len(), 2);
        assert!(matches!(applied, Change::AddIdea { idea, .. } if idea.id == IdeaId(2)));
    }

    #[test]
    fn a_change_that_cannot_fit_is_refused_and_changes_nothing() {
        let mut s = session();
        let before = s.clone();
        let edit = Change::EditIdea {
            id: IdeaId(9),
            text: "x".into(),
        };
        assert_eq!(
            replay_one(&mut s, edit),
            Err(ModelError::NoSuchIdea(IdeaId(9)))
        );
        assert_eq!(s, before);
    }

    #[test]
    fn rebase_puts_the_callers_change_first_and_renumbers_the_others() {
        // Disk: the caller's state plus a foreign idea 1 and an edit of it.
        let caller = session();
        let mut replica = caller.clone();
        let mut pending = Pending::new();
        for c in [
            add(1, "foreign"),
            Change::EditIdea {
                id: IdeaId(1),
                text: "foreign, edited".into(),
            },
        ] {
            let inverse = replica.apply(c.clone()).unwrap();
            pending.push((c, inverse));
        }
        let disk = replica.clone();
        // Meanwhile the caller added its own idea 1.
        let mine = add(1, "mine");
        let (record, fitted) = rebase(&mut replica, &pending, &mine).unwrap();

        let mut board = caller;
        board.apply(mine).unwrap();
        for (c, _) in &fitted {
            board.apply(c.clone()).unwrap();
        }
        let mut replayed = disk;
        replay_one(&mut replayed, record).unwrap();
        assert_eq!(board, replayed);
        assert_eq!(board, replica);
        assert_eq!(board.idea(IdeaId(1)).unwrap().text, "mine");
        assert_eq!(board.idea(IdeaId(2)).unwrap().text, "foreign, edited");
    }
}
