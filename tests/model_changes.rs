//! Model operations: every change has an exact inverse, errors leave the session untouched.

use chrono::DateTime;
use foorumi::model::{Change, History, Idea, IdeaId, Lang, ModelError, Session, Theme};
use proptest::prelude::*;

fn session() -> Session {
    let set = foorumi::bundled::theme_set("kumppanuus").unwrap();
    let mut s = Session::new("Testi", None, &set);
    s.groups = 3;
    s
}

fn now() -> foorumi::model::Timestamp {
    DateTime::parse_from_rfc3339("2026-11-22T10:00:00+02:00").unwrap()
}

#[test]
fn add_move_edit_and_their_inverses() {
    let mut s = session();
    let idea = Idea::new(s.peek_id(), "Tilat maksutta", Some("tilat"), now());
    let undo_add = s
        .apply(Change::AddIdea {
            idea,
            position: None,
        })
        .unwrap();
    assert_eq!(undo_add, Change::RemoveIdea { id: IdeaId(1) });
    assert_eq!(s.peek_id(), IdeaId(2));
    let before = s.clone();
    let undo_move = s
        .apply(Change::MoveIdea {
            id: IdeaId(1),
            theme: None,
            position: None,
        })
        .unwrap();
    assert_eq!(s.ideas_in(None).count(), 1);
    s.apply(undo_move).unwrap();
    assert_eq!(s, before);
    let undo_edit = s
        .apply(Change::EditIdea {
            id: IdeaId(1),
            text: "Uusi".into(),
        })
        .unwrap();
    assert_eq!(s.ideas[0].text, "Uusi");
    s.apply(undo_edit).unwrap();
    assert_eq!(s, before);
}

#[test]
fn invalid_changes_are_refused_and_change_nothing() {
    let mut s = session();
    let before = s.clone();
    assert_eq!(
        s.apply(Change::EditIdea {
            id: IdeaId(9),
            text: "x".into()
        }),
        Err(ModelError::NoSuchIdea(IdeaId(9)))
    );
    let idea = Idea::new(IdeaId(1), "x", Some("ei-ole"), now());
    assert_eq!(
        s.apply(Change::AddIdea {
            idea,
            position: None
        }),
        Err(ModelError::NoSuchTheme("ei-ole".into()))
    );
    // A batch whose second step fails leaves even the first step undone.
    let ok = Idea::new(IdeaId(1), "x", Some("tilat"), now());
    let batch = Change::Batch(vec![
        Change::AddIdea {
            idea: ok,
            position: None,
        },
        Change::SetGroup {
            id: IdeaId(1),
            group: Some(7),
        },
    ]);
    assert_eq!(s.apply(batch), Err(ModelError::NoSuchGroup(7)));
    assert_eq!(s, before);
}

#[test]
fn themes_can_be_added_renamed_and_removed_only_when_empty() {
    let mut s = session();
    let undo = s
        .apply(Change::AddTheme {
            theme: Theme::new("uusi", "Uusi"),
            position: None,
        })
        .unwrap();
    s.apply(Change::RenameTheme {
        key: "uusi".into(),
        lang: Lang::Sv,
        name: "Ny".into(),
    })
    .unwrap();
    assert_eq!(s.theme("uusi").unwrap().name.get(Lang::Sv), "Ny");
    let idea = Idea::new(IdeaId(1), "x", Some("uusi"), now());
    s.apply(Change::AddIdea {
        idea,
        position: None,
    })
    .unwrap();
    assert_eq!(
        s.apply(undo.clone()),
        Err(ModelError::ThemeNotEmpty("uusi".into()))
    );
    s.apply(Change::RemoveIdea { id: IdeaId(1) }).unwrap();
    s.apply(undo).unwrap();
    assert!(s.theme("uusi").is_none());
}

