//! The roadmap on the wall: the board of goals → areas → actions, the assessment meeting
//! that steps through the year's action areas one at a time, and the status chart.
//!
//! ```text
//! ┌ status: title · date · Vuosi 2025 · TIEKARTTA / ARVIOINTI · save state ┐
//! │ board.rs: TAVOITE 1 …  ▶ area  status  • action …                     │
//! │ assess.rs: one area large: goal, actions, status, what was done        │
//! │ chart.rs: a BarChart of statuses per goal, this year and last          │
//! └ footer: counts per status, then hints from the keymap ─────────────────┘
//! ```
//! Roadmap keys arrive as [`Action::Roadmap`]; the changes they make go through the same
//! history and journal as a session's, so undo and recovery need nothing of their own.

mod assess;
mod board;
mod chart;
pub mod promote;

use crate::i18n::Msg;
use crate::model::roadmap::{Roadmap, Status, Target, set_status, set_text};

use super::action::Action;
use super::app::App;
use super::editor::LineEditor;
use super::effect::Effect;
use super::mode::{Mode, PromptKind};
use super::perform::{perform, refuse};

pub use assess::render as render_assess;
pub use board::render as render_board;
pub use chart::render as render_chart;

/// Which roadmap screen is on the wall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Goals → areas → actions of the year.
    #[default]
    Board,
    /// The assessment meeting: one area at a time.
    Assess,
    /// Statuses per goal as bars.
    Chart,
}

/// A roadmap key's request; see the keymap table for which key sends which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoadmapKey {
    /// Show a screen.
    Show(Screen),
    /// The next action area of the year.
    Next,
    /// The previous action area of the year.
    Prev,
    /// Give the selected area this status.
    Status(Status),
    /// Note what was done in the selected area.
    Done,
    /// Note a comment from the room on the selected area.
    Comment,
    /// On a session board: make the selected idea or action a roadmap action.
    Promote,
    /// Within the area: the next action to assess on its own (after the last, the area).
    NextTarget,
    /// Within the area: the previous action (before the first, the area).
    PrevTarget,
}

/// Where the roadmap screens point; kept across prompts and presentation mode.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cursor {
    /// The screen to come back to.
    pub screen: Screen,
    /// Index into the year's action areas ([`Roadmap::areas_in_year`]).
    pub area: usize,
    /// The action of the area assessed on its own (index among its actions of the year);
    /// `None`: the area as a whole.
    pub action: Option<usize>,
    /// The last "roadmap file and area" a session board promoted to, offered again.
    pub last_target: String,
}

/// The roadmap the board shows, if the session carries one.
pub fn roadmap(app: &App) -> Option<&Roadmap> {
    app.session.roadmap.as_deref()
}

/// The key of the selected action area, if the year has any.
pub fn selected_area(app: &App) -> Option<String> {
    let r = roadmap(app)?;
    let areas = r.areas_in_year(r.year);
    let at = app.roadmap.area.min(areas.len().checked_sub(1)?);
    Some(areas[at].key.clone())
}

/// What the assessment keys act on now: the selected action, else its area; with its name.
pub fn selected_target(app: &App) -> Option<(Target, String)> {
    let r = roadmap(app)?;
    let key = selected_area(app)?;
    let action = app
        .roadmap
        .action
        .and_then(|i| r.actions_in(&key, r.year).nth(i));
    Some(match action {
        Some(a) => (Target::Action(a.id), a.text.clone()),
        None => {
            let name = r.area(&key).map_or(key.clone(), |a| a.name.clone());
            (Target::Area(key), name)
        }
    })
}

