//! One tile of the board: a theme header and as many of its ideas as fit, scrolled so
//! the selected or newest idea is always in view.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::mode::Mode;
use super::super::wrap::{truncate, wrap};
use crate::i18n::Msg;
use crate::model::Idea;

/// What a line of a tile points at, for mouse clicks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A theme's header (slot).
    Theme(usize),
    /// An idea: slot and position among the slot's visible ideas.
    Idea(usize, usize),
}

/// A rendered line with what it points at.
#[derive(Debug, Clone)]
pub struct TileLine {
    /// The text.
    pub line: Line<'static>,
    /// What a click on it selects.
    pub hit: Hit,
    /// Header lines get the bar style across the whole width.
    pub header: bool,
}

/// An entry of a tile body: a sub-theme heading or an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    SubHeader(usize),
    Idea(usize, usize),
}

/// The tile's entries in order, addressed by number without listing them all.
struct Entries<'a> {
    app: &'a App,
    slots: &'a [usize],
}

impl Entries<'_> {
    fn slot_len(&self, i: usize) -> usize {
        // Sub-themes (every slot after the first) carry a heading line.
        self.app.index.slot(self.slots[i]).len() + usize::from(i > 0)
    }

    fn len(&self) -> usize {
        (0..self.slots.len()).map(|i| self.slot_len(i)).sum()
    }

    fn get(&self, mut n: usize) -> Option<Entry> {
        for i in 0..self.slots.len() {
            let len = self.slot_len(i);
            if n < len {
                let slot = self.slots[i];
                return Some(match (i > 0, n) {
                    (true, 0) => Entry::SubHeader(slot),
                    (true, n) => Entry::Idea(slot, n - 1),
                    (false, n) => Entry::Idea(slot, n),
                });
            }
            n -= len;
        }
        None
    }

    fn position(&self, slot: usize, idea: usize) -> Option<usize> {
        let mut n = 0;
        for i in 0..self.slots.len() {
            if self.slots[i] == slot {
                return Some(n + usize::from(i > 0) + idea);
            }
            n += self.slot_len(i);
        }
        None
    }
}

/// Lines for the tile holding `slots`, numbered `number`, in `width` × `height` cells.
pub fn tile_lines(
    app: &App,
    slots: &[usize],
    number: usize,
    width: u16,
    height: u16,
) -> Vec<TileLine> {
    let (width, height) = (width as usize, height as usize);
    if width == 0 || height == 0 {
        return Vec::new();
    }
    let mut out = header_lines(app, slots, number, width, height);
    let body = height.saturating_sub(out.len());
    let entries = Entries { app, slots };
    let total = entries.len();
    if body == 0 {
        return out;
    }
    if total == 0 {
        let empty = Msg::Empty.get(app.lang).to_string();
        out.push(TileLine {
            line: Line::styled(truncate(&empty, width), app.styles.muted),
            hit: Hit::Theme(slots[0]),
            header: false,
        });
        return out;
    }
    // Ideas get as many lines as they need when the whole tile fits; otherwise each is
    // cut to a few lines so more of them show.
    let fits_whole = anchor_is_top(app, slots) && {
        let mut used = 0;
        let mut n = 0;
        while n < total && used <= body {
            used += entry_lines(app, entries.get(n), width, body).len();
            n += 1;
        }
        used <= body
    };
    let cap = if fits_whole { body } else { (body / 3).max(2) };
    let anchor = anchor(app, slots).and_then(|(s, i)| entries.position(s, i));
    let render = |n: usize, full: bool| {
        entry_lines(app, entries.get(n), width, if full { body } else { cap })
    };
    // Walk back from the anchor to find the first entry that still leaves it visible.
    let mut start = 0;
    if let Some(a) = anchor {
        let mut used = render(a, true).len();
        let mut i = a;
        while i > 0 {
            let h = render(i - 1, false).len();
            // Reserve a line for the "more above" marker unless we reach the top.
            let reserve = usize::from(i - 1 > 0);
            if used + h + reserve > body {
                break;
            }
            used += h;
            i -= 1;
        }
        start = i;
    }
    let mut lines = Vec::new();
    if start > 0 {
        lines.push(more_line(app, start, slots[0], "↑ "));
    }
    // Ideas are shown whole or shortened with "…"; never cut off without a mark.
    let mut n = start;
    while n < total {
        let block = render(n, Some(n) == anchor);
        let marker = usize::from(n + 1 < total);
        let room = body.saturating_sub(lines.len() + marker);
        if block.len() > room {
            // Shorten the idea to the room left (it ends in "…"), never cut it silently.
            if room > 0 {
                let entry = entries.get(n);
                lines.extend(entry_lines(app, entry, width, room).into_iter().take(room));
                n += 1;
            }
            break;
        }
        lines.extend(block);
        n += 1;
    }
    if n < total {
        lines.truncate(body.saturating_sub(1));
        lines.push(more_line(app, total - n, slots[0], "↓ "));
    }
    lines.truncate(body);
    out.extend(lines);
    out
}

