//! Issue 11: a live meeting without traps — the board half, as update scripts and screens.

mod common;

use common::*;
use foorumi::tui::mode::Mode;
use foorumi::tui::{Action, update};

fn theme_texts(app: &foorumi::tui::App, key: &str) -> Vec<String> {
    app.session
        .ideas_in(Some(key))
        .map(|i| i.text.clone())
        .collect()
}

#[test]
fn a_paste_with_cr_line_ends_becomes_one_idea_per_line() {
    // tmux and most terminals send CR between pasted lines, some CRLF or LF.
    for raw in [
        "Kirjasto\rNuorisotalo\rSeurakuntatalo",
        "Kirjasto\r\nNuorisotalo\r\nSeurakuntatalo\r\n",
        "Kirjasto\n\nNuorisotalo\nSeurakuntatalo",
    ] {
        let mut app = demo_app();
        update(&mut app, Action::JumpTheme(5));
        update(&mut app, Action::Paste(raw.into()));
        let texts = theme_texts(&app, "tilat");
        assert_eq!(
            texts[5..],
            ["Kirjasto", "Nuorisotalo", "Seurakuntatalo"],
            "{raw:?}"
        );
        assert_eq!(app.mode, Mode::Capture);
    }
}

#[test]
fn one_more_minute_in_1_2_4_all_lengthens_the_current_phase() {
    let mut app = demo_app();
    update(&mut app, Action::TimerNew);
    type_text(&mut app, "1-2-4");
    update(&mut app, Action::Submit);
    // 70 s in: the pairs (step 2 of 4) have 1:50 left.
    update(&mut app, Action::Tick(std::time::Duration::from_secs(70)));
    let before = app.timer_reading().unwrap();
    assert_eq!((before.step, before.clock()), (1, "1:50".to_string()));
    update(&mut app, Action::TimerAddMinute);
    let after = app.timer_reading().unwrap();
    assert_eq!((after.step, after.clock()), (1, "2:50".to_string()));
}
