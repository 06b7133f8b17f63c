//! Dot voting: the rules, giving and taking back votes, and the ranking.
//!
//! Votes are counted per idea as the facilitator enters them (the room votes with dots on
//! paper or by show of hands); participants are not tracked one by one. A vote is a
//! [`Change::Vote`] whose inverse sets the old count back, so undo never trips over the cap.

use serde::{Deserialize, Serialize};

use super::{Change, IdeaId, ModelError, Session};

/// How voting works in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VotingRules {
    /// Votes each participant may give, shown on the board; not enforced, since
    /// participants are not tracked one by one (see [`vote_budget`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_per_participant: Option<u32>,
    /// Most votes one idea may get; votes over it are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_per_idea: Option<u32>,
    /// Counts are hidden on the board until revealed, so early votes do not steer later ones.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Voting is over: votes are refused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
}

impl VotingRules {
    /// True for the rules of a session that never set any (not written to the file).
    pub fn is_default(&self) -> bool {
        *self == VotingRules::default()
    }
}

/// `votes` changed by `delta`, never below 0 nor above `u32::MAX`.
pub(super) fn add_votes(votes: u32, delta: i32) -> u32 {
    votes.saturating_add_signed(delta)
}

impl Session {
    /// Refuses a vote while voting is closed, and one that would go over the cap.
    pub(super) fn check_vote(&self, id: IdeaId, delta: i32) -> Result<(), ModelError> {
        if self.voting.closed {
            return Err(ModelError::VotingClosed);
        }
        let old = self.idea(id).map_or(0, |i| i.votes);
        let new = add_votes(old, delta);
        match self.voting.cap_per_idea {
            // Taking votes back is always fine, even from an idea over a lowered cap.
            Some(cap) if new > cap && new > old => Err(ModelError::OverVoteCap { id, cap }),
            _ => Ok(()),
        }
    }
}

/// A vote of `delta` for idea `id`, checked against the rules now.
pub fn vote(session: &Session, id: IdeaId, delta: i32) -> Result<Change, ModelError> {
    session.idea(id).ok_or(ModelError::NoSuchIdea(id))?;
    session.check_vote(id, delta)?;
    Ok(Change::Vote { id, delta })
}

/// Sets the voting rules to the current ones changed by `edit`.
pub fn set_voting_rules(session: &Session, edit: impl FnOnce(&mut VotingRules)) -> Change {
    let mut rules = session.voting;
    edit(&mut rules);
    Change::SetVotingRules { rules }
}

/// Sets every idea's votes back to 0 (a new round); `None` when no idea has votes.
pub fn clear_votes(session: &Session) -> Option<Change> {
    let changes: Vec<Change> = session
        .ideas
        .iter()
        .filter(|i| i.votes > 0)
        .map(|i| Change::SetVotes { id: i.id, votes: 0 })
        .collect();
    (!changes.is_empty()).then_some(Change::Batch(changes))
}

/// Votes given so far, over all ideas on the board.
pub fn votes_used(session: &Session) -> u64 {
    session.ideas.iter().map(|i| u64::from(i.votes)).sum()
}

/// Votes the room has in all: budget per participant × participants, when both are known.
pub fn vote_budget(session: &Session) -> Option<u64> {
    let per = session.voting.budget_per_participant?;
    Some(u64::from(per) * u64::from(session.participants?))
}

