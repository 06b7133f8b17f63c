//! Tests of the event loop's failure handling: final snapshot, fold, export, renumbering.

use super::*;
use crate::model::{Lang, Session};
use crate::store::seam::failing_sync;
use crate::tui::style::{Palette, Styles};

fn board(dir: &std::path::Path) -> (App, SessionFile) {
    let path = dir.join("a.ron");
    let set = crate::bundled::theme_set(crate::bundled::DEFAULT_THEME_SET).unwrap();
    drop(SessionFile::create(&path, &Session::new("Foorumi", None, &set)).unwrap());
    let opened = SessionFile::open(&path).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
    let app = App::new(
        opened.session,
        Lang::Fi,
        Styles::new(Palette::default(), true),
        now,
    );
    (app, opened.file)
}

#[test]
fn a_failed_final_snapshot_keeps_the_board_open_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut file) = board(dir.path());
    let effects = update(&mut app, Action::Quit);
    failing_sync(|| carry_out(&mut app, &mut file, &mut None, effects));
    assert!(!app.quit, "quit with an unsaved final snapshot");
    assert!(matches!(app.save, SaveState::Failed(_)));
    // Asked again, it quits: the facilitator has seen the banner.
    let effects = update(&mut app, Action::Quit);
    failing_sync(|| carry_out(&mut app, &mut file, &mut None, effects));
    assert!(app.quit);
}

#[test]
fn a_failed_fold_after_the_first_frame_is_shown_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut file) = board(dir.path());
    let set = crate::bundled::theme_set(crate::bundled::DEFAULT_THEME_SET).unwrap();
    let theme = set.themes[0].key.clone();
    let idea = crate::model::Idea::new(crate::model::IdeaId(1), "idea", Some(&theme), app.now);
    file.record(&crate::model::Change::AddIdea {
        idea,
        position: None,
    })
    .unwrap();
    drop(file);
    let opened = SessionFile::open(&dir.path().join("a.ron")).unwrap();
    let mut file = opened.file;
    app.session = opened.session;
    assert!(failing_sync(|| fold_after_first_frame(&mut app, &mut file)));
    assert!(matches!(app.save, SaveState::Failed(_)));
}

#[test]
fn undo_after_a_renumbered_idea_removes_the_boards_own_idea() {
    use crate::model::{Change, Idea, IdeaId};
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut file) = board(dir.path());
    let theme = app.session.themes[0].key.clone();
    let idea = |text: &str| Change::AddIdea {
        idea: Idea::new(IdeaId(1), text, Some(&theme), app.now),
        position: None,
    };
    // The shell printed #1; the board, not having polled, also made idea 1.
    crate::store::append_change(file.path(), &idea("kuoresta")).unwrap();
    let mine = app
        .history
        .perform(&mut app.session, idea("taululta"))
        .unwrap();
    file.record(&mine).unwrap();
    let changes = file.poll().unwrap();
    update(&mut app, Action::External(changes));
    follow_renumbered(&mut app, &mut file);
    let undo = app.history.undo(&mut app.session).unwrap();
    file.record(&undo).unwrap();
    let texts: Vec<&str> = app.session.ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["kuoresta"]);
    assert_eq!(app.session.ideas[0].id, IdeaId(1));
}

#[test]
fn an_export_from_the_board_never_overwrites_its_own_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    let set = crate::bundled::theme_set(crate::bundled::DEFAULT_THEME_SET).unwrap();
    drop(SessionFile::create(&path, &Session::new("Foorumi", None, &set)).unwrap());
    let before = std::fs::read(&path).unwrap();
    let opened = SessionFile::open(&path).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
    let mut app = App::new(
        opened.session,
        Lang::Fi,
        Styles::new(Palette::default(), true),
        now,
    );
    let mut file = opened.file;
    carry_out(
        &mut app,
        &mut file,
        &mut None,
        vec![Effect::Export(crate::export::Format::Txt)],
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(
        app.status.as_ref().is_some_and(|s| s.error),
        "{:?}",
        app.status
    );
    drop(file);
    assert!(SessionFile::open(&path).is_ok());
}

#[test]
fn the_banner_keeps_the_first_failure_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _file) = board(dir.path());
    update(
        &mut app,
        Action::Saved(Err("muutosloki poistettiin".into())),
    );
    update(&mut app, Action::Saved(Err("poisoned (in English)".into())));
    assert_eq!(app.save, SaveState::Failed("muutosloki poistettiin".into()));
}
