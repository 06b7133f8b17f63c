//! Where an idea came from, as the summary says it: "puhelimesta: Aino, Yhdistys ry".

use super::sanitize;
use crate::i18n::Msg;
use crate::model::{Idea, Lang, Source};

/// The source note of an idea sent from a phone (already sanitized, not yet escaped for
/// the format); `None` for an idea typed on the board.
pub fn source_label(idea: &Idea, lang: Lang) -> Option<String> {
    idea.source.as_ref().map(|source| source_note(source, lang))
}

/// The note for `source` alone: "puhelimesta" or "puhelimesta: Aino, Yhdistys ry".
pub fn source_note(source: &Source, lang: Lang) -> String {
    match source.signature() {
        Some(who) => Msg::FromPhoneBy.fill(lang, &[&sanitize(&who)]),
        None => Msg::FromPhone.get(lang).to_string(),
    }
}
