//! Snapshots of the board, focus view and help at projector and laptop sizes.

mod common;

use common::*;
use foorumi::tui::Action;

#[test]
fn board_80x24() {
    let mut app = demo_app();
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn board_100x30() {
    let mut app = demo_app();
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn board_40x12() {
    let mut app = demo_app();
    insta::assert_snapshot!(screen(&mut app, 40, 12));
}

#[test]
fn organize_80x24_selection_is_marked_without_colour() {
    let mut app = demo_app();
    for a in [
        Action::Organize,
        Action::Right,
        Action::Right,
        Action::Right,
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Down,
        Action::Down,
    ] {
        foorumi::tui::update(&mut app, a);
    }
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn focus_80x24() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::JumpTheme(4));
    foorumi::tui::update(&mut app, Action::Focus);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn focus_100x30() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Focus);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn focus_40x12() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Focus);
    insta::assert_snapshot!(screen(&mut app, 40, 12));
}

#[test]
fn help_80x24() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn help_100x30() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn help_40x12() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 40, 12));
}

#[test]
fn english_board_80x24() {
    let mut app = app_on(foorumi::bundled::demo_session(), foorumi::i18n::Lang::En);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn every_size_from_1x1_to_250x70_renders_without_panic() {
    let mut app = demo_app();
    for mode in [
        Action::Capture,
        Action::Organize,
        Action::Focus,
        Action::Help,
    ] {
        foorumi::tui::update(&mut app, mode.clone());
        for w in (1..=250).step_by(7) {
            for h in (1..=70).step_by(5) {
                let _ = screen(&mut app, w, h);
            }
        }
        for (w, h) in [(20, 5), (0, 0), (1, 1), (250, 70)] {
            let _ = screen(&mut app, w, h);
        }
        foorumi::tui::update(&mut app, Action::Cancel);
        foorumi::tui::update(&mut app, Action::Capture);
    }
}

#[test]
fn at_80x24_every_theme_name_and_its_first_idea_start_are_readable() {
    let mut app = demo_app();
    let shown = screen(&mut app, 80, 24);
    let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    for key in [
        "kumppanuus",
        "ehkaiseva-tyo",
        "yhdistysten-yhteistyo",
        "viestinta",
        "tilat",
        "avustukset",
    ] {
        let theme = app.session.theme(key).unwrap();
        let name = &theme.name.fi;
        // Names may wrap inside their tile; every word must be on screen.
        for word in name.split(['/', ' ']) {
            assert!(
                shown.contains(word),
                "theme name part {word:?} missing:\n{shown}"
            );
        }
        let first = app.session.ideas_in(Some(key)).next().unwrap();
        let start: String = first
            .text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat.contains(&start),
            "first idea of {key} ({start:?}) missing:\n{shown}"
        );
    }
}
