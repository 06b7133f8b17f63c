//! Changes: the only way a session's content changes.
//!
//! [`Session::apply`] performs one change and returns its inverse, so undo, redo and the
//! journal all share this one code path.

use serde::{Deserialize, Serialize};

use super::{Idea, IdeaId, Lang, Session, Theme};

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
}

/// Why a change could not be applied; the session is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// No idea has this id.
    #[error("no idea with id {0}")]
    NoSuchIdea(IdeaId),
    /// An idea with this id exists already.
    #[error("an idea with id {0} exists already")]
    DuplicateIdea(IdeaId),
    /// No theme has this key.
    #[error("no theme with key '{0}'")]
    NoSuchTheme(String),
    /// A theme with this key exists already.
    #[error("a theme with key '{0}' exists already")]
    DuplicateTheme(String),
    /// The theme still has ideas or sub-themes.
    #[error("theme '{0}' is not empty")]
    ThemeNotEmpty(String),
    /// The group number is outside 1…N.
    #[error("no group {0}")]
    NoSuchGroup(u32),
    /// Fewer groups were asked for than ideas still use.
    #[error("group {0} is still in use")]
    GroupInUse(u32),
    /// A sub-theme cannot have sub-themes.
    #[error("theme '{0}' would be a third level")]
    TooDeep(String),
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

    fn idea_mut(&mut self, id: IdeaId) -> &mut Idea {
        let index = self.idea_index(id).expect("checked before apply");
        &mut self.ideas[index]
    }

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
        }
    }
}
