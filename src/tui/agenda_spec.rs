//! The one-line text form of an agenda item in the board's prompt: `13.40 20 Title | prompt`.

use crate::model;

/// An agenda item as the facilitator types it: `13.40 20 Title | prompt`.
pub(super) fn agenda_spec(item: &model::AgendaItem) -> String {
    let mut out = String::new();
    if let Some(t) = item.start {
        out.push_str(&crate::i18n::format_time(crate::i18n::Lang::En, t).replace(':', "."));
        out.push(' ');
    }
    if item.minutes > 0 {
        out.push_str(&format!("{} ", item.minutes));
    }
    out.push_str(&item.title);
    if !item.prompt.is_empty() {
        out.push_str(&format!(" | {}", item.prompt));
    }
    out
}

/// Reads `13.40 20 Title | prompt`: an optional start time, optional minutes, the title and
/// after `|` the prompt shown on the board.
pub(super) fn parse_agenda_spec(text: &str) -> model::AgendaItem {
    let (head, prompt) = match text.split_once('|') {
        Some((h, p)) => (h.trim(), p.trim()),
        None => (text.trim(), ""),
    };
    let mut words: Vec<&str> = head.split_whitespace().collect();
    let mut start = None;
    if let Some(first) = words.first()
        && let Ok(t) = chrono::NaiveTime::parse_from_str(&first.replace('.', ":"), "%H:%M")
    {
        start = Some(t);
        words.remove(0);
    }
    let mut minutes = 0;
    if let Some(first) = words.first()
        && let Ok(m) = first.parse::<u32>()
        && words.len() > 1
    {
        minutes = m;
        words.remove(0);
    }
    let kind = if prompt.is_empty() {
        model::AgendaKind::Capture
    } else {
        model::AgendaKind::Discussion
    };
    let mut item = model::AgendaItem::new(&words.join(" "), kind);
    item.start = start;
    item.minutes = minutes;
    item.prompt = prompt.to_string();
    item
}
