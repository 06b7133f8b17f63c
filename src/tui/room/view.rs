//! The room's screens: the QR view for the wall and the inbox list.
//!
//! ```text
//! ┌ QR (half blocks, dark on light) ┐  Osallistu puhelimella
//! │ █▀▀▀▀▀█ ▄▀ █▀▀▀▀▀█              │  http://192.168.1.5:8737/
//! │ █ ███ █ ...                     │  Koodi: K7QF-M2XA
//! └─────────────────────────────────┘  Saapuneet 3
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::i18n::Msg;
use crate::tui::app::App;

/// Colours of the code, set explicitly: a QR code drawn light-on-dark does not decode.
const DARK: Color = Color::Rgb(0, 0, 0);
const LIGHT: Color = Color::Rgb(255, 255, 255);

/// The QR view: the code on the left, how to join on the right (below when narrow).
pub fn render_room(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(room) = &app.room else {
        return;
    };
    let side = room.qr.len() as u16;
    // On a big screen each module gets a whole cell row and two columns: read from further.
    let large = area.height >= side && area.width >= 2 * side + 24;
    let (qr_w, qr_h) = if large {
        (2 * side, side)
    } else {
        (side, side.div_ceil(2))
    };
    let fits_beside = area.width >= qr_w + 24 && area.height >= qr_h;
    let (qr_area, text_area) = if fits_beside {
        let [a, _, b] = Layout::horizontal([
            Constraint::Length(qr_w),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(area);
        (a, b)
    } else {
        let [a, b] = Layout::vertical([Constraint::Length(qr_h), Constraint::Fill(1)]).areas(area);
        (a, b)
    };
    if large {
        draw_qr_large(&room.qr, qr_area, buf);
    } else if qr_area.width >= side && qr_area.height >= qr_h {
        draw_qr(&room.qr, qr_area, buf);
    }
    let lang = app.lang;
    let strong = app.styles.focus_title;
    let inbox = app.session.inbox.len();
    let lines = vec![
        Line::styled(Msg::RoomJoinTitle.get(lang), strong),
        Line::raw(""),
        Line::raw(Msg::RoomScanOrOpen.get(lang)),
        Line::styled(room.short_url.clone(), strong),
        Line::raw(""),
        Line::from(vec![
            Span::raw(format!("{}: ", Msg::RoomCodeLabel.get(lang))),
            Span::styled(room.code.clone(), strong.add_modifier(Modifier::BOLD)),
        ]),
        Line::raw(""),
        Line::raw(Msg::InboxCount.fill(lang, &[&inbox])),
        Line::styled(
            Msg::RoomNetwork.fill(lang, &[&room.interface]),
            app.styles.muted,
        ),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(text_area, buf);
}

/// Columns the join code takes in big letters (quadrant glyphs: 4 columns a symbol).
const BIG_CODE_WIDTH: u16 = 9 * 4;

/// Presentation mode's room page: the QR code as large as the screen allows (a whole cell
/// row and two columns a module when it fits, else half blocks) and the join code in big
/// letters beside it or below, for the back of the room. Nothing else on it.
pub fn render_present(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(room) = &app.room else {
        return;
    };
    let side = room.qr.len() as u16;
    let large = area.height >= side && area.width >= 2 * side;
    let (qr_w, qr_h) = if large {
        (2 * side, side)
    } else {
        (side, side.div_ceil(2))
    };
    // How to join: a title, the short address and the code in big letters (4 rows).
    let text_h = 7;
    let beside = area.width >= qr_w + 2 + BIG_CODE_WIDTH;
    let (qr_area, text_area) = if beside {
        let [_, a, _, b, _] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(qr_w),
            Constraint::Length(2),
            Constraint::Length(BIG_CODE_WIDTH.max(room.short_url.chars().count() as u16)),
            Constraint::Fill(1),
        ])
        .areas(area);
        let [_, t, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(text_h),
            Constraint::Fill(1),
        ])
        .areas(b);
        (a, t)
    } else {
        let [a, b] = Layout::vertical([Constraint::Length(qr_h), Constraint::Fill(1)]).areas(area);
        let [_, a, _] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(qr_w),
            Constraint::Fill(1),
        ])
        .areas(a);
        (a, b)
    };
    let [_, qr_area, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(qr_h),
        Constraint::Fill(1),
    ])
    .areas(qr_area);
    if qr_area.width < qr_w || qr_area.height < qr_h {
        // Too small to scan: better nothing than a cut code.
    } else if large {
        draw_qr_large(&room.qr, qr_area, buf);
    } else {
        draw_qr(&room.qr, qr_area, buf);
    }
    let lang = app.lang;
    let strong = app.styles.focus_title;
    let [title, url, _, code] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(4),
    ])
    .areas(text_area);
    Paragraph::new(Msg::RoomJoinTitle.get(lang))
        .style(strong)
        .render(title, buf);
    Paragraph::new(room.short_url.clone())
        .style(strong)
        .render(url, buf);
    if code.width >= BIG_CODE_WIDTH {
        tui_big_text::BigText::builder()
            .pixel_size(tui_big_text::PixelSize::Quadrant)
            .style(strong.add_modifier(Modifier::BOLD))
            .lines(vec![Line::from(room.code.clone())])
            .build()
            .render(code, buf);
    } else {
        let label = format!("{}: {}", Msg::RoomCodeLabel.get(lang), room.code);
        Paragraph::new(label).style(strong).render(code, buf);
    }
}

