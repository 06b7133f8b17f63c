//! The roadmap on the wall, driven by keys through the keymap and `update`: the board of the
//! year, the assessment meeting (one key per status, what was done, comments, undo), the
//! chart, the timer and presentation mode, all readable at 80×24.

mod common;

use common::*;
use crossterm::event::KeyCode::{self, Char, Enter, Esc};
use foorumi::model::Change;
use foorumi::model::roadmap::{Status, Target};
use foorumi::tui::mode::Mode;
use foorumi::tui::roadmap::Screen;
use foorumi::tui::{Action, Effect, update};

fn vake_board() -> foorumi::tui::App {
    app_on(
        foorumi::bundled::roadmap("vake").unwrap(),
        foorumi::i18n::Lang::Fi,
    )
}

fn keys(app: &mut foorumi::tui::App, codes: &[KeyCode]) -> Vec<Effect> {
    codes
        .iter()
        .flat_map(|c| {
            press(app, *c).unwrap_or_else(|| panic!("{c:?} is unbound in {:?}", app.mode))
        })
        .collect()
}

fn status(app: &foorumi::tui::App, area: &str) -> Status {
    let r = app.session.roadmap.as_deref().unwrap();
    r.status(&Target::Area(area.into()), r.year)
}

#[test]
fn a_roadmap_opens_on_its_board_and_reads_at_80x24() {
    let mut app = vake_board();
    assert_eq!(app.mode, Mode::Roadmap(Screen::Board));
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("Tavoite 1 · Yhteistyön johtaminen"),
        "{shown}"
    );
    assert!(shown.contains("▶ Yhteinen suunta ja mittarit"), "{shown}");
    assert!(shown.contains("(siirtyi vuodelta 2024)"), "{shown}");
    assert!(shown.contains("Ei arvioitu 9"), "{shown}");
    // No capture line: nothing on the wall asks for an idea.
    assert!(!shown.contains("Uusi idea"), "{shown}");
    insta::assert_snapshot!("roadmap_board_80x24", shown);
}

#[test]
fn the_assessment_meeting_sets_statuses_notes_what_was_done_and_undoes() {
    let mut app = vake_board();
    keys(&mut app, &[Enter]);
    assert_eq!(app.mode, Mode::Roadmap(Screen::Assess));
    // Area 1: partly, with what was done.
    let effects = keys(&mut app, &[Char('2'), Char('d')]);
    assert!(matches!(effects[..], [Effect::Record(Change::Roadmap(_))]));
    type_text(&mut app, "Roolien kuvaus aloitettiin");
    keys(&mut app, &[Enter]);
    assert_eq!(status(&app, "suunta"), Status::Partly);
    // Area 2 achieved with a comment; area 3 not achieved, then undone.
    keys(&mut app, &[Char('n'), Char('1'), Char('c')]);
    type_text(&mut app, "Hyvä alku");
    keys(&mut app, &[Enter, Char('n'), Char('3')]);
    assert_eq!(status(&app, "palvelut"), Status::NotAchieved);
    update(&mut app, Action::Undo);
    assert_eq!(status(&app, "palvelut"), Status::NotAssessed);
    let r = app.session.roadmap.as_deref().unwrap();
    let first = r.assessment(&Target::Area("suunta".into()), 2025).unwrap();
    assert_eq!(first.done, vec!["Roolien kuvaus aloitettiin".to_string()]);
    assert_eq!(first.date, Some(now().date_naive()));
    let second = r
        .assessment(&Target::Area("tunteminen".into()), 2025)
        .unwrap();
    assert_eq!(
        (second.status, second.comments.len()),
        (Status::Achieved, 1)
    );
    // The summary line counts the year's nine areas.
    keys(&mut app, &[Char('p')]);
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("Toteutuu 1 · Toteutuu osittain 1 · Ei toteudu 0 · Ei arvioitu 7"),
        "{shown}"
    );
    assert!(shown.contains("TOTEUTUU"), "{shown}");
    assert!(shown.contains("Kokonaisuus 2/9"), "{shown}");
    insta::assert_snapshot!("roadmap_assess_80x24", shown);
    // Esc goes back to the board, which now shows the statuses.
    keys(&mut app, &[Esc]);
    assert_eq!(app.mode, Mode::Roadmap(Screen::Board));
}

