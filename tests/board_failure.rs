//! The board's failure banner and read-only states as the facilitator sees them.

mod common;

use common::{demo_app, screen, send};
use foorumi::tui::Action;
use foorumi::tui::app::SaveState;

#[test]
fn the_failure_banner_says_what_to_do_before_the_long_reason() {
    let mut app = demo_app();
    let reason = "/home/sihteeri/Jaettu kansio/Kumppanuuspöytä 2019/kevät/s.ron.journal \
                  poistettiin tai korvattiin toisella ohjelmalla istunnon ollessa auki";
    send(&mut app, [Action::Saved(Err(reason.into()))]);
    assert!(matches!(app.save, SaveState::Failed(_)));
    let shown = screen(&mut app, 80, 24);
    let banner = shown.lines().nth(1).unwrap();
    assert!(banner.contains("Ctrl+S"), "{banner}");
}

#[test]
fn a_read_only_folder_explains_itself_in_the_banner() {
    let mut app = demo_app();
    app.save = SaveState::ReadOnly;
    app.read_only_note = Some("Kansioon ei voi kirjoittaa".into());
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown
            .lines()
            .nth(1)
            .unwrap()
            .contains("Kansioon ei voi kirjoittaa")
    );
}
