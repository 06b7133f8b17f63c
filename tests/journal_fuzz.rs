//! Fuzzing the journal with records that are valid JSON under a valid checksum but say
//! arbitrary things: whatever recovery accepts must be a session that can be written and read
//! back as it is (the model and the parser keep one rule), and nothing may panic.

mod common;

use std::io::Write;

use chrono::NaiveDate;
use common::{add_idea, sibling, store_session};
use foorumi::model::{Change, IdeaId, Theme};
use foorumi::store::SessionFile;
use proptest::prelude::*;
use serde_json::Value;

const AT: &str = "2019-04-17T13:20:00+03:00";

/// Valid changes of many kinds, the starting points the mutations bend.
fn seeds() -> Vec<Value> {
    let now = chrono::DateTime::parse_from_rfc3339(AT).unwrap();
    let changes = vec![
        add_idea(AT, 3, "Tilat iltaisin", "tilat"),
        Change::EditIdea {
            id: IdeaId(1),
            text: "muokattu".into(),
        },
        Change::MoveIdea {
            id: IdeaId(1),
            theme: Some("viestinta".into()),
            position: Some(0),
        },
        Change::AddTheme {
            theme: Theme::new("uusi", "Uusi teema"),
            position: None,
        },
        Change::RemoveTheme {
            key: "viestinta".into(),
        },
        Change::RenameTheme {
            key: "tilat".into(),
            lang: foorumi::model::Lang::Fi,
            name: "Tilat ja paikat".into(),
        },
        Change::SetGroupCount { count: 3 },
        Change::SetGroup {
            id: IdeaId(1),
            group: Some(2),
        },
        Change::Batch(vec![
            add_idea(AT, 4, "erä", "tilat"),
            Change::RemoveIdea { id: IdeaId(2) },
        ]),
        Change::Batch(vec![
            Change::AddTheme {
                theme: Theme::new("alateema", "Alateema"),
                position: Some(1),
            },
            add_idea(AT, 5, "alateemaan", "alateema"),
        ]),
        foorumi::model::add_parking_item("parkkiin", now),
        foorumi::model::add_action("toimenpide", "Kunta", None, &[IdeaId(1)]),
    ];
    changes
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect()
}

/// Values a mutation puts in place of a node.
fn replacement() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        1 => Just(None), // delete the node (a key of an object, an element of an array)
        2 => prop_oneof![
            Just(0u64),
            Just(1),
            Just(2),
            Just(u64::from(u32::MAX)),
            Just(1 << 62),
            Just((1 << 62) + 1),
            Just(u64::MAX),
        ]
        .prop_map(|n| Some(Value::from(n))),
        1 => Just(Some(Value::from(-1))),
        4 => prop_oneof![
            Just(""),
            Just("   "),
            Just("\u{1b}[31m"),
            Just("tilat"),
            Just("viestinta"),
            Just("a\u{0}b"),
            Just("Fi"),
            Just("Sv"),
        ]
        .prop_map(|s| Some(Value::from(s))),
        1 => "\\PC{0,12}".prop_map(|s| Some(Value::from(s))),
        1 => Just(Some(Value::Null)),
        1 => Just(Some(Value::Bool(true))),
        1 => Just(Some(Value::Array(Vec::new()))),
        1 => Just(Some(Value::Object(Default::default()))),
    ]
}

/// The path of every leaf (number, string, …) in `v`, and of every empty array or object.
fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(map) if map.is_empty() => out.push(at.clone()),
        Value::Array(items) if items.is_empty() => out.push(at.clone()),
        Value::Object(map) => {
            for (k, child) in map {
                at.push(k.clone());
                paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                paths(child, at, out);
                at.pop();
            }
        }
        _ => out.push(at.clone()),
    }
}

/// Replaces (or removes) the node at `path`.
fn mutate(v: &mut Value, path: &[String], with: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        if let Some(w) = with {
            *v = w;
        }
        return;
    };
    let mut node = v;
    for p in parents {
        node = match node {
            Value::Object(map) => map.get_mut(p).unwrap(),
            Value::Array(items) => &mut items[p.parse::<usize>().unwrap()],
            _ => return,
        };
    }
    match (node, with) {
        (Value::Object(map), Some(w)) => {
            map.insert(last.clone(), w);
        }
        (Value::Object(map), None) => {
            map.remove(last);
        }
        (Value::Array(items), Some(w)) => items[last.parse::<usize>().unwrap()] = w,
        (Value::Array(items), None) => {
            items.remove(last.parse::<usize>().unwrap());
        }
        _ => {}
    }
}

/// One framed record: magic, length, crc32 of length and payload, payload.
fn frame(payload: &[u8]) -> Vec<u8> {
    let len = payload.len() as u32;
    let mut h = crc32fast::Hasher::new();
    h.update(&len.to_le_bytes());
    h.update(payload);
    let mut out = vec![0xFF, b'F', b'R', 0x01];
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&h.finalize().to_le_bytes());
    out.extend_from_slice(payload);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_checksum_valid_record_leaves_a_session_that_reads_back(
        picks in prop::collection::vec((0usize..12, prop::collection::vec((any::<prop::sample::Index>(), replacement()), 1..4)), 1..6)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.ron");
        let mut session = store_session(
            "Sumea",
            NaiveDate::from_ymd_opt(2019, 4, 17),
            &[("tilat", "Tilat"), ("viestinta", "Viestintä")],
            2,
        );
        session.apply(add_idea(AT, 1, "yksi", "tilat")).unwrap();
        session.apply(add_idea(AT, 2, "kaksi", "viestinta")).unwrap();
        drop(SessionFile::create(&path, &session).unwrap());
        let seeds = seeds();
        let mut journal = std::fs::OpenOptions::new()
            .append(true)
            .open(sibling(&path, ".journal"))
            .unwrap();
        for (seed, mutations) in picks {
            let mut value = seeds[seed].clone();
            for (index, with) in mutations {
                let mut all = Vec::new();
                paths(&value, &mut Vec::new(), &mut all);
                let at = index.get(&all).clone();
                mutate(&mut value, &at, with);
            }
            journal.write_all(&frame(&serde_json::to_vec(&value).unwrap())).unwrap();
        }
        drop(journal);

        // Recovery takes what fits; the writer folds it into a snapshot.
        let mut opened = SessionFile::open(&path).unwrap();
        let recovered = opened.session.clone();
        opened.file.snapshot(&recovered).unwrap();
        drop(opened);
        // That snapshot reads back as it was: no fallback to a backup, nothing lost.
        let again = SessionFile::open(&path).unwrap();
        prop_assert_eq!(&again.session, &recovered);
        prop_assert!(again.report.iter().all(|n| !n.is_problem()), "{:?}", again.report);
    }
}
