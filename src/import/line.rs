//! One line of a plain-text or Markdown summary: what it is (blank, heading, bullet or
//! plain text), with its indentation, and how its text reads (does it end a sentence, go on,
//! start in lower case…). The rules are in [`super::text`]'s documentation.

use unicode_width::UnicodeWidthChar;

use super::matches_msg;
use crate::i18n::Msg;

pub use crate::summary::shape::{Kind, Line, classify, looks_like_marker};

// How a line's text reads: the continuation rules of the text import use these.

/// Joins a wrapped line to the text before it: one space, or none between two wide
/// (CJK) characters.
pub fn join(prev: &mut String, next: &str) {
    if next.is_empty() {
        return;
    }
    if prev.is_empty() {
        prev.push_str(next);
        return;
    }
    let wide = |c: Option<char>| c.and_then(UnicodeWidthChar::width) == Some(2);
    if !(wide(prev.chars().last()) && wide(next.chars().next())) {
        prev.push(' ');
    }
    prev.push_str(next);
}

/// True when `text` ends so that the idea must go on (`->`, `,`, `ja` …).
pub(super) fn ends_with_connector(text: &str) -> bool {
    let t = text.trim_end();
    if ["->", "→", "=>", "-", "–", "—", ",", "/", "+", "&", "(", ":"]
        .iter()
        .any(|c| t.ends_with(c))
    {
        return true;
    }
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    [
        "ja", "tai", "sekä", "eli", "och", "eller", "samt", "and", "or",
    ]
    .contains(&last.as_str())
}

/// True when `text` ends a sentence.
pub(super) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches([')', '"', '”', '’', '\'']);
    t.ends_with(['.', '!', '?', '…'])
}

pub(super) fn starts_lower(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

pub(super) fn starts_upper_or_digit(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphabetic())
}

pub(super) fn all_caps(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

pub(super) fn is_placeholder(text: &str) -> bool {
    matches_msg(text, Msg::NoIdeas).is_some()
        && text.trim_start().starts_with('(')
        && text.trim_end().ends_with(')')
}

const SUMMARY_WORDS: &[&str] = &[
    "yhteenveto",
    "muistio",
    "sammanfattning",
    "promemoria",
    "minnesanteckningar",
    "summary",
    "minutes",
    "memo",
];

pub(super) fn starts_with_summary_word(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let f = super::fold(first);
    SUMMARY_WORDS.contains(&f.as_str())
}
