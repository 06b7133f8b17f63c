//! Telling typing from commands where letters are commands (organize mode, focus view, lists).
//!
//! A facilitator who believes the capture line is live types a sentence into organize mode:
//! `S` would open the sub-point editor and the rest of the sentence would land in another
//! idea's sub-points. Letters that come closer together than a person presses commands, or a
//! letter that is no command at all, are typing: the board holds letters from then on (until a
//! pause or Esc), undoes what the first letter of the burst did, and says so. Nothing is edited
//! silently.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Selection};
use super::effect::Effect;
use super::keymap;
use super::mode::{Mode, ModeKind};
use super::perform::step_history;
use super::update::update;
use crate::i18n::Msg;

/// Letters closer together than this are typing: nobody presses two commands that fast.
pub const TYPING_GAP: Duration = Duration::from_millis(300);
/// After a burst, letters are held until the keyboard has been quiet this long.
pub const HOLD_PAUSE: Duration = Duration::from_millis(1500);

/// What the guard remembers between keys.
#[derive(Debug, Clone, Default)]
pub struct TypingGuard {
    /// When the last letter arrived, on the board's clock.
    last_letter: Option<Duration>,
    /// What the last letter command changed, while it may still turn out to be typing.
    pending: Option<Box<Pending>>,
    /// Letters are known to be typing: they do nothing until a pause or a non-letter key.
    held: bool,
}

impl TypingGuard {
    /// True while typed letters are being held back.
    pub fn held(&self) -> bool {
        self.held
    }
}

/// The board as it was before a letter command, to put back if the letter was typing.
#[derive(Debug, Clone)]
struct Pending {
    key: char,
    mode: Mode,
    selection: Selection,
    filter: Option<u32>,
    marked: Vec<crate::model::IdeaId>,
    timer: Option<super::timer::Timer>,
    /// The command changed the session (through the history); `undo` says which way back.
    changed: bool,
    undo: bool,
}

/// Letters and spaces are what sentences are made of; `+`, `-`, digits and `<` `>` are not,
/// so counting dot votes with `+ + +` never looks like typing.
fn letter(event: &KeyEvent) -> Option<char> {
    match event.code {
        KeyCode::Char(c)
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && (c.is_alphabetic() || c == ' ') =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Moving the selection changes nothing, and going back to capture (`i`) is what typing
/// wants, so these are never held or undone.
fn is_navigation(action: &Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::Left
            | Action::Right
            | Action::PageUp
            | Action::PageDown
            | Action::JumpTheme(_)
            | Action::Capture
    )
}

/// Modes where a plain letter runs a command.
fn letters_are_commands(mode: ModeKind) -> bool {
    matches!(
        mode,
        ModeKind::Organize | ModeKind::Focus | ModeKind::List(_)
    )
}

/// Handles a key press: the keymap's action, unless the key is part of typed text.
pub(super) fn key(app: &mut App, event: &KeyEvent) -> Vec<Effect> {
    let now = app.clock;
    let letter = letter(event);
    let since_last = app
        .typing
        .last_letter
        .map(|t| now.saturating_sub(t))
        .unwrap_or(Duration::MAX);
    if app.typing.held {
        let typing_key = letter.is_some()
            || matches!(event.code, KeyCode::Char(_))
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            || matches!(event.code, KeyCode::Enter | KeyCode::Backspace);
        if typing_key && since_last < HOLD_PAUSE {
            app.typing.last_letter = Some(now);
            app.warn(held_message(app));
            return vec![];
        }
        app.typing.held = false;
    }
    let Some(c) = letter else {
        // A non-letter ends any burst: what came before stands.
        app.typing.pending = None;
        app.typing.last_letter = None;
        return run(app, event);
    };
    let burst = since_last < TYPING_GAP;
    app.typing.last_letter = Some(now);
    if burst && let Some(pending) = app.typing.pending.take() {
        // The letter before this one ran a command, but the two were typed: take it back.
        let effects = revert(app, *pending);
        app.typing.held = true;
        return effects;
    }
    let mode = app.mode.kind();
    if !letters_are_commands(mode) {
        app.typing.pending = None;
        return run(app, event);
    }
    let Some(action) = keymap::action_for(mode, event) else {
        return vec![];
    };
    if action == Action::NotACommand || (burst && !is_navigation(&action)) {
        // Typing, not a command: the command does not run, and letters are held from now on.
        app.typing.pending = None;
        app.typing.held = true;
        if action == Action::NotACommand {
            return update(app, action);
        }
        app.warn(held_message(app));
        return vec![];
    }
    let before = Pending {
        key: c,
        mode: app.mode.clone(),
        selection: app.selection,
        filter: app.filter,
        marked: app.marked.clone(),
        timer: app.timer.clone(),
        changed: false,
        undo: action == Action::Undo,
    };
    let navigation = is_navigation(&action);
    let effects = update(app, action);
    app.typing.pending = (!navigation).then(|| {
        Box::new(Pending {
            changed: effects.iter().any(|e| matches!(e, Effect::Record(_))),
            ..before
        })
    });
    effects
}

fn run(app: &mut App, event: &KeyEvent) -> Vec<Effect> {
    match keymap::action_for(app.mode.kind(), event) {
        Some(action) => update(app, action),
        None => vec![],
    }
}

/// Puts the board back as it was before the letter command in `pending`.
fn revert(app: &mut App, pending: Pending) -> Vec<Effect> {
    let effects = if pending.changed {
        step_history(app, !pending.undo)
    } else {
        vec![]
    };
    app.mode = pending.mode;
    app.filter = pending.filter;
    app.marked = pending.marked;
    app.timer = pending.timer;
    app.reindex();
    app.selection = pending.selection;
    app.reindex();
    app.generation += 1;
    let text = Msg::TypingUndone.fill(app.lang, &[&"Esc", &pending.key]);
    app.warn(text);
    effects
}

fn held_message(app: &App) -> String {
    Msg::TypingHeld.fill(app.lang, &[&"Esc"])
}
