//! Running the session, model layer: random sequences of agenda, voting, merging, parking,
//! action and duplicate-dismissal steps mixed with the board's own, with undo and redo.
//! Everything must undo back to the start, replay from the journal to the same session,
//! and survive the RON file and the JSON journal.

use chrono::DateTime;
use foorumi::model::{
    self, ActionStatus, AgendaItem, AgendaKind, Change, History, Idea, IdeaId, Session,
};
use proptest::prelude::*;

fn session() -> Session {
    let set = foorumi::bundled::theme_set("kumppanuus").unwrap();
    let mut s = Session::new("Kumppanuuspöytä", None, &set);
    s.groups = 3;
    s.participants = Some(12);
    s
}

fn now() -> model::Timestamp {
    DateTime::parse_from_rfc3339("2026-11-22T10:00:00+02:00").unwrap()
}

/// A random user step, resolved against the current session by the model's helpers.
#[derive(Debug, Clone)]
enum Step {
    Add(String, usize),
    Remove(usize),
    Edit(usize, String),
    Sub(usize, Vec<String>),
    Move(usize, usize, Option<usize>),
    Vote(usize, i32),
    Rules(Option<u32>, bool, bool),
    Merge(usize, Vec<usize>, bool),
    Park(usize),
    Unpark(usize, usize),
    AddParking(String),
    EditParking(usize, String),
    RemoveParking(usize),
    ParkingToAction(usize),
    AddAction(String, Option<usize>),
    EditAction(usize, usize, String),
    ToggleLink(usize, usize),
    RemoveAction(usize),
    ShiftAction(usize, bool),
    AddAgenda(String, usize, Option<usize>),
    EditAgenda(usize, String),
    RemoveAgenda(usize),
    MoveAgenda(usize, usize),
    Next,
    Previous,
    Current(Option<usize>),
    Dismiss(usize, usize),
    Undismiss(usize),
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    // Texts as cleaned input looks: no control characters, single inner spaces.
    let text = "[a-zäöå👩‍👩‍👧漢]{1,6}( [a-zäöå漢]{1,6})?";
    let i = 0usize..20;
    prop_oneof![
        (text, 0usize..8).prop_map(|(t, k)| Step::Add(t, k)),
        i.clone().prop_map(Step::Remove),
        (i.clone(), text).prop_map(|(i, t)| Step::Edit(i, t)),
        (i.clone(), proptest::collection::vec(text, 0..3)).prop_map(|(i, v)| Step::Sub(i, v)),
        (i.clone(), 0usize..8, proptest::option::of(0usize..20))
            .prop_map(|(i, k, p)| Step::Move(i, k, p)),
        (i.clone(), -3i32..5).prop_map(|(i, d)| Step::Vote(i, d)),
        (proptest::option::of(0u32..5), any::<bool>(), any::<bool>())
            .prop_map(|(c, closed, hidden)| Step::Rules(c, closed, hidden)),
        (
            i.clone(),
            proptest::collection::vec(0usize..20, 0..3),
            any::<bool>()
        )
            .prop_map(|(k, o, t)| Step::Merge(k, o, t)),
        i.clone().prop_map(Step::Park),
        (0usize..5, 0usize..8).prop_map(|(p, k)| Step::Unpark(p, k)),
        text.prop_map(Step::AddParking),
        (0usize..5, text).prop_map(|(p, t)| Step::EditParking(p, t)),
        (0usize..5).prop_map(Step::RemoveParking),
        (0usize..5).prop_map(Step::ParkingToAction),
        (text, proptest::option::of(0usize..20)).prop_map(|(t, l)| Step::AddAction(t, l)),
        (0usize..5, 0usize..4, text).prop_map(|(a, s, o)| Step::EditAction(a, s, o)),
        (0usize..5, i.clone()).prop_map(|(a, i)| Step::ToggleLink(a, i)),
        (0usize..5).prop_map(Step::RemoveAction),
        (0usize..5, any::<bool>()).prop_map(|(a, u)| Step::ShiftAction(a, u)),
        (text, 0usize..7, proptest::option::of(0usize..6))
            .prop_map(|(t, k, p)| Step::AddAgenda(t, k, p)),
        (0usize..6, text).prop_map(|(g, t)| Step::EditAgenda(g, t)),
        (0usize..6).prop_map(Step::RemoveAgenda),
        (0usize..6, 0usize..6).prop_map(|(f, t)| Step::MoveAgenda(f, t)),
        Just(Step::Next),
        Just(Step::Previous),
        proptest::option::of(0usize..6).prop_map(Step::Current),
        (i.clone(), i).prop_map(|(a, b)| Step::Dismiss(a, b)),
        (0usize..4).prop_map(Step::Undismiss),
        Just(Step::Undo),
        Just(Step::Redo),
    ]
}

