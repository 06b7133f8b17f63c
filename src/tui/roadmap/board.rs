//! The roadmap board: goals → action areas → the year's actions, scrolled so the selected
//! area is in view, with the counts per status on the last line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::wrap::{truncate, wrap};
use super::{counts_line, roadmap, selected_area};
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::{Goal, Roadmap, Status, Target};

/// The goal's heading: "Tavoite 1 · name", or "Sitova tavoite · name".
pub fn goal_heading(goal: &Goal, lang: Lang) -> String {
    match goal.number {
        Some(n) => format!("{} · {}", Msg::RmGoal.fill(lang, &[&n]), goal.name),
        None if goal.binding => format!("{} · {}", Msg::RmBindingGoal.get(lang), goal.name),
        None => goal.name.clone(),
    }
}

/// The style a status is shown in: unassessed is quiet, the rest stand out.
pub fn status_style(app: &App, status: Status) -> Style {
    match status {
        Status::NotAssessed => app.styles.muted,
        Status::NotAchieved => app.styles.error,
        _ => app.styles.idea.add_modifier(Modifier::BOLD),
    }
}

/// An action's text with its owners and notes (carried over, origin, the session it came
/// from), as the reports write it.
pub fn action_text(r: &Roadmap, id: u64, lang: Lang) -> String {
    crate::export::roadmap::report::action_line(r, id, lang)
}

/// Draws the board of the roadmap year.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(r) = roadmap(app) else { return };
    if area.height < 2 || area.width < 10 {
        return;
    }
    let lang = app.lang;
    let width = usize::from(area.width);
    let selected = selected_area(app);
    let mut lines: Vec<Line> = Vec::new();
    let (mut focus, mut focus_goal) = (0, 0);
    for goal in r
        .goals
        .iter()
        .filter(|g| r.areas_of(&g.key).next().is_some())
    {
        let goal_start = lines.len();
        for text in wrap(&goal_heading(goal, lang), width - 1, 2) {
            lines.push(Line::styled(format!(" {text}"), app.styles.tile_header));
        }
        for a in r.areas_of(&goal.key) {
            let actions: Vec<u64> = r.actions_in(&a.key, r.year).map(|x| x.id).collect();
            let is_selected = selected.as_deref() == Some(a.key.as_str());
            if is_selected {
                (focus, focus_goal) = (lines.len(), goal_start);
            }
            let status = r.status(&Target::Area(a.key.clone()), r.year);
            let right = if actions.is_empty() {
                Msg::RmNoActions.fill(lang, &[&r.year])
            } else {
                status.label(lang).to_string()
            };
            let marker = if is_selected { "▶ " } else { "  " };
            let room = width.saturating_sub(right.width() + 2);
            let name = truncate(&format!("{marker}{}", a.name), room);
            let pad = width.saturating_sub(name.width() + right.width() + 1);
            let name_style = if is_selected {
                app.styles.idea_selected
            } else if actions.is_empty() {
                app.styles.muted
            } else {
                app.styles.sub_header
            };
            let right_style = if actions.is_empty() {
                app.styles.muted
            } else {
                status_style(app, status)
            };
            lines.push(Line::from(vec![
                Span::styled(name, name_style),
                Span::raw(" ".repeat(pad)),
                Span::styled(right, right_style),
            ]));
            for id in actions {
                let text = action_text(r, id, lang);
                for (n, part) in wrap(&text, width.saturating_sub(6), 2)
                    .into_iter()
                    .enumerate()
                {
                    let bullet = if n == 0 { "    • " } else { "      " };
                    lines.push(Line::styled(format!("{bullet}{part}"), app.styles.idea));
                }
            }
        }
    }
    let body_h = usize::from(area.height) - 1;
    // The selected area sits near the top, under its goal's heading when that fits.
    let top = if focus - focus_goal < body_h / 2 {
        focus_goal
    } else {
        focus.saturating_sub(1)
    };
    let offset = top.min(lines.len().saturating_sub(body_h));
    for (y, line) in (area.y..).zip(lines.iter().skip(offset).take(body_h)) {
        buf.set_line(area.x, y, line, area.width);
    }
    let summary = truncate(&format!(" {}", counts_line(r, lang)), width);
    buf.set_string(area.x, area.bottom() - 1, summary, app.styles.muted);
}
