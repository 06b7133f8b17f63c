//! `update`: the only place the board's state changes. It returns effects instead of
//! doing I/O, so every behaviour can be tested as (state, action) → (state, effects).

use crate::i18n::Msg;
use crate::model::{Change, Idea, Theme, text};

use super::action::Action;
use super::app::{App, SaveState, Selection};
use super::editor::LineEditor;
use super::effect::Effect;
use super::mode::{Mode, PromptKind, Showing};

/// Applies `action` to `app` and returns the effects to carry out.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    // Typing in search changes the highlights on the tiles, so it redraws them too.
    if !is_text_edit(&action) || matches!(app.mode, Mode::Search { .. }) {
        app.generation += 1;
    }
    apply_action(app, action)
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
    if let Some(effects) = super::meeting::handle(app, &action) {
        return effects;
    }
    if !matches!(
        action,
        Action::Saved(_)
            | Action::SavedAs(_)
            | Action::Exported(_)
            | Action::Tick(_)
            | Action::External(_)
            | Action::Reload(_)
            | Action::Resize { .. }
    ) {
        app.status = None;
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
                Mode::Export { .. } | Mode::Present { .. } => Mode::Capture,
                Mode::List { .. } | Mode::Search { .. } => Mode::Organize,
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
                Mode::Focus => Mode::Organize,
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
            if let Mode::Present { show } = &mut app.mode {
                *show = match show {
                    Showing::Timer => Showing::Prompt,
                    Showing::Prompt => Showing::Theme,
                    Showing::Theme => Showing::Ranking,
                    Showing::Ranking => Showing::Timer,
                };
            }
            vec![]
        }
        Action::Present => {
            app.mode = match app.mode {
                Mode::Present { .. } => Mode::Capture,
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
                    Action::TimerAddMinute => timer.add_minute(),
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
                return vec![];
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
        Action::Undo => {
            if app.save == SaveState::ReadOnly {
                return refuse(app);
            }
            match app.history.undo(&mut app.session) {
                Some(change) => {
                    after_change(app, &change);
                    app.say(Msg::Undone.get(app.lang).to_string());
                    vec![Effect::Record(change)]
                }
                None => {
                    app.say(Msg::NothingToUndo.get(app.lang).to_string());
                    vec![]
                }
            }
        }
        Action::Redo => {
            if app.save == SaveState::ReadOnly {
                return refuse(app);
            }
            match app.history.redo(&mut app.session) {
                Some(change) => {
                    after_change(app, &change);
                    app.say(Msg::Redone.get(app.lang).to_string());
                    vec![Effect::Record(change)]
                }
                None => {
                    app.say(Msg::NothingToRedo.get(app.lang).to_string());
                    vec![]
                }
            }
        }
        Action::Quit => {
            // Unsaved data would be lost: warn once and point to saving elsewhere.
            if matches!(app.save, SaveState::Failed(_)) && !app.quit_warned {
                app.quit_warned = true;
                app.warn(Msg::QuitUnsaved.get(app.lang).to_string());
                return vec![];
            }
            app.quit = true;
            if app.save == SaveState::ReadOnly {
                vec![Effect::Quit]
            } else {
                vec![Effect::Snapshot, Effect::Quit]
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
        | Action::Search => vec![],
        Action::Saved(result) => {
            match result {
                Ok(()) => {
                    if app.save == SaveState::Saving {
                        app.save = SaveState::Saved;
                    }
                }
                Err(message) => app.save = SaveState::Failed(message),
            }
            vec![]
        }
    }
}

/// The editor that text keys go to: an open prompt's, else the capture line.
fn active_editor(app: &mut App) -> Option<&mut LineEditor> {
    match &mut app.mode {
        Mode::Prompt { editor, .. } | Mode::Search { editor, .. } => Some(editor),
        Mode::Capture => Some(&mut app.capture),
        _ => None,
    }
}

fn edit(editor: &mut LineEditor, action: &Action) {
    match action {
        Action::Insert(c) => editor.insert(c.encode_utf8(&mut [0; 4])),
        Action::Backspace => editor.backspace(),
        Action::DeleteChar => editor.delete(),
        Action::CursorLeft => editor.left(),
        Action::CursorRight => editor.right(),
        Action::WordLeft => editor.word_left(),
        Action::WordRight => editor.word_right(),
        Action::Home => editor.home(),
        Action::End => editor.end(),
        Action::DeleteWordBack => editor.delete_word_back(),
        Action::ClearLine => editor.clear(),
        _ => {}
    }
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

fn refuse(app: &mut App) -> Vec<Effect> {
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
            app.warn(crate::store::model_error_text(&error, app.lang));
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

fn new_idea(app: &App, text: String, offset: u64) -> Idea {
    let slot = app.selection.slot;
    let id = crate::model::IdeaId(app.session.peek_id().0 + offset);
    let mut idea = Idea::new(id, &text, app.slot_key(slot), app.now);
    idea.group = app.filter;
    idea
}

fn clean_or_warn(app: &mut App, raw: &str) -> String {
    let cleaned = text::clean_line(raw);
    if cleaned.truncated {
        app.warn(Msg::Truncated.fill(app.lang, &[&text::MAX_CHARS]));
    }
    cleaned.text
}

fn submit(app: &mut App) -> Vec<Effect> {
    if let Some(effects) = super::meeting::submit(app) {
        return effects;
    }
    match std::mem::take(&mut app.mode) {
        Mode::Capture => {
            app.mode = Mode::Capture;
            let text = clean_or_warn(app, app.capture.text().to_string().as_str());
            if text.is_empty() {
                return vec![];
            }
            let idea = new_idea(app, text, 0);
            let (id, shown) = (idea.id, idea.text.clone());
            let effects = perform(
                app,
                Change::AddIdea {
                    idea,
                    position: None,
                },
            );
            if !effects.is_empty() {
                app.capture.clear();
                app.set_last_added(Some(id));
                if app.status.is_none() {
                    app.say(Msg::IdeaAdded.fill(app.lang, &[&shown]));
                }
            }
            effects
        }
        Mode::Prompt { kind, editor, back } => {
            app.mode = *back;
            submit_prompt(app, kind, editor.text())
        }
        Mode::Export { format, .. } => {
            app.mode = Mode::Capture;
            vec![Effect::Export(format)]
        }
        other => {
            app.mode = other;
            vec![]
        }
    }
}

fn submit_prompt(app: &mut App, kind: PromptKind, raw: &str) -> Vec<Effect> {
    app.quit_warned = false;
    let text = clean_or_warn(app, raw);
    if let Some(effects) = super::meeting::submit_prompt(app, kind, text.clone()) {
        return effects;
    }
    let selected = app.selected_idea().cloned();
    let slot = app.selection.slot;
    match kind {
        PromptKind::EditIdea => match selected {
            Some(idea) if !text.is_empty() && text != idea.text => {
                perform(app, Change::EditIdea { id: idea.id, text })
            }
            _ => vec![],
        },
        PromptKind::SubPoint => match selected {
            Some(idea) if !text.is_empty() => {
                let mut sub_points = idea.sub_points.clone();
                sub_points.push(text);
                perform(
                    app,
                    Change::SetSubPoints {
                        id: idea.id,
                        sub_points,
                    },
                )
            }
            _ => vec![],
        },
        PromptKind::NewTheme if !text.is_empty() => {
            let key = app.session.free_theme_key(&text);
            let theme = Theme::new(&key, &text);
            let effects = perform(
                app,
                Change::AddTheme {
                    theme,
                    position: None,
                },
            );
            if let Some(slot) = app.session.theme_index(&key) {
                app.selection = Selection { slot, idea: 0 };
            }
            effects
        }
        PromptKind::RenameTheme if !text.is_empty() => match app.slot_key(slot) {
            Some(key) => {
                let key = key.to_string();
                let lang = app.lang;
                perform(
                    app,
                    Change::RenameTheme {
                        key,
                        lang,
                        name: text,
                    },
                )
            }
            None => vec![],
        },
        PromptKind::Group => {
            let Some(idea) = selected else {
                return vec![];
            };
            if text.is_empty() {
                return perform(
                    app,
                    Change::SetGroup {
                        id: idea.id,
                        group: None,
                    },
                );
            }
            match text.parse::<u32>() {
                Ok(n) if n > 0 && n <= 99 => {
                    let mut changes = Vec::new();
                    if n > app.session.groups {
                        changes.push(Change::SetGroupCount { count: n });
                    }
                    changes.push(Change::SetGroup {
                        id: idea.id,
                        group: Some(n),
                    });
                    perform(app, Change::Batch(changes))
                }
                _ => {
                    app.warn(Msg::NoSuchGroup.fill(app.lang, &[&text]));
                    vec![]
                }
            }
        }
        PromptKind::SaveAs if !raw.trim().is_empty() => {
            vec![Effect::SaveAs(std::path::PathBuf::from(raw.trim()))]
        }
        PromptKind::Timer => {
            match super::timer::Timer::parse(app.lang, &text) {
                Some(mut timer) => {
                    timer.start(app.clock);
                    app.timer = Some(timer);
                }
                None if text.is_empty() => {}
                None => app.warn(Msg::TimerBadSpec.fill(app.lang, &[&text])),
            }
            vec![]
        }
        _ => vec![],
    }
}

fn paste(app: &mut App, raw: &str) -> Vec<Effect> {
    let multi_line = raw.trim().contains(['\n', '\r']);
    if matches!(app.mode, Mode::Capture) && multi_line {
        // Each pasted line becomes its own idea in the target theme, undone as one step.
        let lines: Vec<String> = raw
            .lines()
            .map(text::clean)
            .filter(|l| !l.is_empty())
            .collect();
        let changes: Vec<Change> = lines
            .into_iter()
            .enumerate()
            .map(|(n, line)| Change::AddIdea {
                idea: new_idea(app, line, n as u64),
                position: None,
            })
            .collect();
        let count = changes.len();
        let effects = perform(app, Change::Batch(changes));
        if !effects.is_empty() {
            app.say(Msg::IdeaAdded.fill(app.lang, &[&format!("{count} ×")]));
        }
        return effects;
    }
    if let Some(editor) = active_editor(app) {
        let cleaned = text::clean(raw);
        editor.insert(&cleaned);
    }
    vec![]
}

fn step_slot(app: &mut App, delta: isize) -> Vec<Effect> {
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

fn step_idea(app: &mut App, delta: isize) -> Vec<Effect> {
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
    if let Mode::Help { scroll, .. } = &mut app.mode {
        *scroll = (*scroll as isize + delta).clamp(0, 200) as u16;
        return vec![];
    }
    let n = app.index.slot(app.selection.slot).len() as isize;
    if n > 0 {
        let idea = (app.selection.idea as isize + delta).clamp(0, n - 1);
        app.selection.idea = idea as usize;
    }
    vec![]
}

fn move_across(app: &mut App, delta: isize) -> Vec<Effect> {
    let Some(id) = app.selected_idea().map(|i| i.id) else {
        return vec![];
    };
    let n = app.slot_count() as isize;
    let target = (app.selection.slot as isize + delta).rem_euclid(n) as usize;
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

fn move_within(app: &mut App, delta: isize) -> Vec<Effect> {
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