fn more_line(app: &App, count: usize, slot: usize, arrow: &str) -> TileLine {
    let text = format!("{arrow}{}", Msg::MoreIdeas.fill(app.lang, &[&count]));
    TileLine {
        line: Line::styled(text, app.styles.muted),
        hit: Hit::Theme(slot),
        header: false,
    }
}

/// True when the tile needs no scrolling to show its anchor (or has none).
fn anchor_is_top(app: &App, slots: &[usize]) -> bool {
    anchor(app, slots).is_none_or(|(_, i)| i < 3)
}

/// The idea to keep in view: the selection when organizing, else the newest idea.
fn anchor(app: &App, slots: &[usize]) -> Option<(usize, usize)> {
    let organizing = matches!(
        app.mode,
        Mode::Organize | Mode::Prompt { .. } | Mode::Search { .. }
    );
    if organizing && slots.contains(&app.selection.slot) {
        return Some((app.selection.slot, app.selection.idea));
    }
    let (slot, pos) = app.last_added_at?;
    slots.contains(&slot).then_some((slot, pos))
}

fn header_lines(
    app: &App,
    slots: &[usize],
    number: usize,
    width: usize,
    height: usize,
) -> Vec<TileLine> {
    let slot = slots[0];
    let selected = slots.contains(&app.selection.slot);
    let marker = if selected { "▶" } else { " " };
    let count = app.index.count(slots);
    let lead = format!("{marker}{number} ");
    let tail = format!(" ({count})");
    let name = app.slot_name(slot);
    let max = if height >= 6 { 2 } else { 1 };
    let room = width.saturating_sub(lead.chars().count());
    // The count is a word of its own, so a long word of the name is never broken to make room
    // for it; only when the count would be cut off is the name shortened with "…" instead.
    let mut name_lines = wrap(&format!("{name}{tail}"), room.max(1), max);
    let count_shown = name_lines.last().is_some_and(|l| l.ends_with(tail.trim()));
    if !count_shown {
        name_lines = wrap(name, room.max(1), max);
        if name_lines.is_empty() {
            name_lines.push(String::new());
        }
        let last = name_lines.len() - 1;
        let keep = room.saturating_sub(tail.width()).max(1);
        name_lines[last] = truncate(&name_lines[last], keep);
        name_lines[last].push_str(&tail);
    }
    let style = if selected {
        app.styles.tile_header_selected
    } else {
        app.styles.tile_header
    };
    name_lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let prefix = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(lead.chars().count())
            };
            TileLine {
                line: Line::from(vec![
                    Span::styled(prefix, style),
                    Span::styled(truncate(&text, room), style),
                ]),
                hit: Hit::Theme(slot),
                header: true,
            }
        })
        .collect()
}

