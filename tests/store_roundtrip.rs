//! Property tests: sessions survive RON, recorded changes survive a crash, and no bytes in
//! a session file or journal can make the store panic.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use foorumi::model::text::clean;
use foorumi::model::{
    ActionItem, ActionStatus, AgendaItem, AgendaKind, Change, History, Idea, IdeaId, Lang, Names,
    ParkingItem, Session, Theme, ThemeSet,
};
use foorumi::store::{self, SessionFile};
use proptest::prelude::*;

// ---------------------------------------------------------------- text and sessions

const WORDS: &[&str] = &[
    "Tilat",
    "käyttöön",
    "yhdistysten",
    "Åbo",
    "ääni",
    "öljylamppu",
    "vapaaehtoistoiminta",
    "🏠",
    "👩‍👩‍👧",
    "\"lainaus\"",
    "back\\slash",
    "r#\"raw\"#",
    "(sulut)",
    "kaksi:piste,",
    "ß",
    "漢字",
    "—",
    "+65",
    "}{",
    "/*",
    "//",
    "'yksi'",
    "\u{200e}",
];

/// Clean one-line text of Finnish words, emoji and characters RON must escape.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..7).prop_map(|w| w.join(" "))
}

fn nonempty_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..7).prop_map(|w| w.join(" "))
}

fn multiline() -> impl Strategy<Value = String> {
    prop::collection::vec(text(), 0..4).prop_map(|lines| {
        let joined = lines.join("\n");
        joined.trim_matches('\n').to_string()
    })
}

fn timestamp() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (
        0i64..2_000_000_000,
        prop::sample::select(vec![0i32, 2, 3, -5]),
    )
        .prop_map(|(secs, hours)| {
            let offset = FixedOffset::east_opt(hours * 3600).unwrap();
            DateTime::from_timestamp(secs, 0)
                .unwrap()
                .with_timezone(&offset)
        })
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((2000i32..2040, 1u32..13, 1u32..29))
        .prop_map(|d| d.and_then(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day)))
}

fn time() -> impl Strategy<Value = Option<NaiveTime>> {
    prop::option::of((0u32..24, prop::sample::select(vec![0u32, 15, 30, 45])))
        .prop_map(|t| t.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)))
}

fn names() -> impl Strategy<Value = Names> {
    (nonempty_text(), text(), text()).prop_map(|(fi, sv, en)| Names { fi, sv, en })
}

