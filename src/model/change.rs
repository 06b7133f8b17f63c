//! Changes: the only way a session's content changes.
//!
//! [`Session::apply`] performs one change and returns its inverse, so undo, redo and the
//! journal all share this one code path.

use serde::{Deserialize, Serialize};

use super::{
    ActionItem, AgendaItem, Idea, IdeaId, Lang, ModelError, ParkingItem, Session, Theme,
    VotingRules,
};

/// One change to a session; serialisable so the store can journal it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// Insert an idea at `position` in the idea list (`None`: at the end).
    AddIdea {
        /// The new idea, with its id already chosen.
        idea: Idea,
        /// Where in [`Session::ideas`] it goes.
        position: Option<usize>,
    },
    /// Delete an idea.
    RemoveIdea {
        /// Which idea.
        id: IdeaId,
    },
    /// Replace an idea's text.
    EditIdea {
        /// Which idea.
        id: IdeaId,
        /// The new text.
        text: String,
    },
    /// Move an idea to a theme (`None`: the unsorted pool), at `position` in the idea list.
    MoveIdea {
        /// Which idea.
        id: IdeaId,
        /// Target theme key.
        theme: Option<String>,
        /// Where in [`Session::ideas`] it goes (`None`: at the end, so it shows last).
        position: Option<usize>,
    },
    /// Tag an idea with a group, or clear the tag.
    SetGroup {
        /// Which idea.
        id: IdeaId,
        /// Group number from 1, or none.
        group: Option<u32>,
    },
    /// Replace an idea's sub-points.
    SetSubPoints {
        /// Which idea.
        id: IdeaId,
        /// The new sub-points.
        sub_points: Vec<String>,
    },
    /// Insert a theme at `position` in the theme list (`None`: at the end).
    AddTheme {
        /// The new theme; its key must be unused.
        theme: Theme,
        /// Where in [`Session::themes`] it goes.
        position: Option<usize>,
    },
    /// Delete a theme that holds no ideas and no sub-themes.
    RemoveTheme {
        /// Which theme.
        key: String,
    },
    /// Rename a theme in one language.
    RenameTheme {
        /// Which theme.
        key: String,
        /// Which language's name.
        lang: Lang,
        /// The new name.
        name: String,
    },
    /// Set how many groups (Ryhmä 1…N) the session has.
    SetGroupCount {
        /// Number of groups.
        count: u32,
    },
    /// Several changes that undo as one, applied in order.
    Batch(Vec<Change>),
    /// Insert an agenda item at `position` (`None`: at the end); the current item stays current.
    AddAgendaItem {
        /// The new item.
        item: AgendaItem,
        /// Where in [`Session::agenda`] it goes.
        position: Option<usize>,
    },
    /// Delete the agenda item at `index`; if it was current, the next one becomes current.
    RemoveAgendaItem {
        /// Its index in [`Session::agenda`].
        index: usize,
    },
    /// Replace the agenda item at `index` (title, time, length, kind and prompt at once).
    EditAgendaItem {
        /// Its index in [`Session::agenda`].
        index: usize,
        /// The new contents.
        item: AgendaItem,
    },
    /// Move the agenda item at `from` so it ends up at `to`; the current item stays current.
    MoveAgendaItem {
        /// Its index now.
        from: usize,
        /// Its index afterwards.
        to: usize,
    },
    /// Make the agenda item at `index` the current one (`None`: no item is running).
    SetCurrentAgenda {
        /// Index in [`Session::agenda`].
        index: Option<usize>,
    },
    /// Give (`delta > 0`) or take back (`delta < 0`) votes; never below 0; refused over the cap
    /// and while voting is closed.
    Vote {
        /// Which idea.
        id: IdeaId,
        /// Votes to add, negative to remove.
        delta: i32,
    },
    /// Set an idea's vote count outright, unchecked (the inverse of a vote, a merge's sum).
    SetVotes {
        /// Which idea.
        id: IdeaId,
        /// The new count.
        votes: u32,
    },
    /// Replace the voting rules (budget, cap, hidden, closed).
    SetVotingRules {
        /// The new rules.
        rules: VotingRules,
    },
    /// Replace the wordings an idea was merged from.
    SetMergedFrom {
        /// Which idea.
        id: IdeaId,
        /// The merged wordings, oldest first.
        merged_from: Vec<String>,
    },
    /// Stop suggesting two ideas as duplicates; the pair is stored smaller id first.
    DismissDuplicate {
        /// The two ideas.
        pair: (IdeaId, IdeaId),
        /// Where in [`Session::dismissed_pairs`] it goes (`None`: at the end).
        position: Option<usize>,
    },
    /// Suggest two ideas as duplicates again.
    UndismissDuplicate {
        /// The two ideas, in either order.
        pair: (IdeaId, IdeaId),
    },
    /// Insert a parking-lot item at `position` (`None`: at the end).
    AddParkingItem {
        /// The new item.
        item: ParkingItem,
        /// Where in [`Session::parking`] it goes.
        position: Option<usize>,
    },
    /// Delete the parking-lot item at `index`.
    RemoveParkingItem {
        /// Its index in [`Session::parking`].
        index: usize,
    },
    /// Replace the text of the parking-lot item at `index`.
    EditParkingItem {
        /// Its index in [`Session::parking`].
        index: usize,
        /// The new text.
        text: String,
    },
    /// Insert an action at `position` (`None`: at the end).
    AddAction {
        /// The new action.
        action: ActionItem,
        /// Where in [`Session::actions`] it goes.
        position: Option<usize>,
    },
    /// Delete the action at `index`.
    RemoveAction {
        /// Its index in [`Session::actions`].
        index: usize,
    },
    /// Replace the action at `index` (text, owner, due date, status and links at once).
    EditAction {
        /// Its index in [`Session::actions`].
        index: usize,
        /// The new contents.
        action: ActionItem,
    },
}

