//! The inbox: ideas participants sent from their phones, waiting for the facilitator.
//!
//! An arrival is an [`InboxItem`] added with [`Change::AddInboxItem`]; accepting it removes
//! it from the inbox and adds an [`Idea`] that keeps its [`Source`], in one
//! [`Change::Batch`] so one undo brings it back. Every submission carries a client-made id,
//! and [`Session::has_submission`] says whether the session holds it already, so a phone
//! that retries never gets its idea stored twice.

use serde::{Deserialize, Serialize};

use super::change::clamp;
use super::{Change, Idea, IdeaId, ModelError, Session, Timestamp};

/// Where an idea came from when it was not typed on the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The participant's (random, anonymous) id, the same for all their sendings.
    pub participant: String,
    /// The client-made id of this one submission.
    pub submission: String,
    /// The name the participant gave, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The organisation the participant gave, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

impl Source {
    /// "name, organisation", or `None` when the participant stayed anonymous.
    pub fn signature(&self) -> Option<String> {
        let parts: Vec<&str> = [self.name.as_str(), self.organisation.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// One idea sent from a phone, waiting in the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InboxItem {
    /// The text as sent, already cleaned.
    pub text: String,
    /// The theme the participant suggested (`None`: let the facilitator decide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Who sent it and its submission id.
    pub source: Source,
    /// When it arrived.
    pub received: Timestamp,
}

/// How the room treats phone ideas.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomRules {
    /// Ideas from phones go straight onto the wall, not into the inbox.
    #[serde(default)]
    pub auto_accept: bool,
    /// Phones may see the accepted ideas (never the inbox).
    #[serde(default)]
    pub show_wall: bool,
    /// The join code phones use, kept so a room opened again (a board restarted on the same
    /// port) keeps it; changed only by [`Change::SetJoinCode`], never by undo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl RoomRules {
    /// True for the rules a new session has (so files need not mention them).
    pub fn is_default(&self) -> bool {
        *self == RoomRules::default()
    }
}

impl Session {
    /// True when the submission with this client-made id is in the inbox or on the wall.
    pub fn has_submission(&self, submission: &str) -> bool {
        self.inbox_index(submission).is_some()
            || self.ideas.iter().any(|i| {
                i.source
                    .as_ref()
                    .is_some_and(|s| s.submission == submission)
            })
    }

    /// Position of the inbox item with this submission id.
    pub fn inbox_index(&self, submission: &str) -> Option<usize> {
        self.inbox
            .iter()
            .position(|i| i.source.submission == submission)
    }

    /// Validates an inbox change against the current state.
    pub(super) fn check_inbox(&self, change: &Change) -> Result<(), ModelError> {
        match change {
            Change::AddInboxItem { item, .. } => {
                if self.has_submission(&item.source.submission) {
                    return Err(ModelError::DuplicateSubmission(
                        item.source.submission.clone(),
                    ));
                }
                Ok(())
            }
            Change::RemoveInboxItem { submission } | Change::EditInboxItem { submission, .. } => {
                self.inbox_index(submission)
                    .map(|_| ())
                    .ok_or_else(|| ModelError::NoSuchInboxItem(submission.clone()))
            }
            Change::SetRoomRules { .. } => Ok(()),
            Change::SetJoinCode { code } => match code {
                Some(c) if !join_code_ok(c) => Err(ModelError::BadJoinCode(c.clone())),
                _ => Ok(()),
            },
            _ => unreachable!("not an inbox change"),
        }
    }

