//! `update`: the only place the board's state changes. It returns effects instead of
//! doing I/O, so every behaviour can be tested as (state, action) → (state, effects).

use crate::i18n::Msg;
use crate::model::Change;

use super::action::Action;
use super::app::{App, SaveState, Selection};
use super::editor::LineEditor;
use super::effect::Effect;
use super::input::{active_editor, edit, paste, sub_points_text, submit};
use super::mode::{Mode, ModeKind, PromptKind, Showing};
use super::navigate::{move_across, move_to_tile, move_within, scroll_help, step_idea, step_slot};
use super::perform::{perform, refuse, step_history};

/// Applies `action` to `app` and returns the effects to carry out.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Key(event) = action {
        return super::typing::key(app, &event);
    }
    if matches!(app.mode, Mode::Help { .. })
        && let Some(delta) = help_scroll(&action)
    {
        return scroll_help(app, delta);
    }
    // Typing in search changes the highlights on the tiles, so it redraws them too. The clock
    // (sent before every key and on every pass of the loop) moves only the timer, which is
    // drawn outside the tiles.
    let keeps_tiles = is_text_edit(&action) || matches!(action, Action::Tick(_));
    if !keeps_tiles || matches!(app.mode, Mode::Search { .. }) {
        app.generation += 1;
    }
    let effects = apply_action(app, action);
    super::roadmap::settle(app);
    effects
}

/// Lines the help scrolls for a key, or `None` when the key does something else.
fn help_scroll(action: &Action) -> Option<isize> {
    match action {
        Action::Up => Some(-1),
        Action::Down => Some(1),
        Action::PageUp => Some(-10),
        Action::PageDown => Some(10),
        Action::ScrollTop => Some(isize::MIN),
        Action::ScrollBottom => Some(isize::MAX),
        Action::Wheel(lines) => Some(*lines as isize),
        _ => None,
    }
}

/// Editing keys change only the input line, never the tiles.
fn is_text_edit(action: &Action) -> bool {
    matches!(
        action,
        Action::Insert(_)
            | Action::Backspace
            | Action::DeleteChar
            | Action::CursorLeft
            | Action::CursorRight
            | Action::WordLeft
            | Action::WordRight
            | Action::Home
            | Action::End
            | Action::DeleteWordBack
            | Action::ClearLine
    )
}

