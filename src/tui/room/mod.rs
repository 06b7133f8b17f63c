//! The room on the board: opening it (F10), the QR view, the inbox of phone ideas.
//!
//! `handle` answers the room's actions before the general `update` does, like
//! `meeting::handle`; the server itself lives in the runtime (`run.rs`), which carries out
//! the effects and reports back with [`Action::RoomOpened`] and [`Action::Arrived`].

mod view;

pub use view::{render_inbox, render_present, render_room};

use crate::i18n::Msg;
use crate::model::{Change, accept_inbox, merge_inbox};

use super::action::Action;
use super::app::App;
use super::editor::LineEditor;
use super::effect::Effect;
use super::mode::{Mode, PromptKind};
use super::perform::perform;

/// What the board shows about the open room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomInfo {
    /// The address the QR code holds (with the join code).
    pub url: String,
    /// The short address to type by hand.
    pub short_url: String,
    /// The join code as shown, e.g. `K7QF-M2XA`.
    pub code: String,
    /// The network interface the room listens on (e.g. `wlan0`).
    pub interface: String,
    /// The QR code's modules (dark = true), quiet zone included.
    pub qr: Vec<Vec<bool>>,
}

/// Handles the room's actions; `None` lets `update` handle the action.
pub fn handle(app: &mut App, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::ToggleRoom if app.save == super::app::SaveState::ReadOnly => {
            return Some(super::perform::refuse(app));
        }
        // On the board with the room open, F10 brings the QR back; in the QR view it closes.
        Action::ToggleRoom if app.room.is_some() && !matches!(app.mode, Mode::Room) => {
            app.mode = Mode::Room;
            return Some(vec![]);
        }
        Action::ToggleRoom => {
            return Some(vec![if app.room.is_some() {
                Effect::CloseRoom
            } else {
                Effect::OpenRoom
            }]);
        }
        Action::RoomOpened(result) => {
            match result {
                Ok(info) => {
                    app.say(Msg::RoomOpenedAt.fill(app.lang, &[&info.short_url, &info.code]));
                    app.room = Some(info.clone());
                    app.mode = Mode::Room;
                }
                Err(e) => app.warn(Msg::RoomOpenFailed.fill(app.lang, &[e])),
            }
            return Some(vec![]);
        }
        Action::RoomClosed => {
            app.room = None;
            if app.mode == Mode::Room {
                app.mode = Mode::Capture;
            }
            app.say(Msg::RoomClosedNote.get(app.lang).to_string());
            return Some(vec![]);
        }
        Action::Arrived(change) => {
            arrived(app, change);
            return Some(vec![]);
        }
        Action::CodeKept(change) => {
            // Not a user step: undo must never bring back a code that was rotated away.
            let _ = app.session.apply(change.clone());
            return Some(vec![]);
        }
        Action::ShowRoom => {
            if app.room.is_none() {
                return Some(vec![Effect::OpenRoom]);
            }
            app.mode = Mode::Room;
            return Some(vec![]);
        }
        Action::OpenInbox => {
            app.mode = Mode::Inbox { selected: 0 };
            return Some(vec![]);
        }
        Action::ToggleAutoAccept | Action::ToggleShowWall => {
            let mut rules = app.session.room.clone();
            if *action == Action::ToggleAutoAccept {
                rules.auto_accept = !rules.auto_accept;
            } else {
                rules.show_wall = !rules.show_wall;
            }
            return Some(perform(app, Change::SetRoomRules { rules }));
        }
        Action::RotateCode if app.room.is_some() => return Some(vec![Effect::RotateCode]),
        _ => {}
    }
    if let Mode::Prompt {
        kind: PromptKind::InboxText,
        editor,
        ..
    } = &app.mode
        && *action == Action::Submit
    {
        let text = crate::model::text::clean(editor.text());
        app.mode = Mode::Inbox {
            selected: selected(app),
        };
        let Some(submission) = current(app) else {
            return Some(vec![]);
        };
        if text.is_empty() {
            return Some(vec![]);
        }
        return Some(perform(app, Change::EditInboxItem { submission, text }));
    }
    match app.mode {
        Mode::Room => match action {
            Action::Cancel => {
                app.mode = Mode::Capture;
                Some(vec![])
            }
            _ => None,
        },
        Mode::Inbox { selected } => inbox_key(app, selected, action),
        _ => None,
    }
}

