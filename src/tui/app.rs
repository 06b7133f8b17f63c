//! The board's state: the session, its history and what the facilitator is doing.

use crate::i18n::Lang;
use crate::model::{History, Idea, IdeaId, Session, Timestamp};

use super::editor::LineEditor;
use super::index::ThemeIndex;
use super::mode::Mode;
use super::style::Styles;

/// Whether what is on screen is also on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything shown is on disk.
    Saved,
    /// A change is on its way to disk.
    Saving,
    /// Saving failed; the message says why. Data is kept in memory.
    Failed(String),
    /// Another board holds the session; nothing can be changed here.
    ReadOnly,
}

/// A one-line message for the footer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The message, already in the user's language.
    pub text: String,
    /// Errors are shown in the error style.
    pub error: bool,
}

/// Which theme and idea the board points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Selection {
    /// Slot: an index into the session's themes, or `themes.len()` for the unsorted pool.
    pub slot: usize,
    /// Index of the selected idea among the slot's visible ideas.
    pub idea: usize,
}

/// The whole state of a running board.
#[derive(Debug)]
pub struct App {
    /// The session on the wall.
    pub session: Session,
    /// Undo and redo.
    pub history: History,
    /// What the facilitator is doing.
    pub mode: Mode,
    /// The capture line; kept across modes so a half-typed idea is never lost.
    pub capture: LineEditor,
    /// The capture target (in capture) or selected theme and idea (elsewhere).
    pub selection: Selection,
    /// Show only ideas of this group.
    pub filter: Option<u32>,
    /// UI language.
    pub lang: Lang,
    /// Styles by role.
    pub styles: Styles,
    /// Save state shown in the status line.
    pub save: SaveState,
    /// Why the board is read-only, when not because another window writes (a read-only folder).
    pub read_only_note: Option<String>,
    /// The latest message.
    pub status: Option<Status>,
    /// The idea that landed last, highlighted on the board.
    pub last_added: Option<IdeaId>,
    /// Where [`App::last_added`] is (slot, position), found once per change, not per frame.
    pub last_added_at: Option<(usize, usize)>,
    /// Ideas per slot, kept in step with the session.
    pub index: ThemeIndex,
    /// Terminal size, for mouse hit-testing.
    pub size: (u16, u16),
    /// The current time, set by the runtime before each update (tests set it by hand).
    pub now: Timestamp,
    /// The facilitator's timer, if one is set.
    pub timer: Option<super::timer::Timer>,
    /// Time since the board started, set by the runtime (tests set it by hand).
    pub clock: std::time::Duration,
    /// Ring the bell when a timer step ends.
    pub bell: bool,
    /// Ideas marked for merging into the selected one.
    pub marked: Vec<IdeaId>,
    /// Where the roadmap screens point (used only when the session carries a roadmap).
    pub roadmap: super::roadmap::Cursor,
    /// Tells a typed burst from commands where letters are commands.
    pub typing: super::typing::TypingGuard,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// Set by a first quit while saving has failed; a second quit leaves anyway.
    pub quit_warned: bool,
    /// Bumped by every action that can change what the tiles show; typing does not.
    pub generation: u64,
    /// The open room (issue 13): what the wall shows about it; `None` when closed.
    pub room: Option<super::room::RoomInfo>,
    /// Where the room listens when opened (`None`: this laptop's address on the network).
    pub room_bind: Option<std::net::SocketAddr>,
    /// Open the room as soon as the board starts (`--share`).
    pub share_on_start: bool,
    /// The last drawn board body, reused while `generation` and the area are unchanged,
    /// so a keystroke redraws only the capture line.
    pub body_cache: std::cell::RefCell<Option<BodyCache>>,
}

/// A drawn board body and what it was drawn from.
#[derive(Debug, Clone)]
pub struct BodyCache {
    /// [`App::generation`] when drawn.
    pub generation: u64,
    /// The area it covers.
    pub area: ratatui::layout::Rect,
    /// The cells.
    pub buffer: ratatui::buffer::Buffer,
    /// How many times the body has been drawn anew since the board opened, so tests can
    /// tell a reused body from a rebuilt one.
    pub builds: u64,
}

