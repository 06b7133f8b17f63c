//! Due dates typed on the board as people type them (issue 11, item 4).

mod common;

use common::{demo_app, send, type_text};
use foorumi::tui::mode::ListKind;
use foorumi::tui::{Action, update};

fn typed_due(text: &str) -> (Option<String>, Option<String>) {
    let mut app = demo_app();
    send(
        &mut app,
        [Action::Organize, Action::NewAction, Action::ClearLine],
    );
    type_text(&mut app, "Kysely järjestöille");
    update(&mut app, Action::Submit);
    send(
        &mut app,
        [
            Action::OpenList(ListKind::Actions),
            Action::ActionDue,
            Action::ClearLine,
        ],
    );
    type_text(&mut app, text);
    update(&mut app, Action::Submit);
    let due = app.session.actions[0].due.map(foorumi::i18n::format_date);
    let error = app
        .status
        .as_ref()
        .filter(|s| s.error)
        .map(|s| s.text.clone());
    (due, error)
}

#[test]
fn a_due_date_without_a_year_is_the_next_one_after_the_meeting() {
    // The demo meeting is on 4.2.2015.
    assert_eq!(typed_due("31.5.").0.as_deref(), Some("31.5.2015"));
    assert_eq!(typed_due("1.2.").0.as_deref(), Some("1.2.2016"));
    assert_eq!(typed_due("1.6.26").0.as_deref(), Some("1.6.2026"));
}

#[test]
fn an_impossible_due_date_is_explained_with_the_format() {
    let (due, error) = typed_due("31.2.");
    assert_eq!(due, None);
    let error = error.expect("an error in the status line");
    assert!(
        error.contains("'31.2.'") && error.contains("P.K.VVVV, P.K.VV tai P.K."),
        "{error}"
    );
}