/// A consistent session: unique ids and keys, ideas in existing themes and groups.
fn session() -> impl Strategy<Value = Session> {
    let themes = prop::collection::vec((names(), text(), any::<bool>()), 0..7);
    let facts = (
        nonempty_text(),
        date(),
        time(),
        time(),
        text(),
        prop::collection::vec(nonempty_text(), 0..3),
        prop::option::of(0u32..500),
        text(),
        multiline(),
        prop::sample::select(Lang::ALL.to_vec()),
        0u32..6,
    );
    (facts, themes)
        .prop_flat_map(|(facts, themes)| {
            let themes: Vec<Theme> = themes
                .into_iter()
                .enumerate()
                .map(|(i, (name, description, sub))| Theme {
                    key: format!("teema-{i}"),
                    // A sub-theme hangs under the first theme, which is always top-level.
                    parent: (sub && i > 0).then(|| "teema-0".to_string()),
                    name,
                    // Both shapes on file: a plain string and one per language.
                    description: Names {
                        sv: if i % 2 == 1 {
                            description.clone()
                        } else {
                            String::new()
                        },
                        ..Names::same(&description)
                    },
                })
                .collect();
            let keys: Vec<Option<String>> = std::iter::once(None)
                .chain(themes.iter().map(|t| Some(t.key.clone())))
                .collect();
            let groups = facts.10;
            let idea = (
                text(),
                prop::sample::select(keys),
                0..=groups,
                prop::collection::vec(nonempty_text(), 0..3),
                timestamp(),
                0u32..20,
                prop::collection::vec(nonempty_text(), 0..2),
                1u64..4,
            );
            (
                Just(facts),
                Just(themes),
                prop::collection::vec(idea, 0..12),
                prop::collection::vec((nonempty_text(), time(), 0u32..120, text()), 0..4),
                prop::collection::vec((nonempty_text(), timestamp()), 0..3),
                prop::collection::vec((nonempty_text(), text(), date(), 0u8..4), 0..3),
                0u64..5,
            )
        })
        .prop_map(
            |(facts, themes, ideas, agenda, parking, actions, extra_id)| {
                let (
                    title,
                    date,
                    start,
                    end,
                    place,
                    organisers,
                    participants,
                    subtitle,
                    intro,
                    language,
                    groups,
                ) = facts;
                let set = ThemeSet {
                    key: "testi".into(),
                    name: Names::same("Testi"),
                    description: String::new(),
                    themes,
                };
                let mut s = Session::new(&title, date, &set);
                s.start = start;
                s.end = end;
                s.place = place;
                s.organisers = organisers;
                s.participants = participants;
                s.subtitle = subtitle;
                s.intro = intro;
                s.language = language;
                s.groups = groups;
                let mut id = 0;
                for (text, theme, group, sub_points, created, votes, merged_from, gap) in ideas {
                    id += gap;
                    let mut idea = Idea::new(IdeaId(id), &text, theme.as_deref(), created);
                    idea.group = (group > 0).then_some(group);
                    idea.sub_points = sub_points;
                    idea.votes = votes;
                    idea.merged_from = merged_from;
                    s.ideas.push(idea);
                }
                s.next_id = id + 1 + extra_id;
                s.agenda = agenda
                    .into_iter()
                    .enumerate()
                    .map(|(i, (title, start, minutes, prompt))| AgendaItem {
                        title,
                        start,
                        minutes,
                        kind: [AgendaKind::Opening, AgendaKind::Capture, AgendaKind::Voting][i % 3],
                        prompt,
                    })
                    .collect();
                s.parking = parking
                    .into_iter()
                    .map(|(text, created)| ParkingItem {
                        text,
                        created,
                        from_idea: s.ideas.first().map(|i| i.id),
                        sub_points: Vec::new(),
                    })
                    .collect();
                s.actions = actions
                    .into_iter()
                    .map(|(text, owner, due, status)| ActionItem {
                        text,
                        owner,
                        due,
                        status: [
                            ActionStatus::Open,
                            ActionStatus::Done,
                            ActionStatus::Partly,
                            ActionStatus::NotDone,
                        ][status as usize],
                        ideas: s.ideas.iter().take(2).map(|i| i.id).collect(),
                    })
                    .collect();
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sessions_survive_ron(s in session()) {
        let text = store::to_ron(&s);
        let back = store::parse_session(&text, "t.ron");
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), text);
        prop_assert_eq!(back.unwrap(), s);
    }

    #[test]
    fn any_title_comes_back_cleaned(title in any::<String>(), s in session()) {
        let mut s = s;
        s.title = title.clone();
        let back = store::parse_session(&store::to_ron(&s), "t.ron").unwrap();
        prop_assert_eq!(back.title, clean(&title));
    }

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in any::<String>()) {
        let _ = store::parse_session(&text, "t.ron");
    }

    #[test]
    fn mangled_session_files_never_panic(s in session(), cut in any::<prop::sample::Index>(),
                                          junk in "[(){}\\[\\]:,\"a-z0-9 #!\n]{0,12}") {
        let text = store::to_ron(&s);
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mangled = format!("{}{}{}", &text[..at], junk, &text[at..]);
        let _ = store::parse_session(&mangled, "t.ron");
        let _ = store::parse_session(&text[..at], "t.ron");
    }
}

// ---------------------------------------------------------------- recorded operations

