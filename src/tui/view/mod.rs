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
    // An agenda to step through shows from the start: before F3 its line names the first
    // item. (A one-item agenda is the whole session and needs no line until it is started.)
    let shown = app.session.current_agenda_item().is_some() || app.session.agenda.len() > 1;
    let agenda_h = u16::from(shown && area.height >= 10 && !presenting);
    let footer_h = u16::from(area.height >= 4);
    let status_h = u16::from(area.height >= 3);
    // A roadmap screen has no capture line; its prompts still get one.
    let roadmap = app.session.roadmap.is_some() && !matches!(app.mode, Mode::Prompt { .. });
    let input_h = u16::from(area.height >= 2 && !presenting && !roadmap);
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

/// One tile on screen: where it is, its number on the board (1-based) and its slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TileAt {
    /// Its rectangle.
    pub rect: Rect,
    /// Its number, the same on every page (Alt+N and # use it).
    pub number: usize,
    /// The slots it shows: a theme and its sub-themes, or the pool.
    pub slots: Vec<usize>,
}

/// Which tiles the board shows when they do not all fit: (first, last, all), 1-based.
pub fn board_page(app: &App, body: Rect) -> Option<(usize, usize, usize)> {
    let tiles = app.tiles();
    let size = grid::page_size(tiles.len(), body);
    if size >= tiles.len() {
        return None;
    }
    // The page that holds the selected (or target) theme, so it is always in view.
    let at = tiles
        .iter()
        .position(|t| t.contains(&app.selection.slot))
        .unwrap_or(0);
    let first = at / size * size;
    Some((first + 1, (first + size).min(tiles.len()), tiles.len()))
}

/// Tile rectangles in the body for the page in view, with the slots each tile holds.
pub fn tile_rects(app: &App, body: Rect) -> Vec<TileAt> {
    let tiles = app.tiles();
    let (first, last) = match board_page(app, body) {
        Some((first, last, _)) => (first - 1, last),
        None => (0, tiles.len()),
    };
    let shown = last - first;
    grid::grid(shown, body)
        .into_iter()
        .zip(tiles.into_iter().enumerate().skip(first).take(shown))
        .map(|(rect, (i, slots))| TileAt {
            rect,
            number: i + 1,
            slots,
        })
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
            Mode::Roadmap(screen) => roadmap_screen(self, *screen, a.body, buf),
            Mode::Prompt { back, .. } if matches!(**back, Mode::Roadmap(_)) => {
                if let Mode::Roadmap(screen) = **back {
                    roadmap_screen(self, screen, a.body, buf)
                }
            }
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

fn roadmap_screen(app: &App, screen: super::roadmap::Screen, body: Rect, buf: &mut Buffer) {
    use super::roadmap::{Screen, render_assess, render_board, render_chart};
    match screen {
        Screen::Board => render_board(app, body, buf),
        Screen::Assess => render_assess(app, body, buf),
        Screen::Chart => render_chart(app, body, buf),
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
        let builds = cache.as_ref().map_or(0, |c| c.builds) + 1;
        *cache = Some(super::app::BodyCache {
            generation: app.generation,
            area: body,
            buffer: own,
            builds,
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
    for TileAt {
        rect,
        number,
        slots,
    } in tile_rects(app, body)
    {
        let lines = tile_lines(app, &slots, number, rect.width, rect.height);
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

/// How far the help can scroll at the board's current size.
pub fn help_max_scroll(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    help::max_scroll(app, areas(app, area).body)
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
    for TileAt {
        rect,
        number,
        slots,
    } in tile_rects(app, body)
    {
        if !rect.contains(at) {
            continue;
        }
        let lines = tile_lines(app, &slots, number, rect.width, rect.height);
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
