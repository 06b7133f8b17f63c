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

fn buffer(app: &foorumi::tui::App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn selection_stands_out_by_reverse_video_and_no_color_uses_no_colours() {
    use ratatui::style::{Color, Modifier};
    let app = demo_app();
    let b = buffer(&app, 80, 24);
    // Row 1: tile 1 (target) is reversed, tile 2 is a yellow bar.
    assert!(b[(5, 1)].modifier.contains(Modifier::REVERSED));
    assert_eq!(b[(45, 1)].bg, Color::Yellow);
    let plain = app_on_styles(foorumi::tui::style::Styles::new(
        foorumi::tui::style::Palette::Projector,
        true,
    ));
    let b = buffer(&plain, 80, 24);
    for y in 0..24 {
        for x in 0..80 {
            assert_eq!(
                (b[(x, y)].fg, b[(x, y)].bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
    assert!(b[(5, 1)].modifier.contains(Modifier::REVERSED));
}

fn app_on_styles(styles: foorumi::tui::style::Styles) -> foorumi::tui::App {
    let mut app = demo_app();
    app.styles = styles;
    app
}

#[test]
fn export_80x24() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Export);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn export_40x12() {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::Export);
    insta::assert_snapshot!(screen(&mut app, 40, 12));
}

fn presenting_timer() -> foorumi::tui::App {
    let mut app = demo_app();
    foorumi::tui::update(&mut app, Action::TimerNew);
    for c in "1-2-4".chars() {
        foorumi::tui::update(&mut app, Action::Insert(c));
    }
    foorumi::tui::update(&mut app, Action::Submit);
    foorumi::tui::update(&mut app, Action::Tick(std::time::Duration::from_secs(75)));
    foorumi::tui::update(&mut app, Action::Present);
    app
}

#[test]
fn present_timer_80x24() {
    let mut app = presenting_timer();
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn present_timer_40x12() {
    let mut app = presenting_timer();
    insta::assert_snapshot!(screen(&mut app, 40, 12));
}
