//! Running the meeting on the board: agenda, votes, merging, parking lot, actions, search.

mod common;

use common::*;
use foorumi::tui::mode::{ListKind, Mode};
use foorumi::tui::{Action, Effect, update};

fn kumppanuuspoyta() -> foorumi::tui::App {
    let text = include_str!("../sessions/2019-04-17-kumppanuuspoyta.ron");
    let session = foorumi::store::parse_session(text, "2019").unwrap();
    app_on(session, foorumi::i18n::Lang::Fi)
}

#[test]
fn agenda_steps_show_the_current_item_and_prompt() {
    let mut app = kumppanuuspoyta();
    update(&mut app, Action::NextAgenda);
    assert_eq!(app.session.current_agenda, Some(0));
    update(&mut app, Action::NextAgenda);
    let shown = screen(&mut app, 100, 30);
    let item = &app.session.agenda[1];
    assert!(shown.contains(&item.title[..20]), "{shown}");
    assert!(shown.contains("klo 13.10"), "{shown}");
    update(&mut app, Action::PrevAgenda);
    assert_eq!(app.session.current_agenda, Some(0));
    // The agenda list: Enter makes the selected item current.
    send(
        &mut app,
        [
            Action::OpenList(ListKind::Agenda),
            Action::Down,
            Action::Down,
            Action::Submit,
        ],
    );
    assert_eq!(app.session.current_agenda, Some(2));
    update(&mut app, Action::Undo);
    assert_eq!(app.session.current_agenda, Some(0));
}

#[test]
fn votes_rank_ideas_and_can_be_hidden() {
    let mut app = demo_app();
    send(
        &mut app,
        [
            Action::Organize,
            Action::Down,
            Action::VoteUp,
            Action::VoteUp,
            Action::Down,
            Action::VoteUp,
        ],
    );
    let second = app.session.ideas[1].clone();
    assert_eq!(second.votes, 2);
    send(&mut app, [Action::VoteDown]);
    assert_eq!(app.session.ideas[2].votes, 0);
    update(&mut app, Action::OpenList(ListKind::Ranking));
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains(" 1.   2  kumppanuus on yhteistyötä"),
        "{shown}"
    );
    update(&mut app, Action::ToggleHidden);
    assert!(app.session.voting.hidden);
    let shown = screen(&mut app, 100, 30);
    assert!(!shown.contains("   2  kumppanuus"), "{shown}");
    assert!(shown.contains("tulokset piilossa"));
}

#[test]
fn marked_ideas_merge_into_the_selected_one_and_undo_restores_them() {
    let mut app = demo_app();
    let before = app.session.clone();
    send(
        &mut app,
        [
            Action::Organize,
            Action::Down,
            Action::MarkMerge,
            Action::Up,
            Action::MergeMarked,
        ],
    );
    assert_eq!(app.session.ideas.len(), 40);
    let kept = &app.session.ideas[0];
    assert_eq!(kept.merged_from.len(), 1);
    assert!(kept.merged_from[0].starts_with("kumppanuus on yhteistyötä"));
    update(&mut app, Action::Undo);
    assert_eq!(app.session, before);
}

#[test]
fn parking_lot_takes_ideas_and_typed_text_and_turns_them_into_actions() {
    let mut app = demo_app();
    type_text(&mut app, "Rahoitus ensi vuonna?");
    update(&mut app, Action::Park);
    assert_eq!(app.session.parking.len(), 1);
    assert!(app.capture.is_empty());
    send(&mut app, [Action::Organize, Action::Park]);
    assert_eq!(app.session.parking.len(), 2);
    assert_eq!(app.session.ideas.len(), 40);
    send(
        &mut app,
        [Action::OpenList(ListKind::Parking), Action::ParkingToAction],
    );
    assert_eq!(app.session.actions.len(), 1);
    assert_eq!(app.session.actions[0].text, "Rahoitus ensi vuonna?");
    assert_eq!(app.session.parking.len(), 1);
}