/// A random user step, resolved against the current session so it is usually valid.
#[derive(Debug, Clone)]
enum Step {
    Add(String, usize),
    Remove(usize),
    Edit(usize, String),
    Move(usize, usize, Option<usize>),
    Group(usize, Option<u32>),
    Sub(usize, Vec<String>),
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    let text = "[a-zäöå 👩‍👩‍👧漢]{1,12}";
    prop_oneof![
        (text, 0usize..8).prop_map(|(t, k)| Step::Add(t, k)),
        (0usize..20).prop_map(Step::Remove),
        (0usize..20, text).prop_map(|(i, t)| Step::Edit(i, t)),
        (0usize..20, 0usize..8, proptest::option::of(0usize..20))
            .prop_map(|(i, k, p)| Step::Move(i, k, p)),
        (0usize..20, proptest::option::of(0u32..5)).prop_map(|(i, g)| Step::Group(i, g)),
        (0usize..20, proptest::collection::vec(text, 0..3)).prop_map(|(i, v)| Step::Sub(i, v)),
        Just(Step::Undo),
        Just(Step::Redo),
    ]
}

fn resolve(s: &Session, step: &Step) -> Option<Change> {
    let id = |i: usize| s.ideas.get(i % s.ideas.len().max(1)).map(|x| x.id);
    let key = |k: usize| s.themes.get(k).map(|t| t.key.clone());
    Some(match step.clone() {
        Step::Add(t, k) => Change::AddIdea {
            idea: Idea::new(s.peek_id(), &t, key(k).as_deref(), now()),
            position: None,
        },
        Step::Remove(i) => Change::RemoveIdea { id: id(i)? },
        Step::Edit(i, t) => Change::EditIdea {
            id: id(i)?,
            text: t,
        },
        Step::Move(i, k, p) => Change::MoveIdea {
            id: id(i)?,
            theme: key(k),
            position: p,
        },
        Step::Group(i, g) => Change::SetGroup {
            id: id(i)?,
            group: g,
        },
        Step::Sub(i, v) => Change::SetSubPoints {
            id: id(i)?,
            sub_points: v,
        },
        Step::Undo | Step::Redo => return None,
    })
}

proptest! {
    #[test]
    fn undoing_everything_restores_the_start(steps in proptest::collection::vec(step(), 0..40)) {
        let start = session();
        let mut s = start.clone();
        let mut history = History::default();
        for st in &steps {
            match st {
                Step::Undo => { history.undo(&mut s); }
                Step::Redo => { history.redo(&mut s); }
                _ => if let Some(c) = resolve(&s, st) { let _ = history.perform(&mut s, c); }
            }
        }
        while history.undo(&mut s).is_some() {}
        // next_id only grows so ids are never reused; everything else is back.
        s.next_id = start.next_id;
        prop_assert_eq!(s, start);
    }

    #[test]
    fn replaying_the_applied_changes_gives_the_same_session(steps in proptest::collection::vec(step(), 0..40)) {
        let mut s = session();
        let mut history = History::default();
        let mut journal = Vec::new();
        for st in &steps {
            let applied = match st {
                Step::Undo => history.undo(&mut s),
                Step::Redo => history.redo(&mut s),
                _ => resolve(&s, st).and_then(|c| history.perform(&mut s, c).ok()),
            };
            journal.extend(applied);
        }
        let mut replayed = session();
        for c in journal {
            replayed.apply(c).unwrap();
        }
        prop_assert_eq!(replayed, s);
    }
}

#[test]
fn group_count_cannot_drop_below_a_used_group_and_themes_stay_two_levels() {
    let mut s = session();
    let mut idea = Idea::new(IdeaId(1), "x", Some("tilat"), now());
    idea.group = Some(3);
    s.apply(Change::AddIdea {
        idea,
        position: None,
    })
    .unwrap();
    assert_eq!(
        s.apply(Change::SetGroupCount { count: 2 }),
        Err(ModelError::GroupInUse(3))
    );
    let mut sub = Theme::new("ala", "Ala");
    sub.parent = Some("tilat".into());
    s.apply(Change::AddTheme {
        theme: sub,
        position: None,
    })
    .unwrap();
    let mut third = Theme::new("kolmas", "Kolmas");
    third.parent = Some("ala".into());
    assert_eq!(
        s.apply(Change::AddTheme {
            theme: third,
            position: None
        }),
        Err(ModelError::TooDeep("kolmas".into()))
    );
}