fn apply_action(app: &mut App, action: Action) -> Vec<Effect> {
    if let Some(effects) = super::room::handle(app, &action) {
        return effects;
    }
    if let Some(effects) = super::meeting::handle(app, &action) {
        return effects;
    }
    if let Some(effects) = super::roadmap::handle(app, &action) {
        return effects;
    }
    if !matches!(
        action,
        Action::Saved(_)
            | Action::SavedAs(_)
            | Action::Exported(_)
            | Action::Promoted(_)
            | Action::Tick(_)
            | Action::External(_)
            | Action::Reload(_)
            | Action::Resize { .. }
    ) {
        app.status = None;
        // "Press quit again" means right away: anything else in between asks anew.
        if action != Action::Quit {
            app.quit_warned = false;
        }
    }
    match action {
        Action::Insert(_)
        | Action::Backspace
        | Action::DeleteChar
        | Action::CursorLeft
        | Action::CursorRight
        | Action::WordLeft
        | Action::WordRight
        | Action::Home
        | Action::End
        | Action::DeleteWordBack
        | Action::ClearLine => {
            if let Some(editor) = active_editor(app) {
                edit(editor, &action);
            }
            super::meeting::refresh_search(app);
            vec![]
        }
        Action::Paste(text) => {
            let effects = paste(app, &text);
            super::meeting::refresh_search(app);
            effects
        }
        Action::Submit => submit(app),
        Action::Cancel => {
            app.mode = match std::mem::take(&mut app.mode) {
                Mode::Prompt { back, .. } | Mode::Help { back, .. } => *back,
                // Every way out of a list or view returns to capture, where letters are text:
                // organize mode is only entered on purpose. A search ends on the idea it
                // found, selected for organizing.
                Mode::Export { .. } | Mode::Present { .. } | Mode::List { .. } => Mode::Capture,
                Mode::Search { .. } => Mode::Organize,
                other => other,
            };
            vec![]
        }
        Action::NextTarget => step_slot(app, 1),
        Action::PrevTarget => step_slot(app, -1),
        Action::Left => step_slot(app, -1),
        Action::Right => step_slot(app, 1),
        Action::JumpTheme(n) => {
            if let Some(tile) = app.tiles().get(n.wrapping_sub(1)) {
                app.selection = Selection {
                    slot: tile[0],
                    idea: 0,
                };
            }
            vec![]
        }
        Action::Organize => {
            app.mode = Mode::Organize;
            if let Some(id) = app.last_added {
                app.select_idea(id);
            }
            app.set_last_added(None);
            vec![]
        }
        Action::Capture => {
            app.mode = Mode::Capture;
            vec![]
        }
        Action::Focus => {
            app.mode = match app.mode {
                Mode::Focus => Mode::Capture,
                _ => Mode::Focus,
            };
            vec![]
        }
        Action::Help => {
            let back = Box::new(std::mem::take(&mut app.mode));
            app.mode = match *back {
                Mode::Help { back, .. } => *back,
                _ => Mode::Help { back, scroll: 0 },
            };
            vec![]
        }
        Action::Up => step_idea(app, -1),
        Action::Down => step_idea(app, 1),
        Action::PageUp => step_idea(app, -5),
        Action::PageDown => step_idea(app, 5),
        Action::MoveLeft => move_across(app, -1),
        Action::MoveRight => move_across(app, 1),
        Action::MoveUp => move_within(app, -1),
        Action::MoveDown => move_within(app, 1),
        Action::Edit => {
            let text = app.selected_idea().map(|i| i.text.clone());
            if let Some(text) = text {
                open_prompt(app, PromptKind::EditIdea, &text);
            }
            vec![]
        }
        Action::AddSubPoint => {
            if app.selected_idea().is_some() {
                open_prompt(app, PromptKind::SubPoint, "");
            }
            vec![]
        }
        Action::EditSubPoints => {
            let text = app.selected_idea().map(|i| sub_points_text(&i.sub_points));
            if let Some(text) = text {
                open_prompt(app, PromptKind::EditSubPoints, &text);
            }
            vec![]
        }
        Action::TagGroup => {
            let group = app.selected_idea().map(|i| i.group);
            if let Some(group) = group {
                let text = group.map(|g| g.to_string()).unwrap_or_default();
                open_prompt(app, PromptKind::Group, &text);
            }
            vec![]
        }
        Action::Export => {
            let format = crate::export::Format::Txt;
            app.mode = Mode::Export {
                format,
                preview: preview(app, format),
                scroll: 0,
            };
            vec![]
        }
        Action::NextFormat if matches!(app.mode, Mode::Present { .. }) => {
            let room_open = app.room.is_some();
            if let Mode::Present { show } = &mut app.mode {
                *show = match show {
                    Showing::Timer => Showing::Prompt,
                    Showing::Prompt => Showing::Theme,
                    Showing::Theme => Showing::Ranking,
                    Showing::Ranking if room_open => Showing::Room,
                    Showing::Ranking | Showing::Room => Showing::Timer,
                };
            }
            vec![]
        }
        Action::Present => {
            app.mode = match app.mode {
                Mode::Present { .. } => Mode::Capture,
                // From the room's own view, the room is what the wall should show large.
                Mode::Room if app.room.is_some() => Mode::Present {
                    show: Showing::Room,
                },
                _ => Mode::Present {
                    show: if app.timer.as_ref().is_some_and(|t| t.running()) {
                        Showing::Timer
                    } else if app.session.current_agenda_item().is_some() {
                        Showing::Prompt
                    } else {
                        Showing::Theme
                    },
                },
            };
            vec![]
        }
        Action::TimerToggle => {
            let clock = app.clock;
            match &mut app.timer {
                Some(timer) => timer.toggle(clock),
                None => open_prompt_always(app, PromptKind::Timer),
            }
            vec![]
        }
        Action::TimerNew => {
            open_prompt_always(app, PromptKind::Timer);
            vec![]
        }
        Action::TimerAddMinute | Action::TimerReset | Action::TimerSkip => {
            let clock = app.clock;
            if let Some(timer) = &mut app.timer {
                match action {
                    Action::TimerAddMinute => timer.add_minute(clock),
                    Action::TimerReset => timer.reset(),
                    _ => timer.skip(clock),
                }
            }
            vec![]
        }
        Action::Tick(clock) => {
            let before = app.timer_reading().map(|r| (r.step, r.over_time()));
            app.clock = clock;
            let after = app.timer_reading().map(|r| (r.step, r.over_time()));
            if app.bell && before.is_some() && before != after {
                vec![Effect::Bell]
            } else {
                vec![]
            }
        }
        Action::NextFormat | Action::PrevFormat => {
            if let Mode::Export { format, .. } = app.mode {
                let all = crate::export::Format::ALL;
                let at = all.iter().position(|f| *f == format).unwrap_or(0);
                let step = if action == Action::NextFormat {
                    1
                } else {
                    all.len() - 1
                };
                let format = all[(at + step) % all.len()];
                app.mode = Mode::Export {
                    format,
                    preview: preview(app, format),
                    scroll: 0,
                };
            }
            vec![]
        }
        Action::SaveAs => {
            let back = Box::new(std::mem::take(&mut app.mode));
            app.mode = Mode::Prompt {
                kind: PromptKind::SaveAs,
                editor: LineEditor::default(),
                back,
            };
            vec![]
        }
        Action::NewTheme => {
            open_prompt(app, PromptKind::NewTheme, "");
            vec![]
        }
        Action::RenameTheme => {
            if app.selection.slot < app.session.themes.len() {
                let name = app.slot_name(app.selection.slot).to_string();
                open_prompt(app, PromptKind::RenameTheme, &name);
            }
            vec![]
        }
        Action::Delete => {
            let Some(id) = app.selected_idea().map(|i| i.id) else {
                return delete_empty_theme(app);
            };
            let effects = perform(app, Change::RemoveIdea { id });
            if !effects.is_empty() {
                app.say(Msg::IdeaDeleted.get(app.lang).to_string());
            }
            effects
        }
        Action::CycleFilter => {
            let groups = app.session.groups;
            app.filter = match app.filter {
                None if groups > 0 => Some(1),
                Some(g) if g < groups => Some(g + 1),
                _ => None,
            };
            app.reindex();
            vec![]
        }
        Action::Undo | Action::Redo => step_history(app, action == Action::Undo),
        Action::MoveToTheme(n) => move_to_tile(app, n),
        Action::MoveToThemePrompt => {
            if app.selected_idea().is_some() {
                open_prompt(app, PromptKind::MoveToTheme, "");
            }
            vec![]
        }
        Action::ScrollTop | Action::ScrollBottom => {
            if let Mode::Export {
                scroll, preview, ..
            } = &mut app.mode
            {
                let end = preview.len().saturating_sub(1) as u16;
                *scroll = if action == Action::ScrollTop { 0 } else { end };
            }
            vec![]
        }
        Action::Wheel(lines) => match app.mode {
            // The wheel scrolls what can scroll; on the board it would only move the selection.
            Mode::Export { .. } | Mode::List { .. } | Mode::Focus => {
                step_idea(app, if lines < 0 { -1 } else { 1 })
            }
            _ => vec![],
        },
        // Resolved by `typing::key` above, before anything else.
        Action::Key(_) => vec![],
        Action::NotACommand => {
            // Said as a warning: the facilitator believes they are typing an idea.
            let keys = super::keymap::keys_for(ModeKind::Organize, &Action::Capture)
                .unwrap_or_else(|| "Esc".to_string());
            app.warn(Msg::NotACommand.fill(app.lang, &[&keys]));
            vec![]
        }
        Action::Quit => {
            // Unsaved data would be lost: warn once and point to saving elsewhere.
            if matches!(app.save, SaveState::Failed(_)) && !app.quit_warned {
                app.quit_warned = true;
                app.warn(Msg::QuitUnsaved.get(app.lang).to_string());
                return vec![];
            }
            // Text typed into a prompt or search would be lost: ask once, the same as above.
            let typed = match &app.mode {
                Mode::Prompt { editor, .. } | Mode::Search { editor, .. } => !editor.is_empty(),
                _ => false,
            };
            if typed && !app.quit_warned {
                app.quit_warned = true;
                let keys = super::keymap::keys_for(app.mode.kind(), &Action::Quit)
                    .unwrap_or_else(|| "Ctrl+Q".to_string());
                app.warn(Msg::QuitLosesEdit.fill(app.lang, &[&keys]));
                return vec![];
            }
            app.quit = true;
            if app.save == SaveState::ReadOnly {
                vec![Effect::Quit]
            } else if app.capture.is_empty() {
                vec![Effect::Snapshot, Effect::Quit]
            } else {
                // The half-typed idea is never lost: it is in the capture line on reopening.
                let draft = app.capture.text().to_string();
                vec![Effect::Snapshot, Effect::SaveDraft(draft), Effect::Quit]
            }
        }
        Action::Click { column, row } => {
            super::view::click(app, column, row);
            vec![]
        }
        Action::Resize { width, height } => {
            app.size = (width, height);
            vec![]
        }
        Action::External(changes) => {
            for change in changes {
                let applied = app.session.apply(change.clone()).is_ok();
                if applied && let Change::AddIdea { idea, .. } = &change {
                    app.last_added = Some(idea.id);
                    app.say(Msg::IdeaAdded.fill(app.lang, &[&idea.text]));
                }
            }
            app.reindex();
            vec![]
        }
        Action::Reload(session) => {
            app.session = *session;
            app.history = crate::model::History::default();
            app.reindex();
            vec![]
        }
        Action::Exported(result) => {
            match result {
                Ok(name) => app.say(Msg::Written.fill(app.lang, &[&name])),
                Err(message) => app.warn(message),
            }
            vec![]
        }
        Action::Promoted(result) => {
            match result {
                Ok(message) => app.say(message),
                Err(message) => app.warn(message),
            }
            vec![]
        }
        Action::SavedAs(result) => {
            match result {
                Ok(name) => {
                    app.save = SaveState::Saved;
                    app.quit_warned = false;
                    app.say(Msg::SavedTo.fill(app.lang, &[&name]));
                }
                Err(message) => app.warn(message),
            }
            vec![]
        }
        // Meeting actions are handled in `meeting::handle` above.
        Action::NextAgenda
        | Action::PrevAgenda
        | Action::OpenList(_)
        | Action::VoteUp
        | Action::VoteDown
        | Action::Park
        | Action::MarkMerge
        | Action::MergeMarked
        | Action::NewAction
        | Action::ListRemove
        | Action::ListEdit
        | Action::ActionOwner
        | Action::ActionDue
        | Action::ActionStatus
        | Action::ParkingToAction
        | Action::Unpark
        | Action::ToggleHidden
        | Action::ToggleClosed
        | Action::Dismiss
        | Action::Search
        | Action::VotingRules
        | Action::NewAgendaItem
        | Action::Roadmap(_) => vec![],
        // Room actions are handled in `room::handle` above; outside their screens they do nothing.
        Action::ToggleRoom
        | Action::ShowRoom
        | Action::OpenInbox
        | Action::InboxAccept
        | Action::InboxReject
        | Action::InboxEdit
        | Action::InboxMerge
        | Action::InboxBlock
        | Action::ToggleAutoAccept
        | Action::ToggleShowWall
        | Action::RotateCode
        | Action::RoomOpened(_)
        | Action::RoomClosed
        | Action::Arrived(_)
        | Action::CodeKept(_) => vec![],
        Action::Saved(result) => {
            match result {
                Ok(()) => {
                    if app.save == SaveState::Saving {
                        app.save = SaveState::Saved;
                    }
                }
                // The first failure says what went wrong; later ones only repeat that
                // nothing more is written here.
                Err(message) => {
                    if !matches!(app.save, SaveState::Failed(_)) {
                        app.save = SaveState::Failed(message);
                    }
                }
            }
            vec![]
        }
    }
}

