//! foorumi: run live partnership forums in the terminal and write the summary the same day.
//!
//! Layers, each using only those above it: [`model`] (data and operations, no I/O),
//! [`i18n`] (the one string catalogue), [`bundled`] (shipped themes and sessions),
//! [`store`] (files, journal, recovery), [`summary`] (the grammar a summary is written and
//! read in), [`export`] and [`import`] (pure functions of a session, never naming each
//! other), [`room`] (participants' phones: the HTTP server and the inbox's way in), [`tui`]
//! (the board) and [`cli`].

pub mod bundled;
pub mod cli;
pub mod export;
pub mod i18n;
pub mod import;
pub mod model;
pub mod room;
pub mod store;
pub mod summary;
pub mod tui;