/// One user step, interpreted against the current session so it is usually valid.
#[derive(Debug, Clone)]
enum Op {
    Add(String, u8, u8),
    Edit(u8, String),
    Remove(u8),
    Move(u8, u8, Option<u8>),
    Group(u8, u8),
    SubPoints(u8, Vec<String>),
    AddTheme(String, bool),
    RemoveTheme(u8),
    Rename(u8, u8, String),
    GroupCount(u8),
    Batch(u8, u8),
    Undo,
    Redo,
    Snapshot,
    Draft(String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (nonempty_text(), any::<u8>(), any::<u8>()).prop_map(|(t, a, b)| Op::Add(t, a, b)),
        2 => (any::<u8>(), text()).prop_map(|(i, t)| Op::Edit(i, t)),
        1 => any::<u8>().prop_map(Op::Remove),
        2 => (any::<u8>(), any::<u8>(), prop::option::of(any::<u8>())).prop_map(|(i, t, p)| Op::Move(i, t, p)),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(i, g)| Op::Group(i, g)),
        1 => (any::<u8>(), prop::collection::vec(nonempty_text(), 0..3)).prop_map(|(i, v)| Op::SubPoints(i, v)),
        1 => (nonempty_text(), any::<bool>()).prop_map(|(t, s)| Op::AddTheme(t, s)),
        1 => any::<u8>().prop_map(Op::RemoveTheme),
        1 => (any::<u8>(), any::<u8>(), nonempty_text()).prop_map(|(i, l, t)| Op::Rename(i, l, t)),
        1 => any::<u8>().prop_map(Op::GroupCount),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(i, t)| Op::Batch(i, t)),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
        1 => Just(Op::Snapshot),
        1 => text().prop_map(Op::Draft),
    ]
}

fn pick<T>(items: &[T], n: u8) -> Option<&T> {
    (!items.is_empty()).then(|| &items[n as usize % items.len()])
}

fn theme_choice(s: &Session, n: u8) -> Option<String> {
    // 0 is the unsorted pool, the rest pick a theme.
    let k = n as usize % (s.themes.len() + 1);
    (k > 0).then(|| s.themes[k - 1].key.clone())
}

fn group_choice(s: &Session, n: u8) -> Option<u32> {
    let g = n as u32 % (s.groups + 1);
    (g > 0).then_some(g)
}

fn stamp() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2015-02-04T13:00:00+02:00").unwrap()
}

/// The change an op stands for in `s`, if it makes sense there.
fn change_for(op: &Op, s: &Session) -> Option<Change> {
    let idea = |n: u8| pick(&s.ideas, n).map(|i| i.id);
    Some(match op {
        Op::Add(text, theme, group) => {
            let mut idea = Idea::new(
                s.peek_id(),
                text,
                theme_choice(s, *theme).as_deref(),
                stamp(),
            );
            idea.group = group_choice(s, *group);
            Change::AddIdea {
                idea,
                position: None,
            }
        }
        Op::Edit(i, text) => Change::EditIdea {
            id: idea(*i)?,
            text: text.clone(),
        },
        Op::Remove(i) => Change::RemoveIdea { id: idea(*i)? },
        Op::Move(i, t, p) => Change::MoveIdea {
            id: idea(*i)?,
            theme: theme_choice(s, *t),
            position: p.map(|p| p as usize % (s.ideas.len() + 1)),
        },
        Op::Group(i, g) => Change::SetGroup {
            id: idea(*i)?,
            group: group_choice(s, *g),
        },
        Op::SubPoints(i, v) => Change::SetSubPoints {
            id: idea(*i)?,
            sub_points: v.clone(),
        },
        Op::AddTheme(name, sub) => {
            let mut theme = Theme::new(&s.free_theme_key(name), name);
            // Two levels at most: a sub-theme only under a top-level theme.
            if *sub {
                theme.parent = s.top_themes().next().map(|t| t.key.clone());
            }
            Change::AddTheme {
                theme,
                position: None,
            }
        }
        Op::RemoveTheme(i) => Change::RemoveTheme {
            key: pick(&s.themes, *i)?.key.clone(),
        },
        Op::Rename(i, l, name) => Change::RenameTheme {
            key: pick(&s.themes, *i)?.key.clone(),
            lang: Lang::ALL[*l as usize % 3],
            name: name.clone(),
        },
        Op::GroupCount(n) => {
            // Never below a group in use: the model does not refuse that yet (see the store's
            // report), and the file would then not validate.
            let used = s.ideas.iter().filter_map(|i| i.group).max().unwrap_or(0);
            Change::SetGroupCount {
                count: used.max(*n as u32 % 6),
            }
        }
        Op::Batch(i, t) => {
            let id = idea(*i)?;
            Change::Batch(vec![
                Change::MoveIdea {
                    id,
                    theme: theme_choice(s, *t),
                    position: None,
                },
                Change::EditIdea {
                    id,
                    text: "Yhdistetty idea".into(),
                },
            ])
        }
        Op::Undo | Op::Redo | Op::Snapshot | Op::Draft(_) => return None,
    })
}

