//! The focus view: one theme full screen with room between ideas, for reading out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::app::App;
use super::super::wrap::{truncate, wrap};

/// Draws the selected theme with every idea, scrolled to keep the selected one in view.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let slot = app.selection.slot;
    let margin = if area.width >= 60 { 4 } else { 1 };
    let inner = Rect::new(
        area.x + margin,
        area.y,
        area.width - 2 * margin,
        area.height,
    );
    let width = inner.width as usize;
    let count = app.index.slot(slot).len();
    let title = format!("{}  ({count})", app.slot_name(slot));
    let mut header = vec![Line::styled(String::new(), app.styles.idea)];
    for l in wrap(&title, width, 2) {
        header.push(Line::styled(l, app.styles.focus_title));
    }
    if let Some(theme) = app.session.themes.get(slot)
        && !theme.description.is_empty()
    {
        header.push(Line::styled(
            truncate(theme.description.get(app.lang), width),
            app.styles.muted,
        ));
    }
    header.push(Line::default());
    let body_h = (inner.height as usize).saturating_sub(header.len());
    // Build blocks from the selected idea backwards until the screen is full, so the
    // selected idea is always shown; only visible ideas are wrapped.
    let block = |pos: usize| -> Vec<Line<'static>> {
        let Some(&i) = app.index.slot(slot).get(pos) else {
            return Vec::new();
        };
        let idea = &app.session.ideas[i];
        let selected = pos == app.selection.idea;
        let style = if selected {
            app.styles.idea_selected
        } else {
            app.styles.idea
        };
        let marker = if selected { "▶ " } else { "• " };
        let text = match super::tile::vote_badge(app, idea) {
            Some(badge) => format!("{} {}", badge.replace(' ', "\u{a0}"), idea.text),
            None => idea.text.clone(),
        };
        let mut lines: Vec<Line> = wrap(&text, width.saturating_sub(2), usize::MAX)
            .into_iter()
            .enumerate()
            .map(|(n, l)| {
                let lead = if n == 0 { marker } else { "  " };
                let l = l.replace('\u{a0}', " ");
                Line::from(vec![Span::styled(lead, style), Span::styled(l, style)])
            })
            .collect();
        for sub in &idea.sub_points {
            for (n, l) in wrap(sub, width.saturating_sub(4), usize::MAX)
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 { "  – " } else { "    " };
                lines.push(Line::from(vec![
                    Span::styled(lead, app.styles.muted),
                    Span::raw(l),
                ]));
            }
        }
        lines.push(Line::default());
        lines
    };
    let mut start = app.selection.idea.min(count.saturating_sub(1));
    let mut used = block(start).len();
    while start > 0 {
        let h = block(start - 1).len();
        if used + h > body_h {
            break;
        }
        used += h;
        start -= 1;
    }
    let mut lines = header;
    let mut pos = start;
    while pos < count && lines.len() < inner.height as usize {
        lines.extend(block(pos));
        pos += 1;
    }
    for (y, line) in (inner.y..inner.bottom()).zip(lines) {
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
