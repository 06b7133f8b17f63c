//! An idea over 2,000 characters is never cut: paste, typing and import split it by the
//! model's one rule (`text::clean_pieces`) into the idea and its sub-points, and say so.

mod common;

use common::demo_app;
use foorumi::import;
use foorumi::model::text::MAX_CHARS;
use foorumi::tui::{Action, update};

/// About 5,000 characters of sentences, every word numbered so a lost one shows.
fn long_statement() -> String {
    (0..400)
        .map(|n| format!("Lause{n} kertoo tiloista."))
        .collect::<Vec<_>>()
        .join(" ")
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn whole(idea: &foorumi::model::Idea) -> Vec<String> {
    let mut all = words(&idea.text);
    for sub in &idea.sub_points {
        all.extend(words(sub));
    }
    all
}

#[test]
fn a_long_pasted_line_keeps_every_word_and_says_so() {
    let long = long_statement();
    assert!(long.chars().count() > 2 * MAX_CHARS);
    let mut app = demo_app();
    update(&mut app, Action::Paste(format!("Lyhyt idea\n{long}\n")));
    let idea = app.session.ideas.last().unwrap();
    assert!(idea.text.chars().count() <= MAX_CHARS);
    assert_eq!(whole(idea), words(&long));
    let status = app.status.as_ref().expect("a notice");
    assert!(status.text.contains("jaettiin"), "{}", status.text);
}

#[test]
fn a_long_one_line_paste_is_split_on_enter_not_cut() {
    let long = long_statement();
    let mut app = demo_app();
    update(&mut app, Action::Paste(long.clone()));
    assert_eq!(app.capture.text(), long, "the line holds all of it");
    update(&mut app, Action::Submit);
    let idea = app.session.ideas.last().unwrap();
    assert_eq!(whole(idea), words(&long));
    assert!(idea.sub_points.len() >= 2);
}

#[test]
fn a_long_imported_statement_keeps_every_word() {
    let long = long_statement();
    let text = format!("Tilat\n\n- {long}\n  - alakohta\n");
    let imported = import::from_text_in(&text, None, foorumi::model::Lang::En);
    let idea = &imported.session.ideas[0];
    assert!(idea.text.chars().count() <= MAX_CHARS);
    let mut want = words(&long);
    want.push("alakohta".into());
    assert_eq!(whole(idea), want);
    assert!(
        imported
            .report
            .iter()
            .any(|l| l.contains("split into sub-points") && l.contains("idea 1")),
        "{:#?}",
        imported.report
    );
}
