//! The roadmap as data: the bundled VAKE roadmap holds seed 003, the seed's own text imports
//! into the same roadmap, changes undo exactly, a new year carries what is unfinished and a
//! promoted action keeps its link. The store keeps a roadmap like a session.

mod common;

use foorumi::model::roadmap::{
    RoadmapChange, SourceLink, Status, Target, next_year, promote, set_status, set_text,
};
use foorumi::model::{Change, ModelError, Session};

/// Seed 003 as pasted from its PDF: the VAKE report to the board of 18.3.2025.
const SEED_003: &str = include_str!("golden/vake-2025-report.txt");

fn vake() -> Session {
    foorumi::bundled::roadmap("vake").expect("the VAKE roadmap is bundled")
}

/// Goals, areas (by name under their goal), actions (year, area name, text, carried, origin)
/// and the areas' statuses, without keys: what a reader compares with the seed's tables.
#[allow(clippy::type_complexity)]
fn content(s: &Session) -> (Vec<String>, Vec<(String, String)>, Vec<String>, Vec<String>) {
    let r = s.roadmap.as_deref().unwrap();
    let area_name = |key: &str| r.area(key).unwrap().name.clone();
    let goals = r
        .goals
        .iter()
        .map(|g| format!("{:?} {}", g.number, g.name.trim_end_matches('.')))
        .collect();
    let areas = r
        .areas
        .iter()
        .map(|a| (r.goal(&a.goal).unwrap().name.clone(), a.name.clone()))
        .collect();
    let actions = r
        .actions
        .iter()
        .map(|a| {
            format!(
                "{} | {} | {} | {:?} | {}",
                a.year,
                area_name(&a.area),
                a.text,
                a.carried_from,
                a.origin
            )
        })
        .collect();
    let mut statuses: Vec<String> = r
        .assessments
        .iter()
        .filter_map(|a| match &a.target {
            Target::Area(k) => Some(format!(
                "{} {} {:?} {:?}",
                a.year,
                area_name(k),
                a.status,
                a.date
            )),
            _ => None,
        })
        .collect();
    statuses.sort();
    (goals, areas, actions, statuses)
}

#[test]
fn bundled_vake_holds_every_goal_area_action_and_status_of_seed_003() {
    let s = vake();
    let r = s.roadmap.as_deref().unwrap();
    assert_eq!(r.goals.iter().filter(|g| g.number.is_some()).count(), 4);
    let binding = r.goals.iter().find(|g| g.binding).unwrap();
    assert_eq!(binding.indicators.len(), 2);
    assert_eq!(r.areas.len(), 11);
    assert_eq!(r.actions.iter().filter(|a| a.year == 2024).count(), 17);
    assert_eq!(r.actions.iter().filter(|a| a.year == 2025).count(), 15);
    // "* Siirtyi vuodelta 2024" four times, "** Nostettu selvityksestä" three times.
    assert_eq!(
        r.actions
            .iter()
            .filter(|a| a.carried_from == Some(2024))
            .count(),
        4
    );
    assert_eq!(
        r.actions
            .iter()
            .filter(|a| a.origin == "Nostettu selvityksestä")
            .count(),
        3
    );
    let counts = foorumi::model::roadmap::area_counts(r, 2024);
    assert_eq!(counts.get(Status::Achieved), 7);
    assert_eq!(counts.get(Status::Partly), 4);
    // Every action's words are in the seed (the seed wraps lines, so spaces are squeezed).
    let squeezed: String = SEED_003.split_whitespace().collect::<Vec<_>>().join(" ");
    for a in &r.actions {
        let words: String = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let head: String = words.chars().take(40).collect();
        assert!(squeezed.contains(&head), "not in seed 003: {}", a.text);
    }
}

