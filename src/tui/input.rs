//! Text input: the capture line, prompts and paste, and what Enter does with them.

use crate::i18n::Msg;
use crate::model::{Change, Idea, Theme, text};

use super::action::Action;
use super::app::{App, Selection};
use super::editor::LineEditor;
use super::effect::Effect;
use super::mode::{Mode, PromptKind};
use super::perform::perform;

/// The editor that text keys go to: an open prompt's, else the capture line.
pub(super) fn active_editor(app: &mut App) -> Option<&mut LineEditor> {
    match &mut app.mode {
        Mode::Prompt { editor, .. } | Mode::Search { editor, .. } => Some(editor),
        Mode::Capture => Some(&mut app.capture),
        _ => None,
    }
}

pub(super) fn edit(editor: &mut LineEditor, action: &Action) {
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

pub(super) fn new_idea(app: &App, text: String, offset: u64) -> Idea {
    let slot = app.selection.slot;
    let id = crate::model::IdeaId(app.session.peek_id().0 + offset);
    let mut idea = Idea::new(id, &text, app.slot_key(slot), app.now);
    idea.group = app.filter;
    idea
}

pub(super) fn clean_or_warn(app: &mut App, raw: &str) -> String {
    let cleaned = text::clean_line(raw);
    if cleaned.truncated {
        app.warn(Msg::Truncated.fill(app.lang, &[&text::MAX_CHARS]));
    }
    cleaned.text
}

/// The text of a new idea and its first sub-points by the model's one rule for long text
/// ([`text::clean_pieces`]); says so when it splits.
fn split_long(app: &mut App, raw: &str) -> (String, Vec<String>) {
    let mut pieces = text::clean_pieces(raw);
    let first = pieces.remove(0);
    if !pieces.is_empty() {
        app.warn(Msg::SplitLong.fill(app.lang, &[&text::MAX_CHARS, &pieces.len()]));
    }
    (first, pieces)
}

pub(super) fn submit(app: &mut App) -> Vec<Effect> {
    if let Some(effects) = super::meeting::submit(app) {
        return effects;
    }
    match std::mem::take(&mut app.mode) {
        Mode::Capture => {
            app.mode = Mode::Capture;
            let (text, rest) = split_long(app, app.capture.text().to_string().as_str());
            if text.is_empty() {
                return vec![];
            }
            let mut idea = new_idea(app, text, 0);
            idea.sub_points = rest;
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

/// Between sub-points in the prompt that edits them all at once.
const SUB_POINT_SEPARATOR: &str = " | ";

/// An idea's sub-points as that prompt shows them: `tilat | avustukset`.
pub(super) fn sub_points_text(sub_points: &[String]) -> String {
    sub_points.join(SUB_POINT_SEPARATOR)
}

pub(super) fn submit_prompt(app: &mut App, kind: PromptKind, raw: &str) -> Vec<Effect> {
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
        PromptKind::EditSubPoints => match selected {
            Some(idea) => {
                let sub_points: Vec<String> = text
                    .split(SUB_POINT_SEPARATOR.trim())
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                if sub_points == idea.sub_points {
                    return vec![];
                }
                perform(
                    app,
                    Change::SetSubPoints {
                        id: idea.id,
                        sub_points,
                    },
                )
            }
            None => vec![],
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
        PromptKind::MoveToTheme if !text.is_empty() => match text.parse::<usize>() {
            Ok(n) => super::navigate::move_to_tile(app, n),
            Err(_) => {
                let tiles = app.tiles().len();
                app.warn(Msg::NoSuchThemeNumber.fill(app.lang, &[&text, &tiles]));
                vec![]
            }
        },
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
        PromptKind::RoadmapDone => super::roadmap::submit_text(app, false, &text),
        PromptKind::RoadmapComment => super::roadmap::submit_text(app, true, &text),
        PromptKind::RoadmapPromote => super::roadmap::promote::submit(app, raw),
        _ => vec![],
    }
}

pub(super) fn paste(app: &mut App, raw: &str) -> Vec<Effect> {
    let multi_line = raw.trim().contains(['\n', '\r']);
    if matches!(app.mode, Mode::Capture) && multi_line {
        // Each pasted line becomes its own idea in the target theme, undone as one step.
        // Terminals send CR (tmux and most others), LF or CRLF between pasted lines.
        let lines: Vec<(String, Vec<String>)> = raw
            .split(['\r', '\n'])
            .map(|line| split_long(app, line))
            .filter(|(l, _)| !l.is_empty())
            .collect();
        let split = lines.iter().any(|(_, rest)| !rest.is_empty());
        let changes: Vec<Change> = lines
            .into_iter()
            .enumerate()
            .map(|(n, (line, rest))| {
                let mut idea = new_idea(app, line, n as u64);
                idea.sub_points = rest;
                Change::AddIdea {
                    idea,
                    position: None,
                }
            })
            .collect();
        let count = changes.len();
        let effects = perform(app, Change::Batch(changes));
        if !effects.is_empty() && !split {
            app.say(Msg::IdeaAdded.fill(app.lang, &[&format!("{count} ×")]));
        }
        return effects;
    }
    if let Some(editor) = active_editor(app) {
        // Kept whole: a long text is split (or, in a prompt, cut with a warning) on Enter.
        let cleaned = text::clean_whole(raw);
        editor.insert(&cleaned);
    }
    vec![]
}
