//! Presentation mode: one thing in large type for the back of the room.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::mode::Showing;
use super::super::wrap::{truncate, wrap};
use crate::i18n::Msg;

/// Draws the timer in big digits, or the selected theme with generous spacing.
pub fn render(app: &App, show: Showing, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    match show {
        Showing::Timer => timer(app, area, buf),
        Showing::Theme => super::focus::render(app, area, buf),
        Showing::Prompt => prompt(app, area, buf),
        Showing::Ranking => ranking(app, area, buf),
        Showing::Room if app.room.is_some() => crate::tui::room::render_present(app, area, buf),
        // The room closed while its page was shown.
        Showing::Room => super::focus::render(app, area, buf),
    }
}

fn centered(text: &str, area: Rect, buf: &mut Buffer, style: ratatui::style::Style) {
    let text = truncate(text, area.width as usize);
    let x = area.x + (area.width.saturating_sub(text.width() as u16)) / 2;
    buf.set_string(x, area.y, text, style);
}

fn timer(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(reading) = app.timer_reading() else {
        centered(
            Msg::TimerNone.get(app.lang),
            Rect::new(area.x, area.y + area.height / 2, area.width, 1),
            buf,
            app.styles.muted,
        );
        return;
    };
    let clock = reading.clock();
    // Full-size glyphs are 8 rows high; use them when they fit, else half or quarter size.
    let size = if area.height >= 14 && area.width as usize >= clock.chars().count() * 8 {
        PixelSize::Full
    } else if area.height >= 8 && area.width as usize >= clock.chars().count() * 4 {
        PixelSize::HalfHeight
    } else {
        PixelSize::Quadrant
    };
    let glyph_h = match size {
        PixelSize::Full => 8,
        PixelSize::Quadrant => 4,
        _ => 4,
    };
    let [top, label, digits, note, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2),
        Constraint::Length(glyph_h),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    let _ = top;
    let step = if reading.steps > 1 {
        format!("{}/{}  {}", reading.step + 1, reading.steps, reading.label)
    } else {
        reading.label.clone()
    };
    for (i, l) in wrap(&step, area.width as usize, 2).into_iter().enumerate() {
        if i < label.height as usize {
            centered(
                &l,
                Rect::new(label.x, label.y + i as u16, label.width, 1),
                buf,
                app.styles.focus_title,
            );
        }
    }
    let style = if reading.over_time() {
        app.styles.error
    } else {
        app.styles.capture_text
    };
    let big = BigText::builder()
        .pixel_size(size)
        .style(style)
        .lines(vec![Line::from(clock.clone())])
        .centered()
        .build();
    big.render(digits, buf);
    let mut words = Vec::new();
    if reading.over_time() {
        words.push(Msg::TimerOver.get(app.lang).to_string());
    }
    if !reading.running {
        words.push("⏸".to_string());
    }
    if !words.is_empty() && note.height > 0 {
        centered(
            &words.join("  "),
            note,
            buf,
            app.styles.error.add_modifier(Modifier::BOLD),
        );
    }
}

/// The current agenda item: its title above, the prompt large and centred.
fn prompt(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(item) = app.session.current_agenda_item() else {
        let middle = Rect::new(area.x, area.y + area.height / 2, area.width, 1);
        centered(Msg::ListEmpty.get(app.lang), middle, buf, app.styles.muted);
        return;
    };
    let width = (area.width as usize).saturating_sub(4).max(1);
    let text = if item.prompt.is_empty() {
        item.title.clone()
    } else {
        item.prompt.clone()
    };
    let lines = wrap(&text, width, area.height.saturating_sub(3) as usize);
    let total = lines.len() + 2;
    let top = area.y + area.height.saturating_sub(total as u16) / 2;
    if text != item.title {
        let above = Rect::new(area.x, top, area.width, 1);
        centered(&item.title, above, buf, app.styles.muted);
    }
    for (i, l) in lines.iter().enumerate() {
        let y = top + 2 + i as u16;
        if y < area.bottom() {
            centered(
                l,
                Rect::new(area.x, y, area.width, 1),
                buf,
                app.styles.focus_title,
            );
        }
    }
}

/// The top ideas by votes with room between them.
fn ranking(app: &App, area: Rect, buf: &mut Buffer) {
    let s = &app.session;
    let hidden = s.voting.hidden && !s.voting.closed;
    let title = Rect::new(area.x, area.y, area.width, 1);
    centered(
        Msg::ListRanking.get(app.lang),
        title,
        buf,
        app.styles.focus_title,
    );
    let mut y = area.y + 1;
    if hidden {
        let note = Rect::new(area.x, area.y + 2, area.width, 1);
        centered(Msg::VotesHidden.get(app.lang), note, buf, app.styles.muted);
        return;
    }
    let margin: u16 = if area.width >= 60 { 4 } else { 1 };
    let width = (area.width as usize)
        .saturating_sub(2 * margin as usize + 8)
        .max(1);
    for (n, (id, votes)) in crate::model::ranking(s, None).into_iter().enumerate() {
        let Some(idea) = s.idea(id) else { continue };
        for (i, l) in wrap(&idea.text, width, 3).into_iter().enumerate() {
            y += 1;
            if y >= area.bottom() {
                return;
            }
            let lead = if i == 0 {
                format!("{:>2}. {votes:>2}  ", n + 1)
            } else {
                " ".repeat(8)
            };
            let line = truncate(
                &format!("{lead}{l}"),
                (area.width - margin.min(area.width)) as usize,
            );
            buf.set_string(
                area.x + margin.min(area.width),
                y,
                line,
                app.styles.capture_text,
            );
        }
        y += 1;
    }
}
