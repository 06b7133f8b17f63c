//! Fitting the board's own changes in with what `foorumi add` appended meanwhile: one batch
//! that replays the same on disk as in the board's memory, and an id `add` printed is never
//! changed (the board's colliding idea is renumbered instead).

use std::collections::HashMap;

use super::replay::replay_one;
use crate::model::{Change, IdeaId, Session};

/// Changes read from the journal that the writer's caller has not applied yet, each with its
/// inverse on the writer's copy of the disk state.
pub(crate) type Pending = Vec<(Change, Change)>;

/// The outcome of [`rebase`]: what to append, and what the caller must apply to catch up.
pub(crate) struct Rebased {
    /// The one record to append.
    pub record: Change,
    /// The pending changes fitted after the caller's, to hand out in order.
    pub pending: Pending,
    /// Ideas of the caller's change that got another id on disk (caller's id, disk id):
    /// the id was taken there already, by `foorumi add` (which printed it) or by an earlier
    /// renumbered idea of the caller.
    pub renumbered: Vec<(IdeaId, IdeaId)>,
}

/// Puts the caller's `change` before the `pending` changes it has not seen.
///
/// `replica` is the disk state: the caller's state plus `pending` (with the caller's ideas
/// under their disk ids). The journal is replayed in file order, but the caller made
/// `change` on a state without `pending`, so appending it as is could replay differently
/// (two ideas with one id). Instead one batch is appended: undo `pending`, apply `change`,
/// re-apply `pending` after it.
///
/// An id `foorumi add` printed is never changed: when `change` adds an idea under an id the
/// disk already uses, the caller's idea gets a fresh id instead ([`Rebased::renumbered`]),
/// and [`renumbering`] later brings the caller's state in line. `None` when the states do not
/// match (a caller bug); then the change is appended as is.
pub(crate) fn rebase(replica: &mut Session, pending: &Pending, change: &Change) -> Option<Rebased> {
    let mut state = replica.clone();
    let mut steps = Vec::new();
    for (_, inverse) in pending.iter().rev() {
        state.apply(inverse.clone()).ok()?;
        steps.push(inverse.clone());
    }
    // `state` is now the caller's state before its change, in disk ids.
    let (change, renumbered) = off_taken_ids(&state, replica, pending, change);
    state.apply(change.clone()).ok()?;
    steps.push(change);
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
    Some(Rebased {
        record: Change::Batch(steps),
        pending: fitted,
        renumbered,
    })
}

/// `change` with the ideas it adds moved off ids that `before` or a pending add already
/// uses, and the ids moved (caller's, disk's).
fn off_taken_ids(
    before: &Session,
    replica: &Session,
    pending: &Pending,
    change: &Change,
) -> (Change, Vec<(IdeaId, IdeaId)>) {
    let held: Vec<IdeaId> = pending.iter().flat_map(|(p, _)| added_ids(p)).collect();
    let mine = added_ids(change);
    let taken = |id: &IdeaId| held.contains(id) || before.idea(*id).is_some();
    if !mine.iter().any(taken) {
        return (change.clone(), Vec::new());
    }
    let next = replica.peek_id().0.max(
        mine.iter()
            .map(|i| i.0.saturating_add(1))
            .max()
            .unwrap_or(0),
    );
    let moved: Vec<_> = mine
        .iter()
        .filter(|id| taken(id))
        .zip(next..)
        .map(|(id, fresh)| (*id, IdeaId(fresh)))
        .collect();
    (renumber(change.clone(), &moved), moved)
}

/// The change that brings the caller's state in line with the disk after its ideas were
/// renumbered (`owed`: caller's id, disk id), with its inverse. `disk_side` is the caller's
/// state in disk ids (the replica without the pending changes). The ideas are taken out and
/// put back under their disk ids at the same places, carrying all later edits.
pub(crate) fn renumbering(
    disk_side: &Session,
    owed: &[(IdeaId, IdeaId)],
) -> Option<(Change, Change)> {
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    for (from, to) in owed {
        let at = disk_side.idea_index(*to)?;
        removals.push(Change::RemoveIdea { id: *from });
        additions.push((at, disk_side.ideas[at].clone()));
    }
    // Put back from the front, so every idea lands at its own index.
    additions.sort_by_key(|(at, _)| *at);
    let mut steps = removals;
    steps.extend(additions.into_iter().map(|(at, idea)| Change::AddIdea {
        idea,
        position: Some(at),
    }));
    let change = Change::Batch(steps);
    let mut caller = disk_side.clone();
    let back = owed.iter().map(|(a, b)| (*b, *a)).collect::<Vec<_>>();
    // The inverse is computed on the caller's side: undo the renumbering there.
    for idea in caller.ideas.iter_mut() {
        if let Some((_, to)) = back.iter().find(|(from, _)| *from == idea.id) {
            idea.id = *to;
        }
    }
    let inverse = caller.apply(change.clone()).ok()?;
    Some((change, inverse))
}

/// Ids of the ideas a change adds, in order.
pub(crate) fn added_ids(change: &Change) -> Vec<IdeaId> {
    match change {
        Change::AddIdea { idea, .. } => vec![idea.id],
        Change::Batch(changes) => changes.iter().flat_map(added_ids).collect(),
        _ => Vec::new(),
    }
}

/// `change` with the ideas of `moved` (old, new) under their new ids; for a board's undo
/// history after [`SessionFile::take_renumbered`](super::SessionFile::take_renumbered).
pub fn renumber(change: Change, moved: &[(IdeaId, IdeaId)]) -> Change {
    remap(change, &moved.iter().copied().collect())
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
        | Change::Roadmap(_)
        | Change::AddInboxItem { .. }
        | Change::RemoveInboxItem { .. }
        | Change::EditInboxItem { .. }
        | Change::SetRoomRules { .. }
        | Change::SetJoinCode { .. }) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testutil::{add, session};

    #[test]
    fn rebase_keeps_the_printed_id_and_renumbers_the_callers_idea() {
        // Disk: the caller's state plus a foreign idea 1 (its id printed) and an edit of it.
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
        let rebased = rebase(&mut replica, &pending, &mine).unwrap();
        assert_eq!(rebased.renumbered, vec![(IdeaId(1), IdeaId(2))]);

        let mut board = caller;
        board.apply(mine).unwrap();
        let mut disk_side = replica.clone();
        for (_, inverse) in rebased.pending.iter().rev() {
            disk_side.apply(inverse.clone()).unwrap();
        }
        let (fixup, _) = renumbering(&disk_side, &rebased.renumbered).unwrap();
        board.apply(fixup).unwrap();
        for (c, _) in &rebased.pending {
            board.apply(c.clone()).unwrap();
        }
        let mut replayed = disk;
        replay_one(&mut replayed, rebased.record).unwrap();
        assert_eq!(board, replayed);
        assert_eq!(board, replica);
        assert_eq!(board.idea(IdeaId(1)).unwrap().text, "foreign, edited");
        assert_eq!(board.idea(IdeaId(2)).unwrap().text, "mine");
        // The caller's idea stays where the caller put it.
        assert_eq!(board.ideas[0].text, "mine");
    }
}