#[test]
fn actions_get_owner_due_date_and_status() {
    let mut app = demo_app();
    send(
        &mut app,
        [Action::Organize, Action::NewAction, Action::ClearLine],
    );
    type_text(&mut app, "Kumppanuusmallin luonnos");
    update(&mut app, Action::Submit);
    let first_id = app.session.ideas[0].id;
    assert_eq!(app.session.actions[0].ideas, vec![first_id]);
    send(
        &mut app,
        [Action::OpenList(ListKind::Actions), Action::ActionOwner],
    );
    type_text(&mut app, "Hyvinvointitoimiala");
    update(&mut app, Action::Submit);
    update(&mut app, Action::ActionDue);
    type_text(&mut app, "31.5.2015");
    update(&mut app, Action::Submit);
    send(&mut app, [Action::ActionStatus, Action::ActionStatus]);
    let action = &app.session.actions[0];
    assert_eq!(action.owner, "Hyvinvointitoimiala");
    assert_eq!(
        action.due.map(foorumi::i18n::format_date).as_deref(),
        Some("31.5.2015")
    );
    assert_eq!(action.status, foorumi::model::ActionStatus::Partly);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains(
            "[toteutuu osittain] Kumppanuusmallin luonnos · Hyvinvointitoimiala · 31.5.2015"
        ),
        "{shown}"
    );
    // A bad date is explained, not stored.
    update(&mut app, Action::ActionDue);
    send(&mut app, [Action::ClearLine]);
    type_text(&mut app, "huomenna");
    update(&mut app, Action::Submit);
    assert!(app.status.as_ref().unwrap().error);
    assert!(matches!(app.mode, Mode::List { .. }));
}

#[test]
fn search_is_incremental_and_enter_walks_the_matches() {
    let mut app = demo_app();
    update(&mut app, Action::Search);
    type_text(&mut app, "yhdistyks");
    let Mode::Search { hits, .. } = &app.mode else {
        panic!()
    };
    let hits = hits.clone();
    assert!(hits.len() >= 4, "{hits:?}");
    assert_eq!(app.selected_idea().map(|i| i.id), Some(hits[0]));
    update(&mut app, Action::Submit);
    assert_eq!(app.selected_idea().map(|i| i.id), Some(hits[1]));
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("» "), "{shown}");
    update(&mut app, Action::Cancel);
    assert_eq!(app.mode, Mode::Organize);
}

#[test]
fn duplicate_suggestions_merge_or_dismiss() {
    let mut app = demo_app();
    send(&mut app, [Action::JumpTheme(5)]);
    type_text(&mut app, "Tilat avattaisiin yhdistysten käyttöön maksutta");
    update(&mut app, Action::Submit);
    update(&mut app, Action::OpenList(ListKind::Duplicates));
    let Mode::List { pairs, .. } = &app.mode else {
        panic!()
    };
    assert!(!pairs.is_empty(), "no suggestion for an obvious duplicate");
    let effects = update(&mut app, Action::Submit);
    assert!(matches!(effects.as_slice(), [Effect::Record(_)]));
    assert_eq!(app.session.ideas.len(), 41);
}

fn meeting_in_progress() -> foorumi::tui::App {
    let mut app = kumppanuuspoyta();
    send(
        &mut app,
        [
            Action::NextAgenda,
            Action::NextAgenda,
            Action::Organize,
            Action::JumpTheme(7),
            Action::VoteUp,
        ],
    );
    send(
        &mut app,
        [
            Action::JumpTheme(9),
            Action::VoteUp,
            Action::VoteUp,
            Action::JumpTheme(8),
            Action::Park,
        ],
    );
    send(
        &mut app,
        [Action::JumpTheme(3), Action::NewAction, Action::ClearLine],
    );
    type_text(&mut app, "Viestintäsuunnitelma valmiiksi");
    update(&mut app, Action::Submit);
    app
}

#[test]
fn snapshots_of_the_meeting_views() {
    for (name, kind) in [
        ("agenda", Some(ListKind::Agenda)),
        ("ranking", Some(ListKind::Ranking)),
        ("parking", Some(ListKind::Parking)),
        ("actions", Some(ListKind::Actions)),
        ("duplicates", Some(ListKind::Duplicates)),
        ("board", None),
    ] {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut app = meeting_in_progress();
            if let Some(kind) = kind {
                update(&mut app, Action::OpenList(kind));
            }
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
        }
    }
    let mut app = meeting_in_progress();
    update(&mut app, Action::Search);
    type_text(&mut app, "järjestö");
    insta::assert_snapshot!("search_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("search_40x12", screen(&mut app, 40, 12));
}

#[test]
fn every_meeting_view_renders_at_any_size() {
    for kind in [
        ListKind::Agenda,
        ListKind::Ranking,
        ListKind::Parking,
        ListKind::Actions,
        ListKind::Duplicates,
    ] {
        let mut app = meeting_in_progress();
        update(&mut app, Action::OpenList(kind));
        for (w, h) in [(1, 1), (8, 2), (20, 5), (33, 9), (250, 70)] {
            let _ = screen(&mut app, w, h);
        }
    }
}