#[test]
fn seed_003_text_imports_into_the_bundled_roadmap() {
    let imported = foorumi::import::roadmap::parse(SEED_003).expect("seed 003 is a roadmap");
    let (goals, areas, actions, statuses) = content(&imported.session);
    let (b_goals, b_areas, b_actions, b_statuses) = content(&vake());
    assert_eq!(goals, b_goals);
    assert_eq!(areas, b_areas);
    assert_eq!(actions, b_actions);
    assert_eq!(statuses, b_statuses);
    let r = imported.session.roadmap.as_deref().unwrap();
    // What was done per goal: every slide's points, none lost.
    let done: usize = r
        .assessments
        .iter()
        .filter(|a| matches!(a.target, Target::Goal(_)))
        .map(|a| a.done.len())
        .sum();
    let b_done: usize = vake()
        .roadmap
        .unwrap()
        .assessments
        .iter()
        .filter(|a| matches!(a.target, Target::Goal(_)))
        .map(|a| a.done.len())
        .sum();
    assert_eq!(done, b_done);
    // Nothing dropped: what fits nowhere is in the notes and reported with its line.
    assert!(!imported.unplaced.is_empty());
    for (line, text) in &imported.unplaced {
        assert!(*line >= 1 && r.notes.contains(text), "line {line}: {text}");
    }
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("Selvityksen kautta nousi 4"))
    );
}

#[test]
fn text_without_goals_is_not_a_roadmap() {
    assert!(foorumi::import::roadmap::parse("Muistio\n\n• tilat\n").is_none());
}

/// Applies `change`, then its inverse, and expects the session as it was.
fn undoes_exactly(session: &mut Session, change: Change) -> Change {
    let before = session.clone();
    let inverse = session.apply(change.clone()).expect("change applies");
    let after = session.clone();
    let again = session.apply(inverse).expect("inverse applies");
    assert_eq!(*session, before, "undo of {change:?}");
    session.apply(again).expect("redo applies");
    assert_eq!(*session, after, "redo of {change:?}");
    change
}

#[test]
fn every_roadmap_change_undoes_exactly() {
    let mut s = vake();
    let r = s.roadmap.as_deref().unwrap().clone();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 17);
    // A new assessment, an existing one changed, and one removed.
    undoes_exactly(
        &mut s,
        set_status(&r, Target::Area("tilat".into()), 2025, Status::Partly, day),
    );
    undoes_exactly(
        &mut s,
        set_status(
            &r,
            Target::Area("tilat".into()),
            2024,
            Status::Achieved,
            day,
        ),
    );
    undoes_exactly(
        &mut s,
        set_text(
            &r,
            Target::Area("suunta".into()),
            2025,
            false,
            "Malli valmis",
        ),
    );
    undoes_exactly(
        &mut s,
        Change::Roadmap(RoadmapChange::SetAssessment {
            target: Target::Area("suunta".into()),
            year: 2024,
            assessment: None,
            position: None,
        }),
    );
    let mut action = r.action(18).unwrap().clone();
    action.owners = vec!["Järjestöyhteistyön neuvottelukunta".into()];
    undoes_exactly(
        &mut s,
        Change::Roadmap(RoadmapChange::EditAction { action }),
    );
    undoes_exactly(
        &mut s,
        Change::Roadmap(RoadmapChange::RemoveAction { id: 3 }),
    );
    undoes_exactly(
        &mut s,
        Change::Roadmap(RoadmapChange::SetYear { year: 2026 }),
    );
    undoes_exactly(&mut s, next_year(&r, 2026).unwrap().0);
}

#[test]
fn bad_roadmap_changes_are_refused_and_change_nothing() {
    let mut s = vake();
    let before = s.clone();
    let r = s.roadmap.as_deref().unwrap().clone();
    let bad = set_status(
        &r,
        Target::Area("ei-ole".into()),
        2025,
        Status::Partly,
        None,
    );
    assert_eq!(s.apply(bad), Err(ModelError::NoSuchArea("ei-ole".into())));
    let wrong_year = Change::Roadmap(RoadmapChange::SetAssessment {
        target: Target::Area("tilat".into()),
        year: 2025,
        assessment: Some(foorumi::model::roadmap::Assessment::new(
            Target::Area("tilat".into()),
            2024,
        )),
        position: None,
    });
    assert_eq!(s.apply(wrong_year), Err(ModelError::AssessmentMismatch));
    assert_eq!(
        next_year(&r, 2025).unwrap_err(),
        ModelError::YearNotAfter(2025)
    );
    assert_eq!(s, before);
    // A session without a roadmap takes no roadmap change.
    let mut plain = foorumi::bundled::demo_session();
    let change = Change::Roadmap(RoadmapChange::SetYear { year: 2026 });
    assert_eq!(plain.apply(change), Err(ModelError::NotARoadmap));
}

