//! foorumi: run live partnership forums in the terminal and write the summary the same day.
//!
//! Layers, each using only those above it: [`model`] (data and operations, no I/O),
//! [`i18n`] (the one string catalogue), [`store`] (files, journal, recovery),
//! [`export`] and [`import`], [`tui`] (the board) and [`cli`].

pub mod export;
pub mod i18n;
pub mod import;
pub mod model;