impl Change {
    /// True when applying the change would not alter anything visible (e.g. an empty batch).
    pub fn is_empty(&self) -> bool {
        matches!(self, Change::Batch(changes) if changes.iter().all(Change::is_empty))
    }
}

impl Session {
    /// Applies `change` and returns the change that undoes it; on error nothing changed.
    pub fn apply(&mut self, change: Change) -> Result<Change, ModelError> {
        self.check(&change)?;
        Ok(self.apply_checked(change))
    }

    /// Validates `change` against the current state without changing anything.
    fn check(&self, change: &Change) -> Result<(), ModelError> {
        let need_idea = |id: IdeaId| self.idea(id).map(|_| ()).ok_or(ModelError::NoSuchIdea(id));
        let need_theme = |key: &Option<String>| match key {
            Some(k) if self.theme(k).is_none() => Err(ModelError::NoSuchTheme(k.clone())),
            _ => Ok(()),
        };
        match change {
            Change::AddIdea { idea, .. } => {
                if self.idea(idea.id).is_some() {
                    return Err(ModelError::DuplicateIdea(idea.id));
                }
                need_theme(&idea.theme)?;
                self.check_group(idea.group)
            }
            Change::RemoveIdea { id }
            | Change::EditIdea { id, .. }
            | Change::SetSubPoints { id, .. } => need_idea(*id),
            Change::MoveIdea { id, theme, .. } => {
                need_idea(*id)?;
                need_theme(theme)
            }
            Change::SetGroup { id, group } => {
                need_idea(*id)?;
                self.check_group(*group)
            }
            Change::AddTheme { theme, .. } => {
                if self.theme(&theme.key).is_some() {
                    return Err(ModelError::DuplicateTheme(theme.key.clone()));
                }
                need_theme(&theme.parent)?;
                // Two levels at most: a parent must itself be top-level.
                match theme.parent.as_deref().and_then(|p| self.theme(p)) {
                    Some(parent) if parent.parent.is_some() => {
                        Err(ModelError::TooDeep(theme.key.clone()))
                    }
                    _ => Ok(()),
                }
            }
            Change::RemoveTheme { key } => {
                need_theme(&Some(key.clone()))?;
                let used = self.ideas_in(Some(key)).next().is_some()
                    || self.children(key).next().is_some();
                if used {
                    return Err(ModelError::ThemeNotEmpty(key.clone()));
                }
                Ok(())
            }
            Change::RenameTheme { key, .. } => need_theme(&Some(key.clone())),
            Change::SetGroupCount { count } => {
                match self.ideas.iter().filter_map(|i| i.group).max() {
                    Some(used) if used > *count => Err(ModelError::GroupInUse(used)),
                    _ => Ok(()),
                }
            }
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
                need_idea(*id)?;
                self.check_vote(*id, *delta)
            }
            Change::SetVotes { id, .. } | Change::SetMergedFrom { id, .. } => need_idea(*id),
            // The ideas need not exist: undoing an un-dismiss may follow their removal.
            Change::DismissDuplicate { pair, .. } => self.check_dismiss(*pair),
            Change::UndismissDuplicate { pair } => self.check_undismiss(*pair),
            Change::RemoveParkingItem { index } | Change::EditParkingItem { index, .. } => {
                self.need_parking(*index)
            }
            Change::RemoveAction { index } | Change::EditAction { index, .. } => {
                self.need_action(*index)
            }
            Change::Batch(changes) => {
                // A batch is checked step by step on a scratch copy, so later steps may
                // depend on earlier ones and a failure leaves the session untouched.
                let mut scratch = self.clone();
                for c in changes {
                    scratch.apply(c.clone())?;
                }
                Ok(())
            }
        }
    }

    fn check_group(&self, group: Option<u32>) -> Result<(), ModelError> {
        match group {
            Some(g) if g == 0 || g > self.groups => Err(ModelError::NoSuchGroup(g)),
            _ => Ok(()),
        }
    }

    pub(super) fn need_agenda(&self, index: usize) -> Result<(), ModelError> {
        if index < self.agenda.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchAgendaItem(index))
        }
    }

    pub(super) fn need_parking(&self, index: usize) -> Result<(), ModelError> {
        if index < self.parking.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchParkingItem(index))
        }
    }

    pub(super) fn need_action(&self, index: usize) -> Result<(), ModelError> {
        if index < self.actions.len() {
            Ok(())
        } else {
            Err(ModelError::NoSuchAction(index))
        }
    }

    fn idea_mut(&mut self, id: IdeaId) -> &mut Idea {
        let index = self.idea_index(id).expect("checked before apply");
        &mut self.ideas[index]
    }

    /// Performs a checked change and returns its inverse.
    fn apply_checked(&mut self, change: Change) -> Change {
        match change {
            Change::AddIdea { idea, position } => {
                let id = idea.id;
                self.next_id = self.next_id.max(id.0.saturating_add(1));
                let at = position.unwrap_or(self.ideas.len()).min(self.ideas.len());
                self.ideas.insert(at, idea);
                Change::RemoveIdea { id }
            }
            Change::RemoveIdea { id } => {
                let at = self.idea_index(id).expect("checked before apply");
                let idea = self.ideas.remove(at);
                Change::AddIdea {
                    idea,
                    position: Some(at),
                }
            }
            Change::EditIdea { id, text } => {
                let old = std::mem::replace(&mut self.idea_mut(id).text, text);
                Change::EditIdea { id, text: old }
            }
            Change::MoveIdea {
                id,
                theme,
                position,
            } => {
                let from = self.idea_index(id).expect("checked before apply");
                let mut idea = self.ideas.remove(from);
                let old_theme = std::mem::replace(&mut idea.theme, theme);
                let at = position.unwrap_or(self.ideas.len()).min(self.ideas.len());
                self.ideas.insert(at, idea);
                Change::MoveIdea {
                    id,
                    theme: old_theme,
                    position: Some(from),
                }
            }
            Change::SetGroup { id, group } => {
                let old = std::mem::replace(&mut self.idea_mut(id).group, group);
                Change::SetGroup { id, group: old }
            }
            Change::SetSubPoints { id, sub_points } => {
                let old = std::mem::replace(&mut self.idea_mut(id).sub_points, sub_points);
                Change::SetSubPoints {
                    id,
                    sub_points: old,
                }
            }
            Change::AddTheme { theme, position } => {
                let key = theme.key.clone();
                let at = position.unwrap_or(self.themes.len()).min(self.themes.len());
                self.themes.insert(at, theme);
                Change::RemoveTheme { key }
            }
            Change::RemoveTheme { key } => {
                let at = self.theme_index(&key).expect("checked before apply");
                let theme = self.themes.remove(at);
                Change::AddTheme {
                    theme,
                    position: Some(at),
                }
            }
            Change::RenameTheme { key, lang, name } => {
                let at = self.theme_index(&key).expect("checked before apply");
                let names = &mut self.themes[at].name;
                let old = match lang {
                    Lang::Fi => names.fi.clone(),
                    Lang::Sv => names.sv.clone(),
                    Lang::En => names.en.clone(),
                };
                names.set(lang, name);
                Change::RenameTheme {
                    key,
                    lang,
                    name: old,
                }
            }
            Change::SetGroupCount { count } => {
                let old = std::mem::replace(&mut self.groups, count);
                Change::SetGroupCount { count: old }
            }
            Change::Batch(changes) => {
                let mut inverses: Vec<Change> =
                    changes.into_iter().map(|c| self.apply_checked(c)).collect();
                inverses.reverse();
                Change::Batch(inverses)
            }
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
            Change::SetMergedFrom { id, merged_from } => Change::SetMergedFrom {
                id,
                merged_from: std::mem::replace(&mut self.idea_mut(id).merged_from, merged_from),
            },
            Change::DismissDuplicate { pair, position } => {
                let pair = super::duplicates::ordered_pair(pair);
                let at = clamp(position, self.dismissed_pairs.len());
                self.dismissed_pairs.insert(at, pair);
                Change::UndismissDuplicate { pair }
            }
            Change::UndismissDuplicate { pair } => {
                let pair = super::duplicates::ordered_pair(pair);
                let at = self.dismissed_index(pair).expect("checked before apply");
                self.dismissed_pairs.remove(at);
                Change::DismissDuplicate {
                    pair,
                    position: Some(at),
                }
            }
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
        }
    }
}

/// `position` within a list of `len` items, `None` meaning the end.
pub(super) fn clamp(position: Option<usize>, len: usize) -> usize {
    position.unwrap_or(len).min(len)
}
