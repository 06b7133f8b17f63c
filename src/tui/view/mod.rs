//! Drawing the board. Views are `Widget`s on `&App`; they read state and never change it.
//!
//! ```text
//! ┌ status: title · date · counts · mode · save state ──────────────┐
//! │ banner (only when saving failed or the board is read-only)      │
//! │ ▶1 Theme (n)      │ 2 Theme (n)      ← tiles (grid.rs, tile.rs)  │
//! │ • idea            │ • idea                                       │
//! │ Uusi idea → Theme ▸ typed text█      ← capture line / prompt     │
//! └ footer: hints from the keymap, or the latest message ────────────┘
//! ```

mod chrome;
mod export;
mod focus;
mod grid;
mod help;
mod lists;
mod present;
mod tile;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;

use super::app::{App, SaveState, Selection};
use super::mode::Mode;
pub use tile::{Hit, TileLine, tile_lines};

/// The board's areas for a given terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// Status line.
    pub status: Rect,
    /// Banner line (zero height when there is nothing to say).
    pub banner: Rect,
    /// The current agenda item and its prompt (zero height without an agenda).
    pub agenda: Rect,
    /// Tiles, focus view or help.
    pub body: Rect,
    /// Capture line or prompt.
    pub input: Rect,
    /// Hints or message.
    pub footer: Rect,
}

/// Splits `area` into the board's parts.
pub fn areas(app: &App, area: Rect) -> Areas {
    let banner_h = u16::from(has_banner(app) && area.height >= 8);
    // Presentation shows only its content: no agenda line and no capture line.
    let presenting = matches!(
        app.mode,
        Mode::Present { .. } | Mode::Room | Mode::Inbox { .. }
    );
    let agenda_h =
        u16::from(app.session.current_agenda_item().is_some() && area.height >= 10 && !presenting);
    let footer_h = u16::from(area.height >= 4);
    let status_h = u16::from(area.height >= 3);
    let input_h = u16::from(area.height >= 2 && !presenting);
    let [status, banner, agenda, body, input, footer] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(status_h),
        ratatui::layout::Constraint::Length(banner_h),
        ratatui::layout::Constraint::Length(agenda_h),
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(input_h),
        ratatui::layout::Constraint::Length(footer_h),
    ])
    .areas(area);
    Areas {
        status,
        banner,
        agenda,
        body,
        input,
        footer,
    }
}

fn has_banner(app: &App) -> bool {
    matches!(app.save, SaveState::Failed(_) | SaveState::ReadOnly)
}

/// Tile rectangles in the body, with the slots each tile holds.
pub fn tile_rects(app: &App, body: Rect) -> Vec<(Rect, Vec<usize>)> {
    let tiles = app.tiles();
    grid::grid(tiles.len(), body)
        .into_iter()
        .zip(tiles)
        .collect()
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let a = areas(self, area);
        chrome::status(self, a.status, buf);
        chrome::banner(self, a.banner, buf);
        chrome::agenda(self, a.agenda, buf);
        match &self.mode {
            Mode::Help { .. } => help::render(self, a.body, buf),
            Mode::Export { .. } => export::render(self, a.body, buf),
            Mode::Present { show } => present::render(self, *show, a.body, buf),
            Mode::List { .. } => lists::render(self, a.body, buf),
            Mode::Focus => focus::render(self, a.body, buf),
            Mode::Room => super::room::render_room(self, a.body, buf),
            Mode::Inbox { selected } => super::room::render_inbox(self, *selected, a.body, buf),
            Mode::Prompt { back, .. } if matches!(**back, Mode::Inbox { .. }) => {
                if let Mode::Inbox { selected } = **back {
                    super::room::render_inbox(self, selected, a.body, buf);
                }
            }
            Mode::Prompt { back, .. } if **back == Mode::Focus => focus::render(self, a.body, buf),
            _ => board(self, a.body, buf),
        }
        chrome::input(self, a.input, buf);
        chrome::footer(self, a.footer, buf);
    }
}

fn board(app: &App, body: Rect, buf: &mut Buffer) {
    let mut cache = app.body_cache.borrow_mut();
    let fresh = cache
        .as_ref()
        .is_some_and(|c| c.generation == app.generation && c.area == body);
    if !fresh {
        let mut own = Buffer::empty(body);
        draw_tiles(app, body, &mut own);
        *cache = Some(super::app::BodyCache {
            generation: app.generation,
            area: body,
            buffer: own,
        });
    }
    if let Some(c) = cache.as_ref() {
        // Row by row as slices: a keystroke redraws the whole body, so this is the hot path.
        let area = body.intersection(buf.area);
        let width = usize::from(area.width);
        for y in area.top()..area.bottom() {
            let from = c.buffer.index_of(area.x, y);
            let to = buf.index_of(area.x, y);
            buf.content[to..to + width].clone_from_slice(&c.buffer.content[from..from + width]);
        }
    }
}

fn draw_tiles(app: &App, body: Rect, buf: &mut Buffer) {
    for (number, (rect, slots)) in tile_rects(app, body).into_iter().enumerate() {
        let lines = tile_lines(app, &slots, number + 1, rect.width, rect.height);
        for (y, tl) in (rect.y..rect.bottom()).zip(lines) {
            let row = Rect::new(rect.x, y, rect.width, 1);
            if tl.header {
                buf.set_style(
                    row,
                    tl.line.spans.first().map(|s| s.style).unwrap_or_default(),
                );
            }
            buf.set_line(rect.x, y, &tl.line, rect.width);
        }
    }
}

/// Where the terminal cursor goes: in the capture line or prompt, after the typed text.
pub fn cursor(app: &App, area: Rect) -> Option<Position> {
    chrome::cursor(app, areas(app, area).input)
}

/// Selects what is under a mouse click at (`column`, `row`).
pub fn click(app: &mut App, column: u16, row: u16) {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let body = areas(app, area).body;
    if !matches!(app.mode, Mode::Capture | Mode::Organize) {
        return;
    }
    let at = Position::new(column, row);
    for (number, (rect, slots)) in tile_rects(app, body).into_iter().enumerate() {
        if !rect.contains(at) {
            continue;
        }
        let lines = tile_lines(app, &slots, number + 1, rect.width, rect.height);
        let Some(line) = lines.get(usize::from(row - rect.y)) else {
            app.selection = Selection {
                slot: slots[0],
                idea: 0,
            };
            return;
        };
        match line.hit {
            Hit::Theme(slot) => app.selection = Selection { slot, idea: 0 },
            Hit::Idea(slot, idea) => {
                app.selection = Selection { slot, idea };
                app.mode = Mode::Organize;
            }
        }
        return;
    }
}
