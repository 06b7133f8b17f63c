//! The forum's data and every operation on it: no terminal, no files, no clock.
//!
//! Everything a keystroke can do to a session is a [`Change`] applied with
//! [`Session::apply`], which hands back the inverse change. That one mechanism gives
//! undo/redo ([`History`]), the on-disk journal (the store appends each change) and
//! replay after a crash.

mod change;
mod history;
mod idea;
mod lang;
mod meeting;
mod session;
pub mod text;
pub(crate) mod theme;

pub use change::{Change, ModelError};
pub use history::History;
pub use idea::{Idea, IdeaId};
pub use lang::Lang;
pub use meeting::{ActionItem, ActionStatus, AgendaItem, AgendaKind, ParkingItem};
pub use session::{FORMAT_VERSION, Session};
pub use theme::{Names, Theme, ThemeSet, key_from_name};

/// A moment with its UTC offset, as stored in session files.
pub type Timestamp = chrono::DateTime<chrono::FixedOffset>;
