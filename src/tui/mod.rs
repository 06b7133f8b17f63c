//! The board: event loop, keymap, state, `update` and the views.

pub mod action;
mod agenda_spec;
pub mod app;
pub mod editor;
pub mod effect;
pub mod index;
mod input;
pub mod keymap;
pub mod meeting;
pub mod mode;
mod navigate;
mod perform;
pub mod roadmap;
pub mod room;
pub mod run;
pub mod style;
pub mod timer;
pub mod typing;
pub mod update;
pub mod view;

pub mod wrap;

pub use action::Action;
pub use app::App;
pub use effect::Effect;
pub use update::update;