#[test]
fn presentation_shows_prompt_theme_ranking_and_timer_in_turn() {
    use foorumi::tui::mode::Showing;
    let mut app = meeting_in_progress();
    update(&mut app, Action::Present);
    assert_eq!(
        app.mode,
        Mode::Present {
            show: Showing::Prompt
        }
    );
    insta::assert_snapshot!("present_prompt_80x24", screen(&mut app, 80, 24));
    send(&mut app, [Action::NextFormat, Action::NextFormat]);
    assert_eq!(
        app.mode,
        Mode::Present {
            show: Showing::Ranking
        }
    );
    insta::assert_snapshot!("present_ranking_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("present_ranking_40x12", screen(&mut app, 40, 12));
    update(&mut app, Action::NextFormat);
    assert_eq!(
        app.mode,
        Mode::Present {
            show: Showing::Timer
        }
    );
}

/// Opens the ranking and sets its voting rules as the facilitator types them: `3 2`.
fn set_voting_rules(app: &mut foorumi::tui::App, rules: &str) {
    send(
        app,
        [
            Action::OpenList(ListKind::Ranking),
            Action::VotingRules,
            Action::ClearLine,
        ],
    );
    type_text(app, rules);
    update(app, Action::Submit);
}

#[test]
fn vote_budget_and_cap_are_set_in_the_ranking_and_the_cap_holds() {
    let mut app = demo_app();
    set_voting_rules(&mut app, "3 2");
    assert_eq!(app.session.voting.budget_per_participant, Some(3));
    assert_eq!(app.session.voting.cap_per_idea, Some(2));
    send(&mut app, [Action::VoteUp, Action::VoteUp, Action::VoteUp]);
    assert_eq!(app.session.ideas[0].votes, 2);
    assert!(
        app.status.as_ref().unwrap().error,
        "the third vote over the cap is refused with a message"
    );
    assert!(screen(&mut app, 100, 30).contains("katto 2/idea"));
}

#[test]
fn a_budget_and_cap_of_one_vote_are_singular() {
    let mut app = demo_app();
    set_voting_rules(&mut app, "1 1");
    assert!(
        screen(&mut app, 100, 30).contains("budjetti 1 ääni/osallistuja, katto 1/idea"),
        "one vote per participant"
    );
    send(&mut app, [Action::VoteUp, Action::VoteUp]);
    let refused = app.status.clone().unwrap();
    assert!(refused.error);
    assert!(
        refused.text.ends_with("enintään 1 ääni"),
        "{}",
        refused.text
    );
}

#[test]
fn agenda_items_are_added_edited_and_removed_on_the_board() {
    let mut app = demo_app();
    send(
        &mut app,
        [Action::OpenList(ListKind::Agenda), Action::NewAgendaItem],
    );
    type_text(&mut app, "15.00 20 Yhteenveto | Mitä teemme seuraavaksi?");
    update(&mut app, Action::Submit);
    let item = app.session.agenda.last().unwrap().clone();
    assert_eq!(item.title, "Yhteenveto");
    assert_eq!(item.minutes, 20);
    assert_eq!(item.prompt, "Mitä teemme seuraavaksi?");
    assert_eq!(
        item.start
            .map(|t| foorumi::i18n::format_time(foorumi::i18n::Lang::Fi, t))
            .as_deref(),
        Some("klo 15.00")
    );
    let n = app.session.agenda.len();
    send(&mut app, [Action::Down, Action::ListEdit]);
    let Mode::Prompt { editor, .. } = &app.mode else {
        panic!()
    };
    assert_eq!(
        editor.text(),
        "15.00 20 Yhteenveto | Mitä teemme seuraavaksi?"
    );
    send(&mut app, [Action::ClearLine]);
    type_text(&mut app, "15.10 10 Loppuyhteenveto");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.agenda[n - 1].title, "Loppuyhteenveto");
    update(&mut app, Action::ListRemove);
    assert_eq!(app.session.agenda.len(), n - 1);
}

#[test]
fn the_last_agenda_item_reminds_of_the_parking_lot() {
    let mut app = kumppanuuspoyta();
    type_text(&mut app, "Rahoitus ensi vuonna?");
    update(&mut app, Action::Park);
    for _ in 0..app.session.agenda.len() {
        update(&mut app, Action::NextAgenda);
    }
    let shown = screen(&mut app, 100, 30);
    // One item, in the singular.
    assert!(shown.contains("Parkkipaikalla 1 asia —"), "{shown}");
}