/// Ideas by votes, most first, ties in capture order (by id); every idea is listed, also
/// those without votes. `theme`: only ideas in that theme and its sub-themes; `None`: all.
pub fn ranking(session: &Session, theme: Option<&str>) -> Vec<(IdeaId, u32)> {
    let in_scope = |t: Option<&str>| match (theme, t) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(want), Some(t)) => {
            t == want || session.theme(t).and_then(|x| x.parent.as_deref()) == Some(want)
        }
    };
    let mut ranked: Vec<(IdeaId, u32)> = session
        .ideas
        .iter()
        .filter(|i| in_scope(i.theme.as_deref()))
        .map(|i| (i.id, i.votes))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Idea, Theme, ThemeSet};

    fn session() -> Session {
        let mut child = Theme::new("kumppanuustalot", "Kumppanuustalot");
        child.parent = Some("tilat".into());
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: vec![
                Theme::new("tilat", "Tilat"),
                child,
                Theme::new("viestinta", "Viestintä"),
            ],
        };
        let mut s = Session::new("Foorumi", None, &set);
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:00:00+02:00").unwrap();
        for (n, theme) in [
            (1, "tilat"),
            (2, "viestinta"),
            (3, "kumppanuustalot"),
            (4, "tilat"),
        ] {
            let idea = Idea::new(IdeaId(n), &format!("idea {n}"), Some(theme), t);
            s.apply(Change::AddIdea {
                idea,
                position: Some(0),
            })
            .unwrap();
        }
        s
    }

    fn give(s: &mut Session, id: u64, delta: i32) -> Result<Change, ModelError> {
        let c = vote(s, IdeaId(id), delta)?;
        s.apply(c)
    }

    #[test]
    fn votes_never_go_below_zero_and_undo_exactly() {
        let mut s = session();
        give(&mut s, 1, 2).unwrap();
        let before = s.clone();
        let undo = give(&mut s, 1, -5).unwrap();
        assert_eq!(s.idea(IdeaId(1)).unwrap().votes, 0);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
    }

    #[test]
    fn the_cap_refuses_more_votes_but_not_taking_back() {
        let mut s = session();
        s.apply(set_voting_rules(&s, |r| r.cap_per_idea = Some(3)))
            .unwrap();
        give(&mut s, 1, 3).unwrap();
        assert_eq!(
            give(&mut s, 1, 1),
            Err(ModelError::OverVoteCap {
                id: IdeaId(1),
                cap: 3
            })
        );
        assert_eq!(
            s.apply(Change::Vote {
                id: IdeaId(1),
                delta: 1
            }),
            Err(ModelError::OverVoteCap {
                id: IdeaId(1),
                cap: 3
            })
        );
        // Lower the cap under the count: taking back works, and undo of it too.
        s.apply(set_voting_rules(&s, |r| r.cap_per_idea = Some(1)))
            .unwrap();
        let undo = give(&mut s, 1, -1).unwrap();
        assert_eq!(s.idea(IdeaId(1)).unwrap().votes, 2);
        s.apply(undo).unwrap();
        assert_eq!(s.idea(IdeaId(1)).unwrap().votes, 3);
    }

    #[test]
    fn closed_voting_refuses_votes() {
        let mut s = session();
        s.apply(set_voting_rules(&s, |r| r.closed = true)).unwrap();
        assert_eq!(give(&mut s, 1, 1), Err(ModelError::VotingClosed));
        assert_eq!(give(&mut s, 9, 1), Err(ModelError::NoSuchIdea(IdeaId(9))));
    }

    #[test]
    fn ranking_orders_by_votes_then_capture_order_overall_and_per_theme() {
        let mut s = session();
        give(&mut s, 4, 2).unwrap();
        give(&mut s, 2, 2).unwrap();
        give(&mut s, 3, 5).unwrap();
        assert_eq!(
            ranking(&s, None),
            [
                (IdeaId(3), 5),
                (IdeaId(2), 2),
                (IdeaId(4), 2),
                (IdeaId(1), 0)
            ]
        );
        // A theme includes its sub-themes; a sub-theme only itself.
        assert_eq!(
            ranking(&s, Some("tilat")),
            [(IdeaId(3), 5), (IdeaId(4), 2), (IdeaId(1), 0)]
        );
        assert_eq!(ranking(&s, Some("kumppanuustalot")), [(IdeaId(3), 5)]);
        assert_eq!(votes_used(&s), 9);
        let undo = s.apply(clear_votes(&s).unwrap()).unwrap();
        assert_eq!(votes_used(&s), 0);
        assert_eq!(clear_votes(&s), None);
        s.apply(undo).unwrap();
        assert_eq!(votes_used(&s), 9);
    }

    #[test]
    fn the_budget_needs_participants() {
        let mut s = session();
        s.voting.budget_per_participant = Some(3);
        assert_eq!(vote_budget(&s), None);
        s.participants = Some(140);
        assert_eq!(vote_budget(&s), Some(420));
    }
}
