//! The assessment meeting: one action area of the year at a time, large enough for the
//! room, with its actions, the status, what was done and the comments.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;

use super::super::app::App;
use super::super::wrap::{truncate, wrap};
use super::board::{action_text, goal_heading, status_style};
use super::{counts_line, roadmap, selected_area};
use crate::i18n::Msg;
use crate::model::roadmap::Target;

/// Draws the selected area for the assessment meeting.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(r) = roadmap(app) else { return };
    if area.height < 2 || area.width < 10 {
        return;
    }
    let lang = app.lang;
    let width = usize::from(area.width);
    let text_w = width.saturating_sub(4);
    let mut lines: Vec<Line> = Vec::new();
    let Some(key) = selected_area(app) else {
        let empty = Msg::RmNoActions.fill(lang, &[&r.year]);
        buf.set_string(
            area.x + 1,
            area.y,
            truncate(&empty, width - 1),
            app.styles.muted,
        );
        return;
    };
    let Some(a) = r.area(&key) else { return };
    let count = r.areas_in_year(r.year).len();
    let position = app.roadmap.area.min(count.saturating_sub(1)) + 1;
    if let Some(goal) = r.goal(&a.goal) {
        for text in wrap(&goal_heading(goal, lang), width - 1, 2) {
            lines.push(Line::styled(format!(" {text}"), app.styles.muted));
        }
    }
    lines.push(Line::styled(
        format!(
            " {} · {}",
            Msg::RmAreaOf.fill(lang, &[&position, &count]),
            Msg::RmYear.fill(lang, &[&r.year])
        ),
        app.styles.muted,
    ));
    let name_line = lines.len();
    lines.push(Line::styled(
        truncate(&format!(" ▶ {}", a.name), width),
        app.styles.focus_title,
    ));
    let focus = super::selected_target(app).map(|(t, _)| t);
    for action in r.actions_in(&key, r.year) {
        let focused = focus == Some(Target::Action(action.id));
        let style = if focused {
            app.styles.idea_selected
        } else {
            app.styles.idea
        };
        for (n, part) in wrap(&action_text(r, action.id, lang), text_w, 3)
            .into_iter()
            .enumerate()
        {
            let bullet = match (n, focused) {
                (0, true) => "  ▶ ",
                (0, false) => "  • ",
                _ => "    ",
            };
            lines.push(Line::styled(format!("{bullet}{part}"), style));
        }
    }
    // The status of what the keys act on: the focused action, else the whole area.
    let target = focus.unwrap_or_else(|| Target::Area(key.clone()));
    let heading = match target {
        Target::Action(_) => Msg::RmActionAssessment,
        _ => Msg::RmColAssessment,
    };
    let status = r.status(&target, r.year);
    lines.push(Line::default());
    lines.push(Line::from(vec![
        ratatui::text::Span::styled(format!(" {}: ", heading.get(lang)), app.styles.sub_header),
        ratatui::text::Span::styled(
            status.label(lang).to_uppercase(),
            status_style(app, status).add_modifier(Modifier::BOLD),
        ),
    ]));
    let before = r.status(&target, r.year - 1);
    if matches!(target, Target::Area(_)) && r.actions_in(&key, r.year - 1).next().is_some() {
        lines.push(Line::styled(
            format!(
                "   {}: {}",
                Msg::RmYear.fill(lang, &[&(r.year - 1)]),
                before.label(lang)
            ),
            app.styles.muted,
        ));
    }
    if let Some(assessment) = r.assessment(&target, r.year) {
        for (title, items) in [
            (Msg::RmColDone, &assessment.done),
            (Msg::RmComments, &assessment.comments),
        ] {
            if items.is_empty() {
                continue;
            }
            lines.push(Line::styled(
                format!(" {}:", title.get(lang)),
                app.styles.sub_header,
            ));
            for item in items {
                for (n, part) in wrap(item, text_w, 3).into_iter().enumerate() {
                    let bullet = if n == 0 { "  – " } else { "    " };
                    lines.push(Line::styled(format!("{bullet}{part}"), app.styles.idea));
                }
            }
        }
    }
    let body_h = usize::from(area.height) - 1;
    // The newest notes matter most while the room speaks: a long area scrolls to its end,
    // with the area's name kept on the first line so the room knows what is assessed.
    let shown: Vec<&Line> = if lines.len() <= body_h {
        lines.iter().collect()
    } else {
        let tail = body_h.saturating_sub(1);
        std::iter::once(&lines[name_line])
            .chain(lines[lines.len() - tail..].iter())
            .collect()
    };
    for (y, line) in (area.y..).zip(shown.into_iter().take(body_h)) {
        buf.set_line(area.x, y, line, area.width);
    }
    let summary = truncate(&format!(" {}", counts_line(r, lang)), width);
    buf.set_string(area.x, area.bottom() - 1, summary, app.styles.muted);
}