/// Keys of the inbox screen.
fn inbox_key(app: &mut App, selected: usize, action: &Action) -> Option<Vec<Effect>> {
    let count = app.session.inbox.len();
    let effects = match action {
        Action::Up => {
            app.mode = Mode::Inbox {
                selected: selected.saturating_sub(1),
            };
            vec![]
        }
        Action::Down => {
            app.mode = Mode::Inbox {
                selected: (selected + 1).min(count.saturating_sub(1)),
            };
            vec![]
        }
        Action::Cancel => {
            app.mode = Mode::Capture;
            vec![]
        }
        Action::InboxAccept => {
            let Some(item) = app.session.inbox.get(selected) else {
                return Some(vec![]);
            };
            // The participant's suggestion, else the theme the board points at.
            let theme = item
                .theme
                .clone()
                .filter(|k| app.session.theme(k).is_some())
                .or_else(|| app.slot_key(app.selection.slot).map(str::to_string));
            accept(app, theme)
        }
        Action::JumpTheme(n) => {
            let Some(tile) = app.tiles().get(n.wrapping_sub(1)).cloned() else {
                return Some(vec![]);
            };
            let theme = app.slot_key(tile[0]).map(str::to_string);
            accept(app, theme)
        }
        Action::InboxReject => match current(app) {
            Some(submission) => {
                let effects = perform(app, Change::RemoveInboxItem { submission });
                if !effects.is_empty() {
                    app.say(Msg::InboxRejected.get(app.lang).to_string());
                }
                effects
            }
            None => vec![],
        },
        Action::InboxEdit => {
            if let Some(item) = app.session.inbox.get(selected) {
                app.mode = Mode::Prompt {
                    kind: PromptKind::InboxText,
                    editor: LineEditor::with_text(&item.text),
                    back: Box::new(Mode::Inbox { selected }),
                };
            }
            vec![]
        }
        Action::InboxMerge => {
            let Some(item) = app.session.inbox.get(selected) else {
                return Some(vec![]);
            };
            match most_similar(app, &item.text) {
                Some(into) => {
                    let submission = item.source.submission.clone();
                    // In the session's language, as the summary it will be part of.
                    let note = crate::export::source_note(&item.source, app.session.language);
                    match merge_inbox(&app.session, &submission, into, &note) {
                        Ok(change) => perform(app, change),
                        Err(e) => {
                            app.warn(crate::i18n::model_error_text(&e, app.lang));
                            vec![]
                        }
                    }
                }
                None => {
                    app.warn(Msg::InboxNothingSimilar.get(app.lang).to_string());
                    vec![]
                }
            }
        }
        Action::InboxBlock => match app.session.inbox.get(selected) {
            Some(item) => {
                let participant = item.source.participant.clone();
                let submission = item.source.submission.clone();
                let mut effects = vec![Effect::BlockParticipant(participant)];
                effects.extend(perform(app, Change::RemoveInboxItem { submission }));
                effects
            }
            None => vec![],
        },
        _ => return None,
    };
    // The selection stays on a row that exists after accepting or rejecting.
    if let Mode::Inbox { selected } = app.mode {
        app.mode = Mode::Inbox {
            selected: selected.min(app.session.inbox.len().saturating_sub(1)),
        };
    }
    Some(effects)
}

fn selected(app: &App) -> usize {
    match &app.mode {
        Mode::Inbox { selected } => *selected,
        Mode::Prompt { back, .. } => match **back {
            Mode::Inbox { selected } => selected,
            _ => 0,
        },
        _ => 0,
    }
}

/// The submission id of the selected inbox item.
fn current(app: &App) -> Option<String> {
    app.session
        .inbox
        .get(selected(app))
        .map(|i| i.source.submission.clone())
}

fn accept(app: &mut App, theme: Option<String>) -> Vec<Effect> {
    let Some(submission) = current(app) else {
        return vec![];
    };
    match accept_inbox(&app.session, &submission, theme.as_deref()) {
        Ok(change) => {
            let effects = perform(app, change);
            if !effects.is_empty() {
                let name = match theme.as_deref().and_then(|k| app.session.theme(k)) {
                    Some(t) => t.name.get(app.lang).to_string(),
                    None => Msg::Unsorted.get(app.lang).to_string(),
                };
                app.say(Msg::InboxAccepted.fill(app.lang, &[&name]));
            }
            effects
        }
        Err(e) => {
            app.warn(crate::i18n::model_error_text(&e, app.lang));
            vec![]
        }
    }
}

/// The idea on the wall most like `text`, when one is alike enough to merge with.
pub fn most_similar(app: &App, text: &str) -> Option<crate::model::IdeaId> {
    app.session
        .ideas
        .iter()
        .map(|i| (crate::model::similar::text_similarity(text, &i.text), i.id))
        .filter(|(score, _)| *score >= MERGE_SIMILARITY)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// How alike an inbox idea and a wall idea must be for `m` to offer merging them.
const MERGE_SIMILARITY: f32 = 0.25;

/// Phone ideas were stored (already on disk): show them, outside the undo history.
fn arrived(app: &mut App, change: &Change) {
    if app.session.apply(change.clone()).is_err() {
        return;
    }
    let mut count = 0;
    let mut last = None;
    let mut visit = |c: &Change| match c {
        Change::AddInboxItem { .. } => count += 1,
        Change::AddIdea { idea, .. } => {
            count += 1;
            last = Some(idea.id);
        }
        _ => {}
    };
    match change {
        Change::Batch(list) => list.iter().for_each(&mut visit),
        other => visit(other),
    }
    app.reindex();
    if last.is_some() {
        app.set_last_added(last);
    }
    app.say(Msg::PhoneIdeasArrived.fill(app.lang, &[&count]));
}
