//! `update` for running the meeting: agenda, votes, parking lot, actions, merging,
//! duplicate suggestions and search. Every content change goes through `perform`.

use crate::i18n::{DateKind, Msg, bad_date_message, parse_typed_date};
use crate::model::{self, ActionStatus, Change, IdeaId};

use super::action::Action;
use super::agenda_spec::{agenda_spec, parse_agenda_spec};
use super::app::App;
use super::editor::LineEditor;
use super::effect::Effect;
use super::mode::{ListKind, Mode, PromptKind};
use super::perform::perform;

/// Handles the meeting actions; `None` for actions that are not about running the meeting.
pub fn handle(app: &mut App, action: &Action) -> Option<Vec<Effect>> {
    let effects = match action {
        Action::NextAgenda => step_agenda(app, model::next_agenda(&app.session)),
        Action::PrevAgenda => step_agenda(app, model::previous_agenda(&app.session)),
        Action::OpenList(kind) => {
            open_list(app, *kind);
            vec![]
        }
        Action::VoteUp => vote(app, 1),
        Action::VoteDown => vote(app, -1),
        Action::Park => park(app),
        Action::MarkMerge => {
            if let Some(id) = app.selected_idea().map(|i| i.id) {
                match app.marked.iter().position(|m| *m == id) {
                    Some(at) => {
                        app.marked.remove(at);
                    }
                    None => app.marked.push(id),
                }
                app.say(Msg::MarkedForMerge.fill(app.lang, &[&app.marked.len()]));
            }
            vec![]
        }
        Action::MergeMarked => merge_marked(app),
        Action::NewAction => {
            let text = match app.mode {
                Mode::Organize => app
                    .selected_idea()
                    .map(|i| i.text.clone())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            prompt(app, PromptKind::ActionText, &text);
            vec![]
        }
        Action::ListEdit => {
            let text = match list_row(app) {
                Some((ListKind::Actions, i)) => app.session.actions.get(i).map(|a| a.text.clone()),
                Some((ListKind::Parking, i)) => app.session.parking.get(i).map(|p| p.text.clone()),
                Some((ListKind::Agenda, i)) => app.session.agenda.get(i).map(agenda_spec),
                _ => None,
            };
            if let Some(text) = text {
                prompt(app, PromptKind::ListText, &text);
            }
            vec![]
        }
        Action::ActionOwner => {
            if let Some((ListKind::Actions, i)) = list_row(app)
                && let Some(owner) = app.session.actions.get(i).map(|a| a.owner.clone())
            {
                prompt(app, PromptKind::ActionOwner, &owner);
            }
            vec![]
        }
        Action::ActionDue => {
            if let Some((ListKind::Actions, i)) = list_row(app)
                && let Some(action) = app.session.actions.get(i)
            {
                let due = action.due.map(crate::i18n::format_date).unwrap_or_default();
                prompt(app, PromptKind::ActionDue, &due);
            }
            vec![]
        }
        Action::ActionStatus => match list_row(app) {
            Some((ListKind::Actions, i)) if i < app.session.actions.len() => {
                let next = match app.session.actions[i].status {
                    ActionStatus::Open => ActionStatus::Done,
                    ActionStatus::Done => ActionStatus::Partly,
                    ActionStatus::Partly => ActionStatus::NotDone,
                    ActionStatus::NotDone => ActionStatus::Open,
                };
                try_perform(app, model::set_action_status(&app.session, i, next))
            }
            _ => vec![],
        },
        Action::VotingRules => {
            let r = app.session.voting;
            let show = |n: Option<u32>| n.map_or("-".to_string(), |n| n.to_string());
            let text = format!(
                "{} {}",
                show(r.budget_per_participant),
                show(r.cap_per_idea)
            );
            prompt(app, PromptKind::VotingRules, &text);
            vec![]
        }
        Action::NewAgendaItem => {
            prompt(app, PromptKind::AgendaItem, "");
            vec![]
        }
        Action::ListRemove => match list_row(app) {
            Some((ListKind::Actions, i)) => try_perform(app, model::remove_action(&app.session, i)),
            Some((ListKind::Agenda, i)) if i < app.session.agenda.len() => {
                perform(app, Change::RemoveAgendaItem { index: i })
            }
            Some((ListKind::Parking, i)) => {
                try_perform(app, model::remove_parking_item(&app.session, i))
            }
            _ => vec![],
        },
        Action::ParkingToAction => match list_row(app) {
            Some((ListKind::Parking, i)) => {
                try_perform(app, model::parking_to_action(&app.session, i))
            }
            _ => vec![],
        },
        Action::Unpark => match list_row(app) {
            Some((ListKind::Parking, i)) => {
                let theme = app.slot_key(app.selection.slot).map(str::to_string);
                try_perform(
                    app,
                    model::unpark(&app.session, i, theme.as_deref(), app.now),
                )
            }
            _ => vec![],
        },
        Action::ToggleHidden => {
            let change = model::set_voting_rules(&app.session, |r| r.hidden = !r.hidden);
            perform(app, change)
        }
        Action::ToggleClosed => {
            let change = model::set_voting_rules(&app.session, |r| r.closed = !r.closed);
            perform(app, change)
        }
        Action::Dismiss => match &app.mode {
            Mode::List {
                kind: ListKind::Duplicates,
                selected,
                pairs,
            } => match pairs.get(*selected).copied() {
                Some((a, b)) => {
                    let effects = try_perform(app, model::dismiss_duplicate(&app.session, a, b));
                    drop_pair(app);
                    effects
                }
                None => vec![],
            },
            _ => vec![],
        },
        Action::Search => {
            app.mode = Mode::Search {
                editor: LineEditor::default(),
                hits: Vec::new(),
            };
            vec![]
        }
        _ => return None,
    };
    Some(effects)
}

/// Enter on a list screen or in search.
pub fn submit(app: &mut App) -> Option<Vec<Effect>> {
    match &app.mode {
        Mode::List {
            kind: ListKind::Agenda,
            selected,
            ..
        } => {
            let change = Change::SetCurrentAgenda {
                index: (*selected < app.session.agenda.len()).then_some(*selected),
            };
            Some(perform(app, change))
        }
        Mode::List {
            kind: ListKind::Duplicates,
            selected,
            pairs,
        } => {
            let Some((a, b)) = pairs.get(*selected).copied() else {
                return Some(vec![]);
            };
            let effects = try_perform(app, model::merge_ideas(&app.session, a, &[b], false));
            drop_pair(app);
            if !effects.is_empty() {
                app.say(Msg::Merged.fill(app.lang, &[&2]));
            }
            Some(effects)
        }
        Mode::Search { hits, .. } => {
            // Enter walks through the matches on the board.
            if hits.is_empty() {
                return Some(vec![]);
            }
            let current = app.selected_idea().map(|i| i.id);
            let at = current.and_then(|c| hits.iter().position(|h| *h == c));
            let next = hits[at.map_or(0, |i| (i + 1) % hits.len())];
            app.select_idea(next);
            Some(vec![])
        }
        _ => None,
    }
}

/// Re-runs the search after the query changed.
pub fn refresh_search(app: &mut App) {
    let Mode::Search { editor, .. } = &app.mode else {
        return;
    };
    let query = editor.text().to_string();
    let found: Vec<IdeaId> = if query.trim().is_empty() {
        Vec::new()
    } else {
        model::search(&app.session, &query)
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    if let Some(&first) = found.first() {
        app.select_idea(first);
    }
    app.say(Msg::count(
        app.lang,
        found.len(),
        Msg::SearchHitsOne,
        Msg::SearchHits,
    ));
    if let Mode::Search { hits, .. } = &mut app.mode {
        *hits = found;
    }
}

/// Text of a prompt opened from a meeting screen.
pub fn submit_prompt(app: &mut App, kind: PromptKind, text: String) -> Option<Vec<Effect>> {
    let row = list_row(app);
    let effects = match (kind, row) {
        (PromptKind::ActionText, _) if text.is_empty() => vec![],
        (PromptKind::ActionText, Some((ListKind::Actions, _))) => {
            perform(app, model::add_action(&text, "", None, &[]))
        }
        (PromptKind::ActionText, _) => {
            let linked: Vec<IdeaId> = app.selected_idea().map(|i| i.id).into_iter().collect();
            let effects = perform(app, model::add_action(&text, "", None, &linked));
            if !effects.is_empty() {
                app.say(format!("{}: {text}", Msg::ListActions.get(app.lang)));
            }
            effects
        }
        (PromptKind::ActionOwner, Some((ListKind::Actions, i))) => {
            try_perform(app, model::edit_action(&app.session, i, |a| a.owner = text))
        }
        (PromptKind::ActionDue, Some((ListKind::Actions, i))) => {
            let due = if text.is_empty() {
                Ok(None)
            } else {
                let reference = (app.session.date).unwrap_or_else(|| app.now.date_naive());
                parse_typed_date(&text, reference, DateKind::Due)
                    .map(Some)
                    .ok_or(())
            };
            match due {
                Ok(due) => try_perform(app, model::edit_action(&app.session, i, |a| a.due = due)),
                Err(()) => {
                    app.warn(bad_date_message(app.lang, &text));
                    vec![]
                }
            }
        }
        (PromptKind::ListText, Some((ListKind::Actions, i))) if !text.is_empty() => {
            try_perform(app, model::edit_action(&app.session, i, |a| a.text = text))
        }
        (PromptKind::ListText, Some((ListKind::Parking, i))) if !text.is_empty() => {
            try_perform(app, model::edit_parking_item(&app.session, i, &text))
        }
        (PromptKind::ListText, Some((ListKind::Agenda, i))) if !text.is_empty() => {
            let parsed = parse_agenda_spec(&text);
            try_perform(
                app,
                model::edit_agenda_item(&app.session, i, |a| {
                    (a.start, a.minutes, a.title, a.prompt) =
                        (parsed.start, parsed.minutes, parsed.title, parsed.prompt);
                }),
            )
        }
        (PromptKind::AgendaItem, _) if !text.is_empty() => {
            let item = parse_agenda_spec(&text);
            perform(app, model::add_agenda_item(item, None))
        }
        (PromptKind::VotingRules, _) => {
            let mut parts = text
                .split_whitespace()
                .map(|p| p.parse::<u32>().ok().filter(|n| *n > 0));
            let (budget, cap) = (parts.next().flatten(), parts.next().flatten());
            let change = model::set_voting_rules(&app.session, |r| {
                r.budget_per_participant = budget;
                r.cap_per_idea = cap;
            });
            perform(app, change)
        }
        (
            PromptKind::ActionOwner
            | PromptKind::ActionDue
            | PromptKind::ListText
            | PromptKind::AgendaItem,
            _,
        ) => {
            vec![]
        }
        _ => return None,
    };
    Some(effects)
}

/// The list screen and row the facilitator is on.
fn list_row(app: &App) -> Option<(ListKind, usize)> {
    match &app.mode {
        Mode::List { kind, selected, .. } => Some((*kind, *selected)),
        _ => None,
    }
}

/// Number of rows of a list screen.
pub fn list_len(app: &App) -> usize {
    match &app.mode {
        Mode::List { kind, pairs, .. } => match kind {
            ListKind::Agenda => app.session.agenda.len(),
            ListKind::Ranking => model::ranking(&app.session, None).len(),
            ListKind::Parking => app.session.parking.len(),
            ListKind::Actions => app.session.actions.len(),
            ListKind::Duplicates => pairs.len(),
        },
        _ => 0,
    }
}

fn open_list(app: &mut App, kind: ListKind) {
    let pairs = if kind == ListKind::Duplicates {
        model::suggest_duplicates(&app.session)
            .into_iter()
            .map(|(a, b, _)| (a, b))
            .collect()
    } else {
        Vec::new()
    };
    let selected = match kind {
        ListKind::Agenda => app.session.current_agenda.unwrap_or(0),
        _ => 0,
    };
    app.mode = Mode::List {
        kind,
        selected,
        pairs,
    };
}

fn drop_pair(app: &mut App) {
    if let Mode::List {
        selected, pairs, ..
    } = &mut app.mode
        && *selected < pairs.len()
    {
        pairs.remove(*selected);
        *selected = (*selected).min(pairs.len().saturating_sub(1));
    }
}

fn prompt(app: &mut App, kind: PromptKind, text: &str) {
    let back = Box::new(std::mem::take(&mut app.mode));
    app.mode = Mode::Prompt {
        kind,
        editor: LineEditor::with_text(text),
        back,
    };
}

fn try_perform(app: &mut App, change: Result<Change, model::ModelError>) -> Vec<Effect> {
    match change {
        Ok(change) => perform(app, change),
        Err(e) => {
            app.warn(crate::i18n::model_error_text(&e, app.lang));
            vec![]
        }
    }
}

fn step_agenda(app: &mut App, change: Option<Change>) -> Vec<Effect> {
    match change {
        Some(change) => perform(app, change),
        None => vec![],
    }
}

fn vote(app: &mut App, delta: i32) -> Vec<Effect> {
    let id = match &app.mode {
        Mode::List {
            kind: ListKind::Ranking,
            selected,
            ..
        } => model::ranking(&app.session, None)
            .get(*selected)
            .map(|(id, _)| *id),
        _ => app.selected_idea().map(|i| i.id),
    };
    let Some(id) = id else {
        return vec![];
    };
    let effects = try_perform(app, model::vote(&app.session, id, delta));
    // Each vote is confirmed in the footer, with the new total unless totals are hidden.
    if !effects.is_empty()
        && let Some(idea) = app.session.ideas.iter().find(|i| i.id == id)
    {
        let lang = app.lang;
        let what = if delta > 0 {
            Msg::VoteGiven
        } else {
            Msg::VoteTaken
        };
        let voting = &app.session.voting;
        let total = if voting.hidden && !voting.closed {
            Msg::VotesHidden.get(lang).to_string()
        } else {
            Msg::count(lang, idea.votes, Msg::VotesOne, Msg::VotesMany)
        };
        let text = what.fill(lang, &[&crate::tui::wrap::truncate(&idea.text, 40), &total]);
        app.say(text);
    }
    effects
}

fn park(app: &mut App) -> Vec<Effect> {
    if matches!(app.mode, Mode::Capture) {
        let text = crate::model::text::clean(app.capture.text());
        if text.is_empty() {
            return vec![];
        }
        let effects = perform(app, model::add_parking_item(&text, app.now));
        if !effects.is_empty() {
            app.capture.clear();
            app.say(Msg::Parked.fill(app.lang, &[&text]));
        }
        return effects;
    }
    let Some((id, text)) = app.selected_idea().map(|i| (i.id, i.text.clone())) else {
        return vec![];
    };
    let effects = try_perform(app, model::park_idea(&app.session, id, app.now));
    if !effects.is_empty() {
        app.say(Msg::Parked.fill(app.lang, &[&text]));
    }
    effects
}

fn merge_marked(app: &mut App) -> Vec<Effect> {
    let Some(keep) = app.selected_idea().map(|i| i.id) else {
        return vec![];
    };
    let others: Vec<IdeaId> = app.marked.iter().copied().filter(|m| *m != keep).collect();
    if others.is_empty() {
        return vec![];
    }
    let effects = try_perform(app, model::merge_ideas(&app.session, keep, &others, false));
    if !effects.is_empty() {
        app.say(Msg::Merged.fill(app.lang, &[&(others.len() + 1)]));
        app.marked.clear();
        app.select_idea(keep);
    }
    effects
}