/// The change a step makes, or `None` when it does not apply to this session.
fn resolve(s: &Session, step: &Step) -> Option<Change> {
    let id = |i: usize| s.ideas.get(i % s.ideas.len().max(1)).map(|x| x.id);
    let key = |k: usize| s.themes.get(k).map(|t| t.key.clone());
    let parking = |p: usize| p % s.parking.len().max(1);
    let action = |a: usize| a % s.actions.len().max(1);
    let agenda = |g: usize| g % s.agenda.len().max(1);
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
        Step::Sub(i, v) => Change::SetSubPoints {
            id: id(i)?,
            sub_points: v,
        },
        Step::Move(i, k, p) => Change::MoveIdea {
            id: id(i)?,
            theme: key(k),
            position: p,
        },
        Step::Vote(i, d) => model::vote(s, id(i)?, d).ok()?,
        Step::Rules(cap, closed, hidden) => model::set_voting_rules(s, |r| {
            r.cap_per_idea = cap;
            r.closed = closed;
            r.hidden = hidden;
            r.budget_per_participant = Some(3);
        }),
        Step::Merge(k, others, texts) => {
            let others: Vec<IdeaId> = others.into_iter().filter_map(id).collect();
            model::merge_ideas(s, id(k)?, &others, texts).ok()?
        }
        Step::Park(i) => model::park_idea(s, id(i)?, now()).ok()?,
        Step::Unpark(p, k) => model::unpark(s, parking(p), key(k).as_deref(), now()).ok()?,
        Step::AddParking(t) => model::add_parking_item(&t, now()),
        Step::EditParking(p, t) => model::edit_parking_item(s, parking(p), &t).ok()?,
        Step::RemoveParking(p) => model::remove_parking_item(s, parking(p)).ok()?,
        Step::ParkingToAction(p) => model::parking_to_action(s, parking(p)).ok()?,
        Step::AddAction(t, link) => {
            let links: Vec<IdeaId> = link.and_then(id).into_iter().collect();
            model::add_action(&t, "Järjestöareena", None, &links)
        }
        Step::EditAction(a, status, owner) => model::edit_action(s, action(a), |x| {
            x.status = ActionStatus::ALL[status];
            x.owner = owner;
        })
        .ok()?,
        Step::ToggleLink(a, i) => model::toggle_action_link(s, action(a), id(i)?).ok()?,
        Step::RemoveAction(a) => model::remove_action(s, action(a)).ok()?,
        Step::ShiftAction(a, up) => model::shift_action(s, action(a), up)?,
        Step::AddAgenda(t, k, p) => {
            model::add_agenda_item(AgendaItem::new(&t, AgendaKind::ALL[k]), p)
        }
        Step::EditAgenda(g, t) => model::edit_agenda_item(s, agenda(g), |x| x.prompt = t).ok()?,
        Step::RemoveAgenda(g) => {
            (!s.agenda.is_empty()).then_some(Change::RemoveAgendaItem { index: agenda(g) })?
        }
        Step::MoveAgenda(f, t) => (!s.agenda.is_empty()).then_some(Change::MoveAgendaItem {
            from: agenda(f),
            to: agenda(t),
        })?,
        Step::Next => model::next_agenda(s)?,
        Step::Previous => model::previous_agenda(s)?,
        Step::Current(g) => Change::SetCurrentAgenda {
            index: g.filter(|_| !s.agenda.is_empty()).map(agenda),
        },
        Step::Dismiss(a, b) => model::dismiss_duplicate(s, id(a)?, id(b)?).ok()?,
        Step::Undismiss(d) => Change::UndismissDuplicate {
            pair: *s.dismissed_pairs.get(d)?,
        },
        Step::Undo | Step::Redo => return None,
    })
}

/// What must hold after every step.
fn check_invariants(s: &Session) -> Result<(), TestCaseError> {
    if let Some(c) = s.current_agenda {
        prop_assert!(c < s.agenda.len(), "current {c} of {}", s.agenda.len());
    }
    let mut ids: Vec<IdeaId> = s.ideas.iter().map(|i| i.id).collect();
    ids.sort();
    ids.dedup();
    prop_assert_eq!(ids.len(), s.ideas.len());
    prop_assert!(ids.iter().all(|id| *id < s.peek_id()));
    let mut pairs = s.dismissed_pairs.clone();
    pairs.sort();
    pairs.dedup();
    prop_assert_eq!(pairs.len(), s.dismissed_pairs.len());
    Ok(())
}