    /// Performs a checked inbox change and returns its inverse.
    pub(super) fn apply_inbox(&mut self, change: Change) -> Change {
        match change {
            Change::AddInboxItem { item, position } => {
                let submission = item.source.submission.clone();
                let at = clamp(position, self.inbox.len());
                self.inbox.insert(at, *item);
                Change::RemoveInboxItem { submission }
            }
            Change::RemoveInboxItem { submission } => {
                let at = self.inbox_index(&submission).expect("checked before apply");
                Change::AddInboxItem {
                    item: Box::new(self.inbox.remove(at)),
                    position: Some(at),
                }
            }
            Change::EditInboxItem { submission, text } => {
                let at = self.inbox_index(&submission).expect("checked before apply");
                let old = std::mem::replace(&mut self.inbox[at].text, text);
                Change::EditInboxItem {
                    submission,
                    text: old,
                }
            }
            Change::SetRoomRules { mut rules } => {
                // The rules' other settings only: undoing a toggle must not bring back a
                // join code rotated since (it may be the one that leaked).
                rules.code = self.room.code.clone();
                Change::SetRoomRules {
                    rules: std::mem::replace(&mut self.room, rules),
                }
            }
            Change::SetJoinCode { code } => Change::SetJoinCode {
                code: std::mem::replace(&mut self.room.code, code),
            },
            _ => unreachable!("not an inbox change"),
        }
    }
}

/// True for a join code as the room makes them: 8 digits and capitals.
pub fn join_code_ok(code: &str) -> bool {
    code.len() == 8
        && code
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
}

/// Accepts the inbox item `submission` into `theme` (`None`: the unsorted pool) as a new
/// idea that keeps its source; one step to undo.
pub fn accept_inbox(
    session: &Session,
    submission: &str,
    theme: Option<&str>,
) -> Result<Change, ModelError> {
    let item = session
        .inbox_index(submission)
        .map(|at| &session.inbox[at])
        .ok_or_else(|| ModelError::NoSuchInboxItem(submission.to_string()))?;
    let mut idea = Idea::new(session.peek_id(), &item.text, theme, item.received);
    idea.source = Some(Box::new(item.source.clone()));
    Ok(Change::Batch(vec![
        Change::RemoveInboxItem {
            submission: submission.to_string(),
        },
        Change::AddIdea {
            idea,
            position: None,
        },
    ]))
}

/// Accepts the inbox item `submission` and merges it into the idea `into`: its text, with
/// `note` saying where it came from ("puhelimesta: Aino"), becomes a sub-point and part of
/// the merge history of `into`, so the summary keeps its source; one step to undo.
pub fn merge_inbox(
    session: &Session,
    submission: &str,
    into: IdeaId,
    note: &str,
) -> Result<Change, ModelError> {
    let theme = session
        .idea(into)
        .ok_or(ModelError::NoSuchIdea(into))?
        .theme
        .clone();
    let accept = accept_inbox(session, submission, theme.as_deref())?;
    let new_id = session.peek_id();
    let mut scratch = session.clone();
    scratch.apply(accept.clone())?;
    // The merged idea's own source goes away with it: its wording carries it on.
    if let Some(idea) = scratch.ideas.iter_mut().find(|i| i.id == new_id)
        && !note.is_empty()
    {
        idea.text = format!("{} ({note})", idea.text);
    }
    let merge = super::merge_ideas(&scratch, into, &[new_id], true)?;
    Ok(Change::Batch(vec![accept, merge]))
}

/// The change that stores a phone idea that just arrived: into the inbox, or straight onto
/// the wall when the session accepts automatically (into the suggested theme if it exists).
pub fn arrival(session: &Session, item: InboxItem) -> Change {
    if !session.room.auto_accept {
        return Change::AddInboxItem {
            item: Box::new(item),
            position: None,
        };
    }
    let theme = item.theme.as_deref().filter(|k| session.theme(k).is_some());
    let mut idea = Idea::new(session.peek_id(), &item.text, theme, item.received);
    idea.source = Some(Box::new(item.source));
    Change::AddIdea {
        idea,
        position: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Theme, ThemeSet};

    fn session() -> Session {
        let set = ThemeSet {
            key: "t".into(),
            name: crate::model::Names::same("t"),
            description: String::new(),
            themes: vec![
                Theme::new("tilat", "Tilat"),
                Theme::new("viestinta", "Viestintä"),
            ],
        };
        Session::new("Kumppanuuspöytä", None, &set)
    }

    fn item(submission: &str, text: &str) -> InboxItem {
        InboxItem {
            text: text.into(),
            theme: Some("tilat".into()),
            source: Source {
                participant: "p1".into(),
                submission: submission.into(),
                name: "Aino".into(),
                organisation: String::new(),
            },
            received: chrono::DateTime::parse_from_rfc3339("2019-04-17T13:05:00+03:00").unwrap(),
        }
    }

    #[test]
    fn the_same_submission_is_never_stored_twice() {
        let mut s = session();
        let add = arrival(&s, item("a1", "Kerhotilat iltaisin"));
        s.apply(add.clone()).unwrap();
        assert_eq!(
            s.apply(add),
            Err(ModelError::DuplicateSubmission("a1".into()))
        );
        assert_eq!(s.inbox.len(), 1);
    }

    #[test]
    fn accepting_keeps_the_source_and_undo_brings_the_item_back() {
        let mut s = session();
        s.apply(arrival(&s, item("a1", "Kerhotilat iltaisin")))
            .unwrap();
        let before = s.clone();
        let undo = s
            .apply(accept_inbox(&s, "a1", Some("viestinta")).unwrap())
            .unwrap();
        assert!(s.inbox.is_empty());
        let idea = s.ideas.last().unwrap();
        assert_eq!(idea.theme.as_deref(), Some("viestinta"));
        assert_eq!(
            idea.source.as_ref().unwrap().signature().as_deref(),
            Some("Aino")
        );
        assert!(
            s.has_submission("a1"),
            "an accepted idea still counts as stored"
        );
        s.apply(undo).unwrap();
        // Ids are never reused, so only `next_id` may differ.
        assert_eq!((&s.inbox, &s.ideas), (&before.inbox, &before.ideas));
    }

    #[test]
    fn merging_makes_the_text_a_sub_point_of_the_kept_idea() {
        let mut s = session();
        let keep = Idea::new(
            s.peek_id(),
            "Tiloja yhdistyksille",
            Some("tilat"),
            item("x", "").received,
        );
        let keep_id = keep.id;
        s.apply(Change::AddIdea {
            idea: keep,
            position: None,
        })
        .unwrap();
        s.apply(arrival(&s, item("a1", "Kerhotilat iltaisin")))
            .unwrap();
        s.apply(merge_inbox(&s, "a1", keep_id, "puhelimesta").unwrap())
            .unwrap();
        assert_eq!(s.ideas.len(), 1);
        assert_eq!(
            s.ideas[0].sub_points,
            vec!["Kerhotilat iltaisin (puhelimesta)".to_string()]
        );
        assert!(s.inbox.is_empty());
    }

    #[test]
    fn auto_accept_puts_the_idea_on_the_wall_in_the_suggested_theme() {
        let mut s = session();
        s.apply(Change::SetRoomRules {
            rules: RoomRules {
                auto_accept: true,
                show_wall: false,
                ..RoomRules::default()
            },
        })
        .unwrap();
        s.apply(arrival(&s, item("a1", "Kerhotilat iltaisin")))
            .unwrap();
        assert!(s.inbox.is_empty());
        assert_eq!(s.ideas[0].theme.as_deref(), Some("tilat"));
    }

    #[test]
    fn undo_of_a_rules_toggle_never_brings_back_a_rotated_code() {
        let mut s = session();
        let mut history = crate::model::History::default();
        let code = |c: &str| Change::SetJoinCode {
            code: Some(c.to_string()),
        };
        s.apply(code("AAAA2222")).unwrap();
        let mut rules = s.room.clone();
        rules.show_wall = true;
        history
            .perform(&mut s, Change::SetRoomRules { rules })
            .unwrap();
        // The code leaked; the facilitator rotates it, then undoes the wall toggle.
        s.apply(code("BBBB3333")).unwrap();
        history.undo(&mut s).unwrap();
        assert!(!s.room.show_wall);
        assert_eq!(s.room.code.as_deref(), Some("BBBB3333"));
        history.redo(&mut s).unwrap();
        assert_eq!(s.room.code.as_deref(), Some("BBBB3333"));
    }

    #[test]
    fn a_join_code_that_is_not_the_rooms_kind_is_refused() {
        let mut s = session();
        let bad = Change::SetJoinCode {
            code: Some("<b>1234".to_string()),
        };
        assert_eq!(
            s.apply(bad),
            Err(ModelError::BadJoinCode("<b>1234".to_string()))
        );
        assert_eq!(s.room.code, None);
    }
}