fn entry_lines(app: &App, entry: Option<Entry>, width: usize, max_lines: usize) -> Vec<TileLine> {
    match entry {
        None => Vec::new(),
        Some(Entry::SubHeader(slot)) => {
            let selected = app.selection.slot == slot;
            let marker = if selected { "▶ " } else { "▸ " };
            let count = app.index.slot(slot).len();
            let text = format!("{marker}{} ({count})", app.slot_name(slot));
            vec![TileLine {
                line: Line::styled(truncate(&text, width), app.styles.sub_header),
                hit: Hit::Theme(slot),
                header: false,
            }]
        }
        Some(Entry::Idea(slot, pos)) => {
            let Some(&i) = app.index.slot(slot).get(pos) else {
                return Vec::new();
            };
            idea_lines(app, &app.session.ideas[i], slot, pos, width, max_lines)
        }
    }
}

/// An idea's votes as a badge at the start of its text, `●●● 3`: at most five dots and the
/// count, so it can never be cut off with the end of a long idea or read as a theme count.
/// While totals are hidden only `●` says that the idea has votes.
pub fn vote_badge(app: &App, idea: &Idea) -> Option<String> {
    if idea.votes == 0 {
        return None;
    }
    let voting = &app.session.voting;
    if voting.hidden && !voting.closed {
        return Some("●".to_string());
    }
    let dots = "●".repeat(idea.votes.min(5) as usize);
    Some(format!("{dots} {}", idea.votes))
}

fn idea_lines(
    app: &App,
    idea: &Idea,
    slot: usize,
    pos: usize,
    width: usize,
    max_lines: usize,
) -> Vec<TileLine> {
    let selected = !matches!(app.mode, Mode::Capture)
        && app.selection.slot == slot
        && app.selection.idea == pos;
    let style = if selected {
        app.styles.idea_selected
    } else if app.last_added == Some(idea.id) {
        app.styles.idea_new
    } else {
        app.styles.idea
    };
    let hit = matches!(&app.mode, Mode::Search { hits, .. } if hits.contains(&idea.id));
    let style = if hit && !selected {
        app.styles
            .idea_new
            .add_modifier(ratatui::style::Modifier::UNDERLINED)
    } else {
        style
    };
    // Markers carry the meaning without colour: ▶ selected, » search match, ◆ marked for merging.
    let marker = if selected {
        "▶ "
    } else if hit {
        "» "
    } else if app.marked.contains(&idea.id) {
        "◆ "
    } else {
        "• "
    };
    let badge = vote_badge(app, idea);
    let mut text = String::new();
    if let Some(badge) = &badge {
        // Kept in one piece by wrapping (no-break space), so it is never cut or split.
        text.push_str(&badge.replace(' ', "\u{a0}"));
        text.push(' ');
    }
    if let Some(g) = idea.group {
        text.push_str(&Msg::GroupShort.fill(app.lang, &[&g]));
        text.push(' ');
    }
    text.push_str(&idea.text);
    let hit = Hit::Idea(slot, pos);
    let mut lines: Vec<TileLine> = wrap(&text, width.saturating_sub(2), max_lines)
        .into_iter()
        .enumerate()
        .map(|(n, l)| {
            let lead = if n == 0 { marker } else { "  " };
            let l = l.replace('\u{a0}', " ");
            let mut spans = vec![Span::styled(lead, style)];
            match badge.as_deref() {
                Some(badge) if n == 0 && l.starts_with(badge) => {
                    let (b, rest) = l.split_at(badge.len());
                    spans.push(Span::styled(
                        b.to_string(),
                        style.add_modifier(Modifier::BOLD),
                    ));
                    spans.push(Span::styled(rest.to_string(), style));
                }
                _ => spans.push(Span::styled(l, style)),
            }
            TileLine {
                line: Line::from(spans),
                hit,
                header: false,
            }
        })
        .collect();
    let sub_max = if max_lines > 4 { 3 } else { 1 };
    for sub in &idea.sub_points {
        for (n, l) in wrap(sub, width.saturating_sub(4), sub_max)
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { "  – " } else { "    " };
            lines.push(TileLine {
                line: Line::from(vec![
                    Span::styled(lead, app.styles.muted),
                    Span::styled(l, style),
                ]),
                hit,
                header: false,
            });
        }
    }
    lines
}
