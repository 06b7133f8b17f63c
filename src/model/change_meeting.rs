//! The changes that run a meeting: the agenda, votes, the parking lot and actions. How
//! [`Session::apply`] checks each of them, performs it and builds its inverse.

use super::change::clamp;
use super::{Change, ModelError, Session};

impl Session {
    /// Validates a meeting change against the current state without changing anything.
    pub(super) fn check_meeting(&self, change: &Change) -> Result<(), ModelError> {
        match change {
            Change::SetVotingRules { .. }
            | Change::AddAgendaItem { .. }
            | Change::AddParkingItem { .. }
            | Change::AddAction { .. } => Ok(()),
            Change::RemoveAgendaItem { index } | Change::EditAgendaItem { index, .. } => {
                self.need_agenda(*index)
            }
            Change::MoveAgendaItem { from, to } => {
                self.need_agenda(*from)?;
                self.need_agenda(*to)
            }
            Change::SetCurrentAgenda { index } => index.map_or(Ok(()), |i| self.need_agenda(i)),
            Change::Vote { id, delta } => {
                self.need_idea(*id)?;
                self.check_vote(*id, *delta)
            }
            Change::SetVotes { id, .. } => self.need_idea(*id),
            Change::RemoveParkingItem { index } | Change::EditParkingItem { index, .. } => {
                self.need_parking(*index)
            }
            Change::RemoveAction { index } | Change::EditAction { index, .. } => {
                self.need_action(*index)
            }
            // `Session::check` hands over only the variants of `meeting_change!`.
            _ => unreachable!("not a meeting change"),
        }
    }

    /// `Ok` when there is an agenda item at `index`.
    pub(super) fn need_agenda(&self, index: usize) -> Result<(), ModelError> {
        if index < self.agenda.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchAgendaItem(index))
        }
    }

    /// `Ok` when there is a parking-lot item at `index`.
    pub(super) fn need_parking(&self, index: usize) -> Result<(), ModelError> {
        if index < self.parking.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchParkingItem(index))
        }
    }

    /// `Ok` when there is an action at `index`.
    pub(super) fn need_action(&self, index: usize) -> Result<(), ModelError> {
        if index < self.actions.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchAction(index))
        }
    }

    /// Performs a checked meeting change and returns its inverse.
    pub(super) fn apply_meeting(&mut self, change: Change) -> Change {
        match change {
            Change::AddAgendaItem { item, position } => self.insert_agenda_item(item, position),
            Change::RemoveAgendaItem { index } => self.remove_agenda_item(index),
            Change::EditAgendaItem { index, item } => Change::EditAgendaItem {
                index,
                item: std::mem::replace(&mut self.agenda[index], item),
            },
            Change::MoveAgendaItem { from, to } => self.move_agenda_item(from, to),
            Change::SetCurrentAgenda { index } => Change::SetCurrentAgenda {
                index: std::mem::replace(&mut self.current_agenda, index),
            },
            Change::Vote { id, delta } => {
                let idea = self.idea_mut(id);
                let old = idea.votes;
                idea.votes = super::vote::add_votes(old, delta);
                Change::SetVotes { id, votes: old }
            }
            Change::SetVotes { id, votes } => Change::SetVotes {
                id,
                votes: std::mem::replace(&mut self.idea_mut(id).votes, votes),
            },
            Change::SetVotingRules { rules } => Change::SetVotingRules {
                rules: std::mem::replace(&mut self.voting, rules),
            },
            Change::AddParkingItem { item, position } => {
                let at = clamp(position, self.parking.len());
                self.parking.insert(at, item);
                Change::RemoveParkingItem { index: at }
            }
            Change::RemoveParkingItem { index } => Change::AddParkingItem {
                item: self.parking.remove(index),
                position: Some(index),
            },
            Change::EditParkingItem { index, text } => Change::EditParkingItem {
                index,
                text: std::mem::replace(&mut self.parking[index].text, text),
            },
            Change::AddAction { action, position } => {
                let at = clamp(position, self.actions.len());
                self.actions.insert(at, action);
                Change::RemoveAction { index: at }
            }
            Change::RemoveAction { index } => Change::AddAction {
                action: self.actions.remove(index),
                position: Some(index),
            },
            Change::EditAction { index, action } => Change::EditAction {
                index,
                action: std::mem::replace(&mut self.actions[index], action),
            },
            // `Session::apply_checked` hands over only the variants of `meeting_change!`.
            _ => unreachable!("not a meeting change"),
        }
    }
}