#[test]
fn the_chart_counts_areas_per_goal_against_last_year() {
    let mut app = vake_board();
    keys(&mut app, &[Char('g')]);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Arviot tavoitteittain 2025"), "{shown}");
    // Goal 1 had three areas achieved and one partly in 2024; none is assessed yet in 2025.
    assert!(shown.contains("Toteutuu 0 (2024: 3)"), "{shown}");
    assert!(shown.contains("Ei arvioitu 3 (2024: 0)"), "{shown}");
}

#[test]
fn timer_and_presentation_work_on_a_roadmap_and_come_back_to_it() {
    let mut app = vake_board();
    keys(&mut app, &[Enter, Char('n')]);
    update(&mut app, Action::TimerNew);
    type_text(&mut app, "5");
    update(&mut app, Action::Submit);
    assert!(app.timer.is_some());
    keys(&mut app, &[KeyCode::F(5)]);
    assert!(matches!(app.mode, Mode::Present { .. }));
    // Tab stays on the timer: a roadmap has no themes or votes to show.
    keys(&mut app, &[KeyCode::Tab]);
    assert_eq!(
        app.mode,
        Mode::Present {
            show: foorumi::tui::mode::Showing::Timer
        }
    );
    keys(&mut app, &[Esc]);
    // Back in the assessment, on the same area.
    assert_eq!(app.mode, Mode::Roadmap(Screen::Assess));
    assert_eq!(app.roadmap.area, 1);
}

#[test]
fn help_on_a_roadmap_lists_its_keys_and_english_works() {
    let mut app = app_on(
        foorumi::bundled::roadmap("vake").unwrap(),
        foorumi::i18n::Lang::En,
    );
    keys(&mut app, &[KeyCode::F(1)]);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Roadmap and assessment meeting"), "{shown}");
    assert!(shown.contains("partly achieved"), "{shown}");
    assert!(!shown.contains("add the idea"), "{shown}");
    keys(&mut app, &[Esc, Enter, Char('2')]);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Assessment: PARTLY ACHIEVED"), "{shown}");
}

#[test]
fn every_bundled_roadmap_draws_its_screens_at_any_size() {
    for (name, _) in foorumi::bundled::ROADMAPS {
        let mut app = app_on(
            foorumi::bundled::roadmap(name).unwrap(),
            foorumi::i18n::Lang::Sv,
        );
        for screen_keys in [&[][..], &[Enter][..], &[Char('g')][..]] {
            keys(&mut app, screen_keys);
            for (w, h) in [(20, 5), (40, 12), (80, 24), (250, 70)] {
                let shown = screen(&mut app, w, h);
                assert!(shown.lines().count() == usize::from(h), "{name} {w}×{h}");
            }
            if !screen_keys.is_empty() {
                keys(&mut app, &[Esc]);
            }
        }
        // In a small window the assessment still names the area it is on.
        keys(&mut app, &[Enter]);
        let r = app.session.roadmap.as_deref().unwrap();
        let first = r.areas_in_year(r.year)[0].name.clone();
        let small = screen(&mut app, 40, 8);
        let start: String = first.chars().take(10).collect();
        assert!(small.contains(&format!("▶ {start}")), "{name}: {small}");
        keys(&mut app, &[Esc]);
        // The first area of the year is on the board at 80×24, with its status in Swedish.
        let r = app.session.roadmap.as_deref().unwrap();
        let (first, year) = (r.areas_in_year(r.year)[0].name.clone(), r.year);
        let shown = screen(&mut app, 80, 24);
        assert!(shown.contains(&first), "{name}: {shown}");
        assert!(shown.contains("Inte bedömd"), "{name}: {shown}");
        // However long the title, the status line keeps the year in view.
        let status = shown.lines().next().unwrap();
        assert!(status.contains(&format!("År {year}")), "{name}: {status}");
    }
}