/// Handles roadmap keys and prompts; `None` leaves the action to the board's `update`.
pub fn handle(app: &mut App, action: &Action) -> Option<Vec<Effect>> {
    // On a roadmap, presentation shows the timer: the themes and votes it could switch to
    // belong to a forum, and the assessment screen already reads from the back row.
    if app.session.roadmap.is_some() {
        match action {
            Action::Present if !matches!(app.mode, Mode::Present { .. }) => {
                app.mode = Mode::Present {
                    show: super::mode::Showing::Timer,
                };
                return Some(vec![]);
            }
            Action::NextFormat if matches!(app.mode, Mode::Present { .. }) => return Some(vec![]),
            _ => {}
        }
    }
    let Action::Roadmap(key) = action else {
        return None;
    };
    if *key == RoadmapKey::Promote {
        return Some(promote::open(app));
    }
    let (count, year) = roadmap(app).map(|r| (r.areas_in_year(r.year).len(), r.year))?;
    app.status = None;
    match *key {
        RoadmapKey::Show(screen) => {
            app.roadmap.screen = screen;
            app.mode = Mode::Roadmap(screen);
            Some(vec![])
        }
        RoadmapKey::Next => {
            app.roadmap.area = (app.roadmap.area + 1).min(count.saturating_sub(1));
            app.roadmap.action = None;
            Some(vec![])
        }
        RoadmapKey::Prev => {
            app.roadmap.area = app.roadmap.area.saturating_sub(1);
            app.roadmap.action = None;
            Some(vec![])
        }
        RoadmapKey::NextTarget | RoadmapKey::PrevTarget => {
            let area = selected_area(app)?;
            let n = roadmap(app)?.actions_in(&area, year).count();
            // The area and its actions in a ring: None, 0, 1, …, n-1, None.
            let at = app.roadmap.action.map_or(0, |i| i + 1);
            let step = if *key == RoadmapKey::NextTarget { 1 } else { n };
            let next = (at + step) % (n + 1);
            app.roadmap.action = next.checked_sub(1);
            Some(vec![])
        }
        RoadmapKey::Status(status) => {
            let (target, name) = selected_target(app)?;
            let today = app.now.date_naive();
            let change = set_status(roadmap(app)?, target, year, status, Some(today));
            let effects = perform(app, change);
            if !effects.is_empty() {
                app.say(Msg::RmStatusSet.fill(app.lang, &[&name, &status.label(app.lang)]));
            }
            Some(effects)
        }
        RoadmapKey::Promote => Some(vec![]),
        RoadmapKey::Done | RoadmapKey::Comment => {
            selected_area(app)?;
            if app.save == super::app::SaveState::ReadOnly {
                return Some(refuse(app));
            }
            let kind = if *key == RoadmapKey::Done {
                PromptKind::RoadmapDone
            } else {
                PromptKind::RoadmapComment
            };
            let back = Box::new(std::mem::take(&mut app.mode));
            app.mode = Mode::Prompt {
                kind,
                editor: LineEditor::default(),
                back,
            };
            Some(vec![])
        }
    }
}

/// Adds the prompt's text to the selected area's assessment (what was done or a comment).
pub fn submit_text(app: &mut App, comment: bool, text: &str) -> Vec<Effect> {
    let text = crate::model::text::clean(text);
    let (Some(r), Some((target, _))) = (roadmap(app), selected_target(app)) else {
        return vec![];
    };
    if text.trim().is_empty() {
        return vec![];
    }
    let change = set_text(r, target, r.year, comment, &text);
    perform(app, change)
}

/// A roadmap board never shows the idea tiles: wherever the board would fall back to
/// capture or organize (leaving presentation, a list, help), it returns to the roadmap.
pub fn settle(app: &mut App) {
    if app.session.roadmap.is_some() && matches!(app.mode, Mode::Capture | Mode::Organize) {
        app.mode = Mode::Roadmap(app.roadmap.screen);
    }
}

/// The counts line: "Toteutuu 5 · Toteutuu osittain 3 · …" for the year's areas.
pub fn counts_line(r: &Roadmap, lang: crate::i18n::Lang) -> String {
    let counts = crate::model::roadmap::area_counts(r, r.year);
    Status::ALL
        .iter()
        .map(|s| format!("{} {}", s.label(lang), counts.get(*s)))
        .collect::<Vec<_>>()
        .join(" · ")
}
