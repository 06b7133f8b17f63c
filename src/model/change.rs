//! Changes: the only way a session's content changes.
//!
//! [`Session::apply`] performs one change and returns its inverse, so undo, redo and the
//! journal all share this one code path. The changes to ideas and themes are performed
//! here; those that run a meeting (agenda, votes, parking lot, actions) in
//! `change_meeting.rs`.

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
    /// A change to the roadmap the session carries (see [`super::roadmap`]).
    Roadmap(super::roadmap::RoadmapChange),
    /// Put a phone idea into the inbox at `position` (`None`: at the end); refused when the
    /// session holds its submission id already.
    AddInboxItem {
        /// The arrival (boxed: it is the largest change).
        item: Box<super::InboxItem>,
        /// Where in [`Session::inbox`] it goes.
        position: Option<usize>,
    },
    /// Take an item out of the inbox (rejected, or accepted as part of a batch).
    RemoveInboxItem {
        /// Its client-made submission id.
        submission: String,
    },
    /// Replace the text of an inbox item.
    EditInboxItem {
        /// Its client-made submission id.
        submission: String,
        /// The new text.
        text: String,
    },
    /// Replace how the room treats phone ideas (auto-accept, show the wall).
    SetRoomRules {
        /// The new rules (their join code is ignored: see [`Change::SetJoinCode`]).
        rules: super::RoomRules,
    },
    /// Replace the room's join code (opening the room the first time, rotating it). Not a
    /// user step: undo never brings an old code back.
    SetJoinCode {
        /// The new code; `None` only as the inverse of the first one.
        code: Option<String>,
    },
}

impl Change {
    /// True when applying the change would not alter anything visible (e.g. an empty batch).
    pub fn is_empty(&self) -> bool {
        matches!(self, Change::Batch(changes) if changes.iter().all(Change::is_empty))
    }
}

/// The variants that run a meeting (agenda, votes, parking lot, actions), checked and
/// applied in `change_meeting.rs`. A pattern, so that `check` and `apply_checked` hand over
/// the same variants and both matches stay exhaustive.
macro_rules! meeting_change {
    () => {
        Change::AddAgendaItem { .. }
            | Change::RemoveAgendaItem { .. }
            | Change::EditAgendaItem { .. }
            | Change::MoveAgendaItem { .. }
            | Change::SetCurrentAgenda { .. }
            | Change::Vote { .. }
            | Change::SetVotes { .. }
            | Change::SetVotingRules { .. }
            | Change::AddParkingItem { .. }
            | Change::RemoveParkingItem { .. }
            | Change::EditParkingItem { .. }
            | Change::AddAction { .. }
            | Change::RemoveAction { .. }
            | Change::EditAction { .. }
    };
}

impl Session {
    /// Applies `change` and returns the change that undoes it; on error nothing changed.
    pub fn apply(&mut self, change: Change) -> Result<Change, ModelError> {
        self.check(&change)?;
        Ok(self.apply_checked(change))
    }

    /// Validates `change` against the current state without changing anything.
    fn check(&self, change: &Change) -> Result<(), ModelError> {
        let need_theme = |key: &Option<String>| match key {
            Some(k) if self.theme(k).is_none() => Err(ModelError::NoSuchTheme(k.clone())),
            _ => Ok(()),
        };
        match change {
            Change::AddIdea { idea, .. } => {
                if !super::idea_id_ok(idea.id) {
                    return Err(ModelError::IdeaIdTooLarge(idea.id));
                }
                if self.idea(idea.id).is_some() {
                    return Err(ModelError::DuplicateIdea(idea.id));
                }
                need_theme(&idea.theme)?;
                self.check_group(idea.group)
            }
            Change::RemoveIdea { id }
            | Change::EditIdea { id, .. }
            | Change::SetSubPoints { id, .. }
            | Change::SetMergedFrom { id, .. } => self.need_idea(*id),
            Change::MoveIdea { id, theme, .. } => {
                self.need_idea(*id)?;
                need_theme(theme)
            }
            Change::SetGroup { id, group } => {
                self.need_idea(*id)?;
                self.check_group(*group)
            }
            Change::AddTheme { theme, .. } => {
                if !super::theme_key_ok(&theme.key) {
                    return Err(ModelError::BadThemeKey(theme.key.clone()));
                }
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
            // The ideas need not exist: undoing an un-dismiss may follow their removal.
            Change::DismissDuplicate { pair, .. } => self.check_dismiss(*pair),
            Change::UndismissDuplicate { pair } => self.check_undismiss(*pair),
            Change::Batch(changes) => {
                // A batch is checked step by step on a scratch copy, so later steps may
                // depend on earlier ones and a failure leaves the session untouched.
                let mut scratch = self.clone();
                for c in changes {
                    scratch.apply(c.clone())?;
                }
                Ok(())
            }
            meeting_change!() => self.check_meeting(change),
            Change::Roadmap(c) => self.check_roadmap(c),
            Change::AddInboxItem { .. }
            | Change::RemoveInboxItem { .. }
            | Change::EditInboxItem { .. }
            | Change::SetRoomRules { .. }
            | Change::SetJoinCode { .. } => self.check_inbox(change),
        }
    }

    /// `Ok` when idea `id` exists.
    pub(super) fn need_idea(&self, id: IdeaId) -> Result<(), ModelError> {
        self.idea(id).map(|_| ()).ok_or(ModelError::NoSuchIdea(id))
    }

    fn check_group(&self, group: Option<u32>) -> Result<(), ModelError> {
        match group {
            Some(g) if g == 0 || g > self.groups => Err(ModelError::NoSuchGroup(g)),
            _ => Ok(()),
        }
    }

    /// The idea `id`, which `check` has found.
    pub(super) fn idea_mut(&mut self, id: IdeaId) -> &mut Idea {
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
            meeting @ meeting_change!() => self.apply_meeting(meeting),
            Change::Roadmap(c) => Change::Roadmap(self.apply_roadmap(c)),
            inbox @ (Change::AddInboxItem { .. }
            | Change::RemoveInboxItem { .. }
            | Change::EditInboxItem { .. }
            | Change::SetRoomRules { .. }
            | Change::SetJoinCode { .. }) => self.apply_inbox(inbox),
        }
    }
}

/// `position` within a list of `len` items, `None` meaning the end.
pub(super) fn clamp(position: Option<usize>, len: usize) -> usize {
    position.unwrap_or(len).min(len)
}
