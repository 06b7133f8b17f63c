//! Merging duplicate ideas into one, as a single undoable step.

use super::fold::fold;
use super::{Change, IdeaId, ModelError, Session};

/// Merges `others` into `keep`: keeps `keep`'s wording, records the others' wordings (and
/// what they were merged from) in `merged_from`, sums the votes, adds the others' sub-points
/// (and, with `texts_as_sub_points`, their texts) that `keep` does not have yet, points
/// actions linked to the others at `keep`, and removes the others. One [`Change::Batch`],
/// so one undo brings everything back.
pub fn merge_ideas(
    session: &Session,
    keep: IdeaId,
    others: &[IdeaId],
    texts_as_sub_points: bool,
) -> Result<Change, ModelError> {
    let kept = session.idea(keep).ok_or(ModelError::NoSuchIdea(keep))?;
    let mut merged = Vec::new();
    for &id in others {
        let idea = session.idea(id).ok_or(ModelError::NoSuchIdea(id))?;
        if id != keep && !merged.iter().any(|m: &&super::Idea| m.id == id) {
            merged.push(idea);
        }
    }
    if merged.is_empty() {
        return Err(ModelError::NothingToMerge);
    }

    let same = |s: &str| fold(s.trim());
    let mut seen: Vec<String> = std::iter::once(&kept.text)
        .chain(&kept.sub_points)
        .map(|s| same(s))
        .collect();
    let mut sub_points = kept.sub_points.clone();
    let mut merged_from = kept.merged_from.clone();
    let mut votes = kept.votes;
    for idea in &merged {
        let text = texts_as_sub_points.then_some(&idea.text);
        for point in text.into_iter().chain(&idea.sub_points) {
            let key = same(point);
            if !key.is_empty() && !seen.contains(&key) {
                seen.push(key);
                sub_points.push(point.clone());
            }
        }
        merged_from.push(idea.text.clone());
        merged_from.extend(idea.merged_from.iter().cloned());
        votes = votes.saturating_add(idea.votes);
    }

    let mut changes: Vec<Change> = merged
        .iter()
        .map(|i| Change::RemoveIdea { id: i.id })
        .collect();
    if sub_points != kept.sub_points {
        changes.push(Change::SetSubPoints {
            id: keep,
            sub_points,
        });
    }
    if votes != kept.votes {
        changes.push(Change::SetVotes { id: keep, votes });
    }
    changes.push(Change::SetMergedFrom {
        id: keep,
        merged_from,
    });
    for (index, action) in session.actions.iter().enumerate() {
        if !action
            .ideas
            .iter()
            .any(|id| merged.iter().any(|m| m.id == *id))
        {
            continue;
        }
        let mut action = action.clone();
        let mut links = Vec::new();
        for id in action.ideas {
            let id = if merged.iter().any(|m| m.id == id) {
                keep
            } else {
                id
            };
            if !links.contains(&id) {
                links.push(id);
            }
        }
        action.ideas = links;
        changes.push(Change::EditAction { index, action });
    }
    Ok(Change::Batch(changes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionItem, Idea, Theme, ThemeSet};

    fn session() -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: vec![Theme::new("tilat", "Tilat")],
        };
        let mut s = Session::new("Foorumi", None, &set);
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:00:00+02:00").unwrap();
        let ideas = [
            (
                "Kumppanuustalot",
                vec!["yksi jokaiseen kaupunginosaan"],
                2,
                vec![],
            ),
            (
                "Kumppanuustalo",
                vec!["Yksi jokaiseen kaupunginosaan", "esteettömät"],
                3,
                vec!["Järjestötalo"],
            ),
            ("Tilat maksutta", vec![], 0, vec![]),
            ("kumppanuus-talot", vec![], 1, vec![]),
        ];
        for (n, (text, subs, votes, from)) in ideas.into_iter().enumerate() {
            let mut idea = Idea::new(IdeaId(n as u64 + 1), text, Some("tilat"), t);
            idea.sub_points = subs.into_iter().map(String::from).collect();
            idea.votes = votes;
            idea.merged_from = from.into_iter().map(String::from).collect();
            s.ideas.push(idea);
        }
        s.next_id = 5;
        let mut action = ActionItem::new("Selvitetään kumppanuustalon paikka");
        action.ideas = vec![IdeaId(2), IdeaId(3), IdeaId(4)];
        s.actions.push(action);
        s
    }

    #[test]
    fn merge_keeps_the_wording_sums_votes_and_unions_sub_points() {
        let mut s = session();
        let merge = merge_ideas(&s, IdeaId(1), &[IdeaId(2), IdeaId(4)], true).unwrap();
        s.apply(merge).unwrap();
        let kept = s.idea(IdeaId(1)).unwrap();
        assert_eq!(kept.text, "Kumppanuustalot");
        assert_eq!(kept.votes, 6);
        assert_eq!(
            kept.sub_points,
            [
                "yksi jokaiseen kaupunginosaan",
                "Kumppanuustalo",
                "esteettömät",
                "kumppanuus-talot"
            ]
        );
        assert_eq!(
            kept.merged_from,
            ["Kumppanuustalo", "Järjestötalo", "kumppanuus-talot"]
        );
        assert!(s.idea(IdeaId(2)).is_none() && s.idea(IdeaId(4)).is_none());
        assert_eq!(s.ideas.len(), 2);
        assert_eq!(s.actions[0].ideas, [IdeaId(1), IdeaId(3)]);
    }

    #[test]
    fn without_texts_as_sub_points_only_sub_points_are_added() {
        let mut s = session();
        s.apply(merge_ideas(&s, IdeaId(2), &[IdeaId(1)], false).unwrap())
            .unwrap();
        let kept = s.idea(IdeaId(2)).unwrap();
        assert_eq!(
            kept.sub_points,
            ["Yksi jokaiseen kaupunginosaan", "esteettömät"]
        );
        assert_eq!(kept.merged_from, ["Järjestötalo", "Kumppanuustalot"]);
    }

    #[test]
    fn merge_then_undo_gives_the_identical_session() {
        let mut s = session();
        let before = s.clone();
        let merge = merge_ideas(&s, IdeaId(3), &[IdeaId(4), IdeaId(1), IdeaId(2)], true).unwrap();
        let undo = s.apply(merge.clone()).unwrap();
        assert_eq!(s.ideas.len(), 1);
        s.apply(undo).unwrap();
        assert_eq!(s, before);
        // Redo after undo reaches the merged state again.
        let mut again = before.clone();
        again.apply(merge).unwrap();
        let mut history = crate::model::History::default();
        let mut t = before.clone();
        history
            .perform(
                &mut t,
                merge_ideas(&before, IdeaId(3), &[IdeaId(4), IdeaId(1), IdeaId(2)], true).unwrap(),
            )
            .unwrap();
        history.undo(&mut t).unwrap();
        assert_eq!(t, before);
        history.redo(&mut t).unwrap();
        assert_eq!(t, again);
    }

    #[test]
    fn bad_merges_are_refused() {
        let s = session();
        assert_eq!(
            merge_ideas(&s, IdeaId(1), &[IdeaId(1)], true),
            Err(ModelError::NothingToMerge)
        );
        assert_eq!(
            merge_ideas(&s, IdeaId(1), &[], true),
            Err(ModelError::NothingToMerge)
        );
        assert_eq!(
            merge_ideas(&s, IdeaId(9), &[IdeaId(1)], true),
            Err(ModelError::NoSuchIdea(IdeaId(9)))
        );
        assert_eq!(
            merge_ideas(&s, IdeaId(1), &[IdeaId(2), IdeaId(9)], true),
            Err(ModelError::NoSuchIdea(IdeaId(9)))
        );
        // A repeated id is merged once.
        let mut t = s.clone();
        t.apply(merge_ideas(&s, IdeaId(1), &[IdeaId(3), IdeaId(3)], false).unwrap())
            .unwrap();
        assert_eq!(t.ideas.len(), 3);
    }
}