#[test]
fn a_session_board_promotes_the_selected_idea_into_a_roadmap_file() {
    let dir = tempfile::tempdir().unwrap();
    let roadmap = dir.path().join("vake.roadmap.ron");
    foorumi::store::SessionFile::create(&roadmap, &foorumi::bundled::roadmap("vake").unwrap())
        .unwrap();
    let text = include_str!("../sessions/2019-04-17-kumppanuuspoyta.ron");
    let session = foorumi::store::parse_session(text, "2019").unwrap();
    let mut app = app_on(session, foorumi::i18n::Lang::Fi);
    update(&mut app, Action::Organize);
    app.select_idea(foorumi::model::IdeaId(3));
    let idea = app.selected_idea().unwrap().text.clone();
    keys(&mut app, &[Char('T')]);
    assert!(matches!(app.mode, Mode::Prompt { .. }));
    type_text(&mut app, &format!("{} viestinta", roadmap.display()));
    let effects = keys(&mut app, &[Enter]);
    let [Effect::Promote(promotion)] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(promotion.text, idea);
    assert_eq!(
        promotion.link.session,
        "Järjestöjen kumppanuuspöytä 17.4.2019"
    );
    // The runtime carries it out; the roadmap gains the action with its link.
    let message = foorumi::tui::roadmap::promote::promote_into(promotion, foorumi::i18n::Lang::Fi);
    assert_eq!(
        message.as_deref(),
        Ok("Tiekartan toimenpide 33 lisätty kokonaisuuteen viestinta (vuosi 2025)")
    );
    let opened = foorumi::store::SessionFile::open(&roadmap).unwrap();
    let added = opened.session.roadmap.unwrap().actions.pop().unwrap();
    assert_eq!(
        (added.text, added.links[0].item.clone()),
        (idea.clone(), idea)
    );
    // The prompt offers the same target next time; a wrong area says which ones exist.
    keys(&mut app, &[Char('T')]);
    let Mode::Prompt { editor, .. } = &app.mode else {
        panic!()
    };
    assert!(editor.text().ends_with(" viestinta"));
    let mut wrong = (**promotion).clone();
    wrong.area = "ei-ole".into();
    let error =
        foorumi::tui::roadmap::promote::promote_into(&wrong, foorumi::i18n::Lang::En).unwrap_err();
    assert!(
        error.contains("no action area ei-ole") && error.contains("known areas"),
        "{error}"
    );
}

#[test]
fn tab_assesses_one_action_on_its_own_and_the_report_and_next_year_follow() {
    let mut app = vake_board();
    // Area 1 partly; its first action achieved on its own, with what was done.
    keys(
        &mut app,
        &[Enter, Char('2'), KeyCode::Tab, Char('1'), Char('d')],
    );
    type_text(&mut app, "Roolit kuvattu");
    keys(&mut app, &[Enter]);
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains("  ▶ Kehitetään toimijoiden roolien"),
        "{shown}"
    );
    assert!(shown.contains("Toimenpiteen arvio: TOTEUTUU"), "{shown}");
    assert_eq!(status(&app, "suunta"), Status::Partly);
    let r = app.session.roadmap.as_deref().unwrap();
    assert_eq!(r.status(&Target::Action(18), 2025), Status::Achieved);
    // Shift+Tab returns to the whole area.
    keys(&mut app, &[KeyCode::BackTab]);
    assert!(screen(&mut app, 80, 24).contains("Arvio toteutumisesta: TOTEUTUU OSITTAIN"));
    // The report marks the action; the next year leaves it behind but carries its siblings.
    let r = app.session.roadmap.as_deref().unwrap();
    let md = foorumi::export::roadmap::render(
        &app.session,
        foorumi::export::roadmap::RoadmapFormat::Md,
        None,
        foorumi::i18n::Lang::Fi,
    )
    .unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("hyvinvoinnin edistämiseen (Toteutuu; Roolit kuvattu)"),
        "{md}"
    );
    let (change, _) = foorumi::model::roadmap::next_year(r, 2026).unwrap();
    let mut session = app.session.clone();
    session.apply(change).unwrap();
    let r = session.roadmap.as_deref().unwrap();
    let carried: Vec<u64> = r
        .actions
        .iter()
        .filter(|a| a.year == 2026 && a.area == "suunta")
        .map(|a| a.id)
        .collect();
    assert_eq!(carried.len(), 2, "two of the three actions of the area");
}