impl App {
    /// A board on `session` in capture mode, targeting the first theme.
    pub fn new(session: Session, lang: Lang, styles: Styles, now: Timestamp) -> App {
        let index = ThemeIndex::build(&session, None);
        let mode = match session.roadmap {
            Some(_) => Mode::Roadmap(Default::default()),
            None => Mode::Capture,
        };
        App {
            session,
            history: History::default(),
            mode,
            capture: LineEditor::default(),
            selection: Selection::default(),
            filter: None,
            lang,
            styles,
            save: SaveState::Saved,
            read_only_note: None,
            status: None,
            last_added: None,
            last_added_at: None,
            index,
            size: (80, 24),
            now,
            timer: None,
            clock: std::time::Duration::ZERO,
            bell: true,
            marked: Vec::new(),
            roadmap: Default::default(),
            typing: Default::default(),
            quit: false,
            quit_warned: false,
            generation: 0,
            body_cache: std::cell::RefCell::new(None),
            room: None,
            room_bind: None,
            share_on_start: false,
        }
    }

    /// Number of slots: every theme plus the unsorted pool.
    pub fn slot_count(&self) -> usize {
        self.session.themes.len() + 1
    }

    /// The theme key of a slot (`None`: the unsorted pool).
    pub fn slot_key(&self, slot: usize) -> Option<&str> {
        self.session.themes.get(slot).map(|t| t.key.as_str())
    }

    /// The display name of a slot in the UI language.
    pub fn slot_name(&self, slot: usize) -> &str {
        match self.session.themes.get(slot) {
            Some(theme) => theme.name.get(self.lang),
            None => crate::i18n::Msg::Unsorted.get(self.lang),
        }
    }

    /// Visible ideas of a slot, in order.
    pub fn slot_ideas(&self, slot: usize) -> impl ExactSizeIterator<Item = &Idea> + '_ {
        self.index
            .slot(slot)
            .iter()
            .map(move |&i| &self.session.ideas[i])
    }

    /// The selected idea, if the selected slot has any.
    pub fn selected_idea(&self) -> Option<&Idea> {
        let &i = self
            .index
            .slot(self.selection.slot)
            .get(self.selection.idea)?;
        self.session.ideas.get(i)
    }

    /// Rebuilds the per-slot index after the session or the filter changed.
    pub fn reindex(&mut self) {
        self.index = ThemeIndex::build(&self.session, self.filter);
        self.selection.slot = self.selection.slot.min(self.slot_count() - 1);
        let n = self.index.slot(self.selection.slot).len();
        self.selection.idea = self.selection.idea.min(n.saturating_sub(1));
        self.last_added_at = self
            .last_added
            .and_then(|id| self.index.find(&self.session, id));
    }

    /// Marks `id` as the idea that landed last.
    pub fn set_last_added(&mut self, id: Option<IdeaId>) {
        self.last_added = id;
        self.last_added_at = id.and_then(|id| self.index.find(&self.session, id));
    }

    /// Selects the idea with `id` wherever it is.
    pub fn select_idea(&mut self, id: IdeaId) {
        if let Some((slot, pos)) = self.index.find(&self.session, id) {
            self.selection = Selection { slot, idea: pos };
        }
    }

    /// Top-level tiles in board order: each top-level theme, then the pool.
    /// Each tile lists its slots: the theme, then its sub-themes.
    pub fn tiles(&self) -> Vec<Vec<usize>> {
        let themes = &self.session.themes;
        let mut tiles: Vec<Vec<usize>> = Vec::new();
        for (i, theme) in themes.iter().enumerate() {
            match &theme.parent {
                None => tiles.push(vec![i]),
                Some(parent) => {
                    let owner = tiles.iter_mut().rev().find(|t| themes[t[0]].key == *parent);
                    match owner {
                        Some(tile) => tile.push(i),
                        None => tiles.push(vec![i]),
                    }
                }
            }
        }
        let pool = themes.len();
        let pool_visible = !self.index.slot(pool).is_empty() || self.selection.slot == pool;
        if pool_visible {
            tiles.push(vec![pool]);
        }
        tiles
    }

    /// What the timer shows now.
    pub fn timer_reading(&self) -> Option<super::timer::Reading> {
        self.timer.as_ref().map(|t| t.read(self.clock))
    }

    /// Sets a one-line message.
    pub fn say(&mut self, text: String) {
        self.status = Some(Status { text, error: false });
    }

    /// Sets a one-line error message.
    pub fn warn(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
    }
}
