//! The status chart: per goal, how many action areas reached each status this year, with
//! last year's count beside it, as ratatui bars the back row reads at a glance.

use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};

use super::super::app::App;
use super::super::wrap::truncate;
use super::board::{goal_heading, status_style};
use super::roadmap;
use crate::i18n::Msg;
use crate::model::roadmap::{Status, goal_counts};

/// Draws one small horizontal bar chart per goal.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(r) = roadmap(app) else { return };
    if area.height < 2 || area.width < 20 {
        return;
    }
    let lang = app.lang;
    let width = usize::from(area.width);
    buf.set_string(
        area.x + 1,
        area.y,
        truncate(&Msg::RmChartTitle.fill(lang, &[&r.year]), width - 1),
        app.styles.focus_title,
    );
    let label_w = Status::ALL
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.label(lang)))
        .max()
        .unwrap_or(10) as u16;
    let max = goal_counts(r, r.year)
        .iter()
        .flat_map(|g| g.now.0.into_iter().chain(g.before.map_or([0; 4], |b| b.0)))
        .max()
        .unwrap_or(1)
        .max(1) as u64;
    let mut y = area.y + 1;
    for counts in goal_counts(r, r.year) {
        let rows = Status::ALL.len() as u16;
        if y + 1 + rows > area.bottom() {
            break;
        }
        if let Some(goal) = r.goal(&counts.goal) {
            let heading = truncate(&format!(" {}", goal_heading(goal, lang)), width);
            buf.set_string(area.x, y, heading, app.styles.tile_header);
        }
        let bars: Vec<Bar> = Status::ALL
            .iter()
            .map(|s| {
                let now = counts.now.get(*s);
                // Last year's count in words beside the bar, so a change is read, not guessed.
                let text = match counts.before {
                    Some(b) => format!("{now} ({}: {})", r.year - 1, b.get(*s)),
                    None => now.to_string(),
                };
                Bar::default()
                    .value(now as u64)
                    .label(Line::from(format!(
                        "{:>w$}",
                        s.label(lang),
                        w = usize::from(label_w)
                    )))
                    .text_value(text)
                    .style(status_style(app, *s))
                    .value_style(app.styles.idea.add_modifier(ratatui::style::Modifier::BOLD))
            })
            .collect();
        let chart = BarChart::default()
            .direction(Direction::Horizontal)
            .bar_width(1)
            .bar_gap(0)
            .max(max)
            .data(BarGroup::default().bars(&bars));
        let rect = Rect::new(area.x + 2, y + 1, area.width.saturating_sub(2), rows);
        chart.render(rect, buf);
        y += rows + 1;
    }
}