fn base_session() -> Session {
    let set = ThemeSet {
        key: "kumppanuus".into(),
        name: Names::same("Kumppanuus"),
        description: String::new(),
        themes: vec![
            Theme::new("tilat", "Tilat"),
            Theme::new("avustukset", "Avustukset"),
        ],
    };
    let mut s = Session::new(
        "Kumppanuuspöytä",
        NaiveDate::from_ymd_opt(2019, 4, 17),
        &set,
    );
    s.groups = 2;
    s
}

/// Runs `ops` as a board would: apply, then record; returns the session in memory.
fn run(file: &mut SessionFile, ops: &[Op]) -> (Session, Option<String>) {
    let mut s = base_session();
    let mut history = History::default();
    let mut draft = None;
    for op in ops {
        let applied = match op {
            Op::Undo => history.undo(&mut s),
            Op::Redo => history.redo(&mut s),
            Op::Snapshot => {
                file.snapshot(&s).unwrap();
                draft = None;
                None
            }
            Op::Draft(text) => {
                file.save_draft(text).unwrap();
                draft = (!text.is_empty()).then(|| text.clone());
                None
            }
            op => change_for(op, &s).and_then(|c| history.perform(&mut s, c).ok()),
        };
        if let Some(change) = applied {
            file.record(&change).unwrap();
        }
    }
    (s, draft)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn recorded_changes_survive_a_crash(ops in prop::collection::vec(op(), 0..40)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("foorumi.ron");
        let mut file = SessionFile::create(&path, &base_session()).unwrap();
        let (memory, draft) = run(&mut file, &ops);
        drop(file); // the process dies: no final snapshot

        let mut opened = SessionFile::open(&path).unwrap();
        prop_assert!(!opened.file.read_only());
        prop_assert!(opened.report.iter().all(|n| !n.is_problem()),
            "{:?}", opened.report.iter().map(|n| n.text(Lang::En)).collect::<Vec<_>>());
        prop_assert_eq!(&opened.session, &memory);
        prop_assert_eq!(opened.draft, draft);
        // The board folds the journal in after its first frame; a plain load then sees everything.
        if opened.file.fold_pending() {
            opened.file.snapshot(&opened.session).unwrap();
        }
        drop(opened.file);
        prop_assert_eq!(store::load(&path).unwrap(), memory);
        prop_assert!(store::check(&path).is_ok());
    }
}

// ---------------------------------------------------------------- arbitrary journal bytes

fn write_session(path: &Path) -> Vec<u8> {
    let file = SessionFile::create(path, &base_session()).unwrap();
    drop(file);
    std::fs::read(path.with_extension("ron.journal")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_journal_bytes_never_panic(tail in prop::collection::vec(any::<u8>(), 0..600),
                                           keep_header in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let header = write_session(&path);
        let mut bytes = if keep_header { header } else { Vec::new() };
        bytes.extend(tail);
        std::fs::write(path.with_extension("ron.journal"), &bytes).unwrap();
        let report = store::check(&path);
        prop_assert!(report.repaired().is_some());
        let opened = SessionFile::open(&path);
        prop_assert!(opened.is_ok(), "{:?}", opened.err());
        prop_assert_eq!(opened.unwrap().session, base_session());
    }

    #[test]
    fn arbitrary_snapshot_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, &bytes).unwrap();
        let _ = store::load(&path);
        let _ = store::check(&path);
        let _ = SessionFile::open(&path);
    }
}