/// Two modules per cell, one above the other: `▀` with the upper module as foreground
/// and the lower as background.
fn draw_qr(modules: &[Vec<bool>], area: Rect, buf: &mut Buffer) {
    let colour = |dark: bool| if dark { DARK } else { LIGHT };
    for (row, pair) in modules.chunks(2).enumerate() {
        let y = area.y + row as u16;
        for (col, &top) in pair[0].iter().enumerate() {
            // An odd last row has the light quiet zone below it.
            let bottom = pair.get(1).is_some_and(|r| r[col]);
            let x = area.x + col as u16;
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_symbol("▀")
                    .set_style(Style::new().fg(colour(top)).bg(colour(bottom)));
            }
        }
    }
}

/// One module per cell row and two columns: full blocks in the module's colour (blanks
/// would depend on the terminal keeping their background).
fn draw_qr_large(modules: &[Vec<bool>], area: Rect, buf: &mut Buffer) {
    for (row, line) in modules.iter().enumerate() {
        for (col, &dark) in line.iter().enumerate() {
            let colour = if dark { DARK } else { LIGHT };
            for dx in 0..2 {
                let at = (area.x + 2 * col as u16 + dx, area.y + row as u16);
                if let Some(cell) = buf.cell_mut(at) {
                    cell.set_symbol("█")
                        .set_style(Style::new().fg(colour).bg(colour));
                }
            }
        }
    }
}

/// The inbox: each phone idea with its sender and suggested theme, the selected one marked.
pub fn render_inbox(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let s = &app.session;
    let onoff = |on: bool| if on { Msg::On } else { Msg::Off }.get(lang);
    let mut lines = vec![
        Line::styled(
            format!(" {} ({})", Msg::InboxTitle.get(lang), s.inbox.len()),
            app.styles.focus_title,
        ),
        Line::styled(
            format!(
                " {} · {}",
                Msg::InboxAutoAccept.fill(lang, &[&onoff(s.room.auto_accept)]),
                Msg::InboxShowWall.fill(lang, &[&onoff(s.room.show_wall)])
            ),
            app.styles.muted,
        ),
    ];
    if s.inbox.is_empty() {
        lines.push(Line::styled(
            format!(" {}", Msg::InboxEmpty.get(lang)),
            app.styles.muted,
        ));
    }
    // Two lines per item; scroll so the selected one is in view.
    let room_for = usize::from(area.height.saturating_sub(2) / 2).max(1);
    let first = selected.saturating_sub(room_for - 1);
    for (i, item) in s.inbox.iter().enumerate().skip(first).take(room_for) {
        let mark = if i == selected { "▶" } else { " " };
        let style = if i == selected {
            app.styles.idea_selected
        } else {
            app.styles.idea
        };
        lines.push(Line::styled(
            format!("{mark}{}. {}", i + 1, item.text),
            style,
        ));
        let who = item
            .source
            .signature()
            .unwrap_or_else(|| Msg::Anonymous.get(lang).to_string());
        let theme = item.theme.as_deref().and_then(|k| s.theme(k)).map_or_else(
            || Msg::Unsorted.get(lang).to_string(),
            |t| t.name.get(lang).to_string(),
        );
        let time = crate::i18n::format_time(lang, item.received.time());
        lines.push(Line::styled(
            format!("    {who} · {time} → {theme}"),
            app.styles.muted,
        ));
    }
    Paragraph::new(lines).render(area, buf);
}
