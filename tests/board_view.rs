//! Snapshots of the board, focus view and help at projector and laptop sizes.

mod common;

use common::*;
use foorumi::tui::Action;

#[test]
fn board_80x24() {
    let mut app = demo_app();
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}
