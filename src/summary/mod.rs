//! The summary's shared grammar: what the exports write and the imports read back. Both
//! depend on this module and never on each other.
//!
//! - [`grammar`]: separators, bullets, vote labels, merged wordings, agenda lines.
//! - [`shape`]: what a line of a text or Markdown summary is (heading, bullet, text).
//! - [`clean`]: user text made safe for any document before a format escapes it.

pub mod clean;
pub mod grammar;
pub mod shape;

pub use clean::{escape_markup_into, paragraphs, sanitize, xml_legal};
pub use grammar::{
    BULLET, SUB_BULLET, SUB_POINT_SEPARATOR, SUB_THEME_SEPARATOR, agenda_line, genitive_fi,
    merged_wording, split_votes, votes_label,
};
pub use shape::looks_like_marker;

#[cfg(test)]
mod tests;