#[test]
fn next_year_carries_unfinished_actions_with_their_history() {
    let mut s = vake();
    let r = s.roadmap.as_deref().unwrap().clone();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 1);
    s.apply(set_status(
        &r,
        Target::Area("suunta".into()),
        2025,
        Status::Achieved,
        day,
    ))
    .unwrap();
    s.apply(set_status(
        &r,
        Target::Area("tilat".into()),
        2025,
        Status::Partly,
        day,
    ))
    .unwrap();
    let r = s.roadmap.as_deref().unwrap().clone();
    let (change, carried) = next_year(&r, 2026).unwrap();
    s.apply(change).unwrap();
    let r = s.roadmap.as_deref().unwrap();
    assert_eq!(r.year, 2026);
    // 15 actions in 2025, the 3 of an achieved area stay behind.
    assert_eq!(carried, 12);
    let new: Vec<_> = r.actions.iter().filter(|a| a.year == 2026).collect();
    assert_eq!(new.len(), 12);
    assert!(new.iter().all(|a| a.carried_from == Some(2025)));
    assert!(!new.iter().any(|a| a.area == "suunta"));
    // The 2025 actions and their assessments are still there as history.
    assert_eq!(r.actions.iter().filter(|a| a.year == 2025).count(), 15);
    assert_eq!(
        r.status(&Target::Area("tilat".into()), 2025),
        Status::Partly
    );
}

#[test]
fn a_promoted_action_keeps_where_it_came_from() {
    let mut s = vake();
    let r = s.roadmap.as_deref().unwrap().clone();
    let link = SourceLink {
        session: "Järjestöjen kumppanuuspöytä 17.4.2019".into(),
        file: "2019-04-17-kumppanuuspoyta.ron".into(),
        item: "Järjestöjen tilat kartalle".into(),
    };
    let change = promote(
        &r,
        "tilat",
        2025,
        " Järjestöjen tilat kartalle ",
        link.clone(),
    )
    .unwrap();
    s.apply(change).unwrap();
    let r = s.roadmap.as_deref().unwrap();
    let added = r.actions.last().unwrap();
    assert_eq!(
        (added.area.as_str(), added.year, added.text.as_str()),
        ("tilat", 2025, "Järjestöjen tilat kartalle")
    );
    assert_eq!(added.links, vec![link.clone()]);
    assert_eq!(added.id, 33);
    assert_eq!(
        promote(r, "ei-ole", 2025, "x", link).unwrap_err(),
        ModelError::NoSuchArea("ei-ole".into())
    );
}

#[test]
fn the_store_keeps_a_roadmap_like_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vake.roadmap.ron");
    let mut file = foorumi::store::SessionFile::create(&path, &vake()).unwrap();
    let r = vake().roadmap.unwrap();
    let change = set_text(
        &r,
        Target::Area("tilat".into()),
        2025,
        true,
        "Tilat kartalle\u{1b}[2J",
    );
    file.record(&change).unwrap();
    drop(file);
    // Reopening replays the journal; the escape sequence never reaches the session.
    let opened = foorumi::store::SessionFile::open(&path).unwrap();
    let r = opened.session.roadmap.as_deref().unwrap();
    let a = r.assessment(&Target::Area("tilat".into()), 2025).unwrap();
    assert_eq!(a.comments, vec!["Tilat kartalle".to_string()]);
    drop(opened);
    let report = foorumi::store::check(&path);
    assert!(
        report.repaired().is_some(),
        "{}",
        report.text(foorumi::i18n::Lang::En)
    );
}

/// Letters and digits only, lower case: PDF text breaks words with hyphens and lines.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every action of the bundled roadmap `name` is in `seed`: its first or last 25 letters
/// (a typo fixed at one end still finds the other).
fn actions_are_in(name: &str, seed: &str) -> usize {
    let seed = letters(seed);
    let s = foorumi::bundled::roadmap(name).unwrap();
    let r = s.roadmap.as_deref().unwrap();
    for a in &r.actions {
        let l: Vec<char> = letters(&a.text).chars().collect();
        let head: String = l.iter().take(25).collect();
        let tail: String = l[l.len().saturating_sub(25)..].iter().collect();
        assert!(
            seed.contains(&head) || seed.contains(&tail),
            "{name}: not in the seed: {}",
            a.text
        );
        assert!(
            r.area(&a.area).is_some(),
            "{name}: action {} has no area",
            a.id
        );
    }
    r.actions.len()
}

