//! The forum's data and every operation on it: no terminal, no files, no clock.
//!
//! Everything a keystroke can do to a session is a [`Change`] applied with
//! [`Session::apply`], which hands back the inverse change. That one mechanism gives
//! undo/redo ([`History`]), the on-disk journal (the store appends each change) and
//! replay after a crash. The functions that build changes from the current session
//! (voting, merging, parking, actions, agenda) live in one small module each.

mod actions;
mod agenda;
mod carry;
mod change;
mod change_meeting;
mod duplicates;
mod error;
pub mod fold;
mod history;
mod idea;
mod inbox;
mod lang;
mod meeting;
mod merge;
mod parking;
pub mod roadmap;
mod search;
mod session;
pub mod similar;
mod tables;
pub mod text;
pub(crate) mod theme;
mod valid;
mod vote;

pub use actions::{
    add_action, edit_action, open_actions, remove_action, set_action_status, shift_action,
    toggle_action_link,
};
pub use agenda::{
    add_agenda_item, edit_agenda_item, next_agenda, previous_agenda, shift_agenda_item,
};
pub use carry::{SeriesLink, carry_over};
pub use change::Change;
pub use duplicates::{MAX_COMPARED, dismiss_duplicate, ordered_pair, suggest_duplicates};
pub use error::ModelError;
pub use history::History;
pub use idea::{Idea, IdeaId};
pub use inbox::{InboxItem, RoomRules, Source, accept_inbox, arrival, join_code_ok, merge_inbox};
pub use lang::Lang;
pub use meeting::{ActionItem, ActionStatus, AgendaItem, AgendaKind, ParkingItem};
pub use merge::merge_ideas;
pub use parking::{
    add_parking_item, edit_parking_item, park_idea, parking_to_action, remove_parking_item, unpark,
};
pub use search::{SearchHit, search};
pub use session::{FORMAT_VERSION, Session};
pub use tables::{TableReport, TableSession, ThemeMapping, ThemeMatch, merge_tables};
pub use theme::{Names, Theme, ThemeSet, answers_to, key_from_name, key_in};
pub use valid::{MAX_IDEA_ID, idea_id_ok, theme_key_ok};
pub use vote::{
    VotingRules, clear_votes, ranking, set_voting_rules, vote, vote_budget, votes_used,
};

/// A moment with its UTC offset, as stored in session files.
pub type Timestamp = chrono::DateTime<chrono::FixedOffset>;
