//! Moving around the board: themes, ideas, lists, and moving ideas themselves.

use crate::i18n::Msg;
use crate::model::Change;

use super::app::{App, Selection};
use super::effect::Effect;
use super::mode::Mode;
use super::perform::perform;

pub(super) fn step_slot(app: &mut App, delta: isize) -> Vec<Effect> {
    let n = app.slot_count() as isize;
    let mut slot = app.selection.slot as isize;
    // The pool is only a stop when it has ideas; otherwise skip it.
    for _ in 0..n {
        slot = (slot + delta).rem_euclid(n);
        let is_pool = slot as usize == app.session.themes.len();
        if !is_pool || !app.index.slot(slot as usize).is_empty() {
            break;
        }
    }
    app.selection = Selection {
        slot: slot as usize,
        idea: 0,
    };
    vec![]
}

pub(super) fn step_idea(app: &mut App, delta: isize) -> Vec<Effect> {
    if matches!(app.mode, Mode::List { .. }) {
        let n = super::meeting::list_len(app) as isize;
        if let Mode::List { selected, .. } = &mut app.mode {
            *selected = (*selected as isize + delta).clamp(0, (n - 1).max(0)) as usize;
        }
        return vec![];
    }
    if let Mode::Export {
        scroll, preview, ..
    } = &mut app.mode
    {
        let max = preview.len().saturating_sub(1) as isize;
        *scroll = (*scroll as isize + delta * 4).clamp(0, max) as u16;
        return vec![];
    }
    let n = app.index.slot(app.selection.slot).len() as isize;
    if n > 0 {
        let idea = (app.selection.idea as isize + delta).clamp(0, n - 1);
        app.selection.idea = idea as usize;
    }
    vec![]
}

/// Scrolls the help by `delta` lines (`isize::MIN` / `MAX`: to the top / end), never past
/// its last page, so a key back up always moves it.
pub(super) fn scroll_help(app: &mut App, delta: isize) -> Vec<Effect> {
    let max = super::view::help_max_scroll(app) as isize;
    if let Mode::Help { scroll, .. } = &mut app.mode {
        *scroll = (*scroll as isize).saturating_add(delta).clamp(0, max) as u16;
    }
    vec![]
}

/// Moves the selected idea to the theme on tile `number` (1-based, as the tiles show it).
pub(super) fn move_to_tile(app: &mut App, number: usize) -> Vec<Effect> {
    let tiles = app.tiles();
    let Some(&target) = tiles.get(number.wrapping_sub(1)).and_then(|t| t.first()) else {
        let text = Msg::NoSuchThemeNumber.fill(app.lang, &[&number, &tiles.len()]);
        app.warn(text);
        return vec![];
    };
    if target == app.selection.slot {
        return vec![];
    }
    move_to_slot(app, target)
}

pub(super) fn move_across(app: &mut App, delta: isize) -> Vec<Effect> {
    let n = app.slot_count() as isize;
    let target = (app.selection.slot as isize + delta).rem_euclid(n) as usize;
    move_to_slot(app, target)
}

/// Moves the selected idea to the theme in slot `target` and says where it went.
fn move_to_slot(app: &mut App, target: usize) -> Vec<Effect> {
    let Some(id) = app.selected_idea().map(|i| i.id) else {
        return vec![];
    };
    let theme = app.slot_key(target).map(str::to_string);
    let effects = perform(
        app,
        Change::MoveIdea {
            id,
            theme,
            position: None,
        },
    );
    if !effects.is_empty() {
        let name = app.slot_name(target).to_string();
        app.say(Msg::IdeaMoved.fill(app.lang, &[&name]));
    }
    effects
}

pub(super) fn move_within(app: &mut App, delta: isize) -> Vec<Effect> {
    let slot_ideas = app.index.slot(app.selection.slot);
    let here = app.selection.idea;
    let there = here as isize + delta;
    if there < 0 || there as usize >= slot_ideas.len() {
        return vec![];
    }
    let (from, to) = (slot_ideas[here], slot_ideas[there as usize]);
    let idea = &app.session.ideas[from];
    let (id, theme) = (idea.id, idea.theme.clone());
    // Removing `from` shifts later positions down by one, so moving down lands after `to`.
    let position = Some(to);
    perform(
        app,
        Change::MoveIdea {
            id,
            theme,
            position,
        },
    )
}
