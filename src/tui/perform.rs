//! Changes to the session from the board: through the history (so they can be undone), to
//! the journal as effects, and with the selection following the idea they are about.

use crate::i18n::Msg;
use crate::model::Change;

use super::app::{App, SaveState};
use super::effect::Effect;

/// Undoes (or redoes) one step; the change applied goes to the journal like any other.
pub(super) fn step_history(app: &mut App, undo: bool) -> Vec<Effect> {
    if app.save == SaveState::ReadOnly {
        return refuse(app);
    }
    let (applied, done, nothing) = if undo {
        (
            app.history.undo(&mut app.session),
            Msg::Undone,
            Msg::NothingToUndo,
        )
    } else {
        (
            app.history.redo(&mut app.session),
            Msg::Redone,
            Msg::NothingToRedo,
        )
    };
    match applied {
        Some(change) => {
            after_change(app, &change);
            app.say(done.get(app.lang).to_string());
            vec![Effect::Record(change)]
        }
        None => {
            app.say(nothing.get(app.lang).to_string());
            vec![]
        }
    }
}

/// Says that a read-only board does not change the session.
pub(super) fn refuse(app: &mut App) -> Vec<Effect> {
    app.warn(Msg::ReadOnlyRefused.get(app.lang).to_string());
    vec![]
}

/// Applies a user change through the history; on success the change goes to the journal.
pub(super) fn perform(app: &mut App, change: Change) -> Vec<Effect> {
    if app.save == SaveState::ReadOnly {
        return refuse(app);
    }
    match app.history.perform(&mut app.session, change) {
        Ok(change) => {
            after_change(app, &change);
            vec![Effect::Record(change)]
        }
        Err(error) => {
            app.warn(crate::i18n::model_error_text(&error, app.lang));
            vec![]
        }
    }
}

fn after_change(app: &mut App, change: &Change) {
    if !matches!(app.save, SaveState::Failed(_)) {
        app.save = SaveState::Saving;
    }
    app.reindex();
    if let Some(id) = focus_of(change) {
        app.select_idea(id);
    }
}

/// The idea a change is about, so the selection can follow it.
fn focus_of(change: &Change) -> Option<crate::model::IdeaId> {
    match change {
        Change::AddIdea { idea, .. } => Some(idea.id),
        Change::MoveIdea { id, .. }
        | Change::EditIdea { id, .. }
        | Change::SetGroup { id, .. }
        | Change::SetSubPoints { id, .. } => Some(*id),
        Change::Batch(changes) => changes.iter().rev().find_map(focus_of),
        _ => None,
    }
}