/// Delete on a theme with no ideas removes the theme (the summary would print it empty);
/// Ctrl+Z brings it back.
fn delete_empty_theme(app: &mut App) -> Vec<Effect> {
    let Some(key) = app.slot_key(app.selection.slot).map(str::to_string) else {
        return vec![];
    };
    let name = app.slot_name(app.selection.slot).to_string();
    let effects = perform(app, Change::RemoveTheme { key });
    if !effects.is_empty() {
        app.selection.idea = 0;
        app.say(Msg::ThemeDeleted.fill(app.lang, &[&name]));
    }
    effects
}

fn open_prompt(app: &mut App, kind: PromptKind, text: &str) {
    if app.save == SaveState::ReadOnly {
        refuse(app);
        return;
    }
    let back = Box::new(std::mem::take(&mut app.mode));
    app.mode = Mode::Prompt {
        kind,
        editor: LineEditor::with_text(text),
        back,
    };
}

/// Opens a prompt that changes nothing in the session, so read-only boards may use it too.
fn open_prompt_always(app: &mut App, kind: PromptKind) {
    let back = Box::new(std::mem::take(&mut app.mode));
    app.mode = Mode::Prompt {
        kind,
        editor: LineEditor::default(),
        back,
    };
}

/// The summary as text lines for the export screen; html and docx show their text form.
fn preview(app: &App, format: crate::export::Format) -> Vec<String> {
    use crate::export::{Format, Options, render};
    let shown = match format {
        Format::Html | Format::Docx => Format::Txt,
        other => other,
    };
    let mut options = Options::for_session(&app.session);
    options.lang = app.lang;
    let bytes = render(&app.session, shown, &options);
    String::from_utf8_lossy(&bytes)
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::to_string)
        .collect()
}