#[test]
fn bundled_varsinais_suomi_roadmap_has_the_key_actions_and_four_paths() {
    let n = actions_are_in(
        "varsinais-suomi",
        include_str!("golden/varsinais-suomi-tiekartta-2018.txt"),
    );
    assert_eq!(n, 40);
    let s = foorumi::bundled::roadmap("varsinais-suomi").unwrap();
    let r = s.roadmap.as_deref().unwrap();
    assert_eq!(r.areas_of("karki").count(), 5, "the five key actions");
    let paths: Vec<_> = r.goals.iter().filter_map(|g| g.number).collect();
    assert_eq!(paths, [1, 2, 3, 4]);
    assert!(r.goals.iter().all(|g| !g.name.is_empty()));
}

#[test]
fn bundled_keski_suomi_model_has_three_areas_of_four_items() {
    let n = actions_are_in("keski-suomi", include_str!("golden/keski-suomi-malli.txt"));
    assert_eq!(n, 40);
    let s = foorumi::bundled::roadmap("keski-suomi").unwrap();
    let r = s.roadmap.as_deref().unwrap();
    for goal in &r.goals {
        assert_eq!(r.areas_of(&goal.key).count(), 4, "{}", goal.name);
    }
    // The items are the theme set's sub-themes, under the same keys.
    let set = foorumi::bundled::theme_set("keski-suomi").unwrap();
    for area in &r.areas {
        assert!(set.themes.iter().any(|t| t.key == area.key), "{}", area.key);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever text is pasted, the import never panics, and what it makes holds together:
    /// every action in a known area, every area under a known goal, no control character,
    /// and the file it would write reads back the same.
    #[test]
    fn any_pasted_text_imports_into_a_roadmap_that_holds_together(
        lines in proptest::collection::vec(proptest::sample::select(vec![
            "TAVOITE 1:", "TAVOITE 2: Toinen tavoite", "Vuoden 2024 toimeenpanosuunnitelman arviointi",
            "VUODEN 2025 TOIMENPITEET", "• Toimenpide *", "• toinen Toteutuu", "Toteutuu osittain",
            "alkaa pienellä", "Alue-", "kokonaisuus", "", "* Siirtyi vuodelta 2024", "** Nostettu",
            "SITOVA TAVOITE: x", "Sitovan tavoitteen mittarit:", "\u{1b}[31mpunainen\u{7}",
            "Lautakunta 1.2.2025", "Vuoden 2025 kehittämistyö", "Yhteiset työkalut • Järjestöt Toteutuu",
            "JÄRJESTÖYHTEISTYÖN VISIO", "Visio loppuu.",
        ]), 0..60)
    ) {
        let text = lines.join("\n");
        if let Some(imported) = foorumi::import::roadmap::parse(&text) {
            let r = imported.session.roadmap.as_deref().unwrap();
            for a in &r.actions {
                proptest::prop_assert!(r.area(&a.area).is_some());
                proptest::prop_assert!(!a.text.chars().any(char::is_control), "{:?}", a.text);
            }
            for a in &r.areas {
                proptest::prop_assert!(r.goal(&a.goal).is_some());
            }
            for n in &r.notes {
                proptest::prop_assert!(!n.chars().any(char::is_control));
            }
            let ron = foorumi::store::to_ron(&imported.session);
            let back = foorumi::store::parse_session(&ron, "tuotu").unwrap();
            proptest::prop_assert_eq!(back, imported.session);
        }
    }
}

#[test]
fn every_bundled_roadmap_holds_together() {
    for (name, _) in foorumi::bundled::ROADMAPS {
        let s = foorumi::bundled::roadmap(name).unwrap();
        assert_eq!(
            s.roadmap.as_deref().unwrap().problems(),
            Vec::new(),
            "{name}"
        );
    }
}
