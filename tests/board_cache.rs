//! The board body cache, driven in the event loop's own order (the clock before every key and
//! on every pass): typing must reuse the drawn tiles, and what changes the tiles must redraw them.

mod common;

use std::time::Duration;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use foorumi::tui::run::deliver;
use foorumi::tui::{Action, App, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const W: u16 = 100;
const H: u16 = 30;

/// A board drawn once at `W` × `H`, as the loop draws it before the first key.
fn opened() -> (App, Terminal<TestBackend>) {
    let mut app = demo_app();
    update(
        &mut app,
        Action::Resize {
            width: W,
            height: H,
        },
    );
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    draw(&mut terminal, &app);
    (app, terminal)
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
}

/// One pass of the loop for one key at `clock`: the key with its clock, then the tick at the
/// top of the next pass, then the frame.
fn pass(app: &mut App, terminal: &mut Terminal<TestBackend>, code: KeyCode, clock: Duration) {
    deliver(
        app,
        Action::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        clock,
    );
    update(app, Action::Tick(clock));
    draw(terminal, app);
}

fn builds(app: &App) -> u64 {
    app.body_cache.borrow().as_ref().map_or(0, |c| c.builds)
}

/// The screen drawn with the cache thrown away, to compare with the cached one.
fn drawn_afresh(app: &mut App) -> ratatui::buffer::Buffer {
    app.generation += 1;
    render(app, W, H)
}

#[test]
fn typing_in_the_capture_line_reuses_the_tiles_through_the_loops_ticks() {
    let (mut app, mut terminal) = opened();
    let first = builds(&app);
    assert_eq!(first, 1, "the first frame draws the tiles");
    let typed = "Kerhotila iltaisin";
    for (i, c) in typed.chars().enumerate() {
        let clock = Duration::from_millis(400 + 120 * i as u64);
        pass(&mut app, &mut terminal, KeyCode::Char(c), clock);
    }
    pass(
        &mut app,
        &mut terminal,
        KeyCode::Backspace,
        Duration::from_secs(5),
    );
    assert_eq!(
        builds(&app),
        first,
        "{} keys rebuilt the tiles {} times",
        typed.chars().count() + 1,
        builds(&app) - first
    );
    assert_eq!(app.capture.text(), "Kerhotila iltaisi");
    assert_eq!(terminal.backend().buffer(), &drawn_afresh(&mut app));
}

#[test]
fn an_added_idea_and_a_moved_selection_redraw_the_tiles() {
    let (mut app, mut terminal) = opened();
    let before = builds(&app);
    for (i, c) in "Uusi kerho".chars().enumerate() {
        pass(
            &mut app,
            &mut terminal,
            KeyCode::Char(c),
            Duration::from_millis(100 * i as u64),
        );
    }
    pass(
        &mut app,
        &mut terminal,
        KeyCode::Enter,
        Duration::from_secs(3),
    );
    assert_eq!(builds(&app), before + 1, "the new idea is on a tile");
    assert!(
        screen(&mut app, W, H).contains("Uusi kerho"),
        "the new idea shows"
    );
    let (mut app, mut terminal) = opened();
    update(&mut app, Action::Organize);
    draw(&mut terminal, &app);
    let organized = builds(&app);
    pass(
        &mut app,
        &mut terminal,
        KeyCode::Down,
        Duration::from_secs(9),
    );
    assert_eq!(builds(&app), organized + 1, "the selection moved");
    assert_eq!(terminal.backend().buffer(), &drawn_afresh(&mut app));
}

#[test]
fn a_running_timer_redraws_its_clock_without_the_tiles() {
    let (mut app, mut terminal) = opened();
    update(&mut app, Action::TimerToggle);
    type_text(&mut app, "1-2-4");
    update(&mut app, Action::Submit);
    draw(&mut terminal, &app);
    let before = builds(&app);
    // Ticks alone, as an idle loop sends them while the timer runs, across a step change.
    for s in [1, 2, 30, 59, 61, 62] {
        update(&mut app, Action::Tick(Duration::from_secs(s)));
        draw(&mut terminal, &app);
    }
    assert_eq!(builds(&app), before, "the clock alone redrew the tiles");
    assert_eq!(app.timer_reading().unwrap().label, "Pareittain");
    assert_eq!(terminal.backend().buffer(), &drawn_afresh(&mut app));
}