/// Runs the steps with undo/redo; returns the session and the journal of applied changes.
fn run(steps: &[Step]) -> Result<(Session, History, Vec<Change>), TestCaseError> {
    let mut s = session();
    let mut history = History::default();
    let mut journal = Vec::new();
    for st in steps {
        let applied = match st {
            Step::Undo => history.undo(&mut s),
            Step::Redo => history.redo(&mut s),
            _ => resolve(&s, st).and_then(|c| history.perform(&mut s, c).ok()),
        };
        journal.extend(applied);
        check_invariants(&s)?;
    }
    Ok((s, history, journal))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn undoing_everything_restores_the_start(steps in proptest::collection::vec(step(), 0..50)) {
        let start = session();
        let (mut s, mut history, _) = run(&steps)?;
        while history.undo(&mut s).is_some() {}
        prop_assert!(!history.can_undo(), "an undo step was refused");
        // next_id only grows so ids are never reused; everything else is back.
        s.next_id = start.next_id;
        prop_assert_eq!(s, start);
    }

    #[test]
    fn every_undo_and_redo_returns_to_the_exact_state(steps in proptest::collection::vec(step(), 0..50)) {
        // The states before each step that can be undone, and after each that can be redone.
        let mut s = session();
        let mut history = History::default();
        let mut before: Vec<Session> = Vec::new();
        let mut after: Vec<Session> = Vec::new();
        let same = |a: &Session, b: &Session| {
            let mut a = a.clone();
            a.next_id = b.next_id;
            a == *b
        };
        for st in &steps {
            match st {
                Step::Undo => {
                    let was = s.clone();
                    if history.undo(&mut s).is_some() {
                        prop_assert!(same(&s, &before.pop().unwrap()), "undo after {:?}", st);
                        after.push(was);
                    } else {
                        prop_assert!(before.is_empty(), "an undo step was refused");
                    }
                }
                Step::Redo => {
                    let was = s.clone();
                    if history.redo(&mut s).is_some() {
                        prop_assert!(same(&s, &after.pop().unwrap()), "redo");
                        before.push(was);
                    } else {
                        prop_assert!(after.is_empty(), "a redo step was refused");
                    }
                }
                _ => {
                    let was = s.clone();
                    if let Some(c) = resolve(&s, st)
                        && history.perform(&mut s, c).is_ok()
                    {
                        before.push(was);
                        after.clear();
                    }
                }
            }
        }
    }

    #[test]
    fn replaying_the_applied_changes_gives_the_same_session(steps in proptest::collection::vec(step(), 0..50)) {
        let (s, _, journal) = run(&steps)?;
        let mut replayed = session();
        for c in journal {
            // The journal stores changes as JSON; they must come back unchanged.
            let json = serde_json::to_string(&c).unwrap();
            let back: Change = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &c);
            replayed.apply(back).unwrap();
        }
        prop_assert_eq!(replayed, s);
    }

    #[test]
    fn the_session_file_keeps_everything(steps in proptest::collection::vec(step(), 0..50)) {
        let (s, _, _) = run(&steps)?;
        let text = foorumi::store::to_ron(&s);
        let mut back = foorumi::store::parse_session(&text, "prop.ron").unwrap();
        back.next_id = s.next_id;
        prop_assert_eq!(back, s);
    }
}

#[test]
fn a_forum_runs_from_agenda_to_actions_and_undoes_step_by_step() {
    let mut s = session();
    let mut h = History::default();
    let start = s.clone();
    let mut states = vec![s.clone()];
    macro_rules! perform {
        ($change:expr) => {{
            let change = $change;
            h.perform(&mut s, change).unwrap();
            states.push(s.clone());
        }};
    }
    for (title, kind) in [
        ("Avaus", AgendaKind::Opening),
        ("Ryhmätyöt", AgendaKind::Capture),
        ("Äänestys", AgendaKind::Voting),
    ] {
        perform!(model::add_agenda_item(AgendaItem::new(title, kind), None));
    }
    perform!(model::next_agenda(&s).unwrap());
    perform!(model::next_agenda(&s).unwrap());
    for (n, text) in [
        "Kumppanuustalot",
        "Kumppanuustalo",
        "Tilat maksutta yhdistyksille",
    ]
    .into_iter()
    .enumerate()
    {
        let idea = Idea::new(IdeaId(n as u64 + 1), text, Some("tilat"), now());
        perform!(Change::AddIdea {
            idea,
            position: None
        });
    }
    let suggested = model::suggest_duplicates(&s);
    assert_eq!(suggested.len(), 1);
    let (a, b, _) = suggested[0];
    perform!(model::merge_ideas(&s, a, &[b], true).unwrap());
    perform!(model::next_agenda(&s).unwrap());
    perform!(model::set_voting_rules(&s, |r| r.cap_per_idea = Some(2)));
    perform!(model::vote(&s, IdeaId(1), 2).unwrap());
    assert!(model::vote(&s, IdeaId(1), 1).is_err());
    perform!(model::vote(&s, IdeaId(3), 1).unwrap());
    assert_eq!(
        model::ranking(&s, Some("tilat")),
        [(IdeaId(1), 2), (IdeaId(3), 1)]
    );
    perform!(model::park_idea(&s, IdeaId(3), now()).unwrap());
    perform!(model::parking_to_action(&s, 0).unwrap());
    perform!(model::set_action_status(&s, 0, ActionStatus::Partly).unwrap());
    assert_eq!(s.actions[0].ideas, [IdeaId(3)]);
    assert_eq!(s.current_agenda_item().unwrap().title, "Äänestys");
    let hits = model::search(&s, "KUMPPANUUSTALO");
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0].sub_points.len(),
        1,
        "the merged wording is a sub-point"
    );

    // Every undo step goes back exactly one state.
    states.pop();
    while let Some(expected) = states.pop() {
        h.undo(&mut s).unwrap();
        s.next_id = expected.next_id;
        assert_eq!(s, expected);
    }
    assert_eq!(s, start);
}
