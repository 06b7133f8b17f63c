//! The help screen, generated from the keymap so it can never disagree with the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::keymap::{self, Binding, bindings};
use super::super::mode::{Mode, ModeKind};
use super::super::wrap::truncate;
use crate::i18n::Msg;

/// Whether a binding belongs in a help section.
type Belongs = fn(&Binding) -> bool;

/// Sections in order; each binding is listed once, under the first section it fits.
const SECTIONS: [(Msg, Belongs); 10] = [
    (Msg::HelpEverywhere, |b| {
        [ModeKind::Capture, ModeKind::Organize, ModeKind::Focus]
            .iter()
            .all(|m| b.modes.contains(m))
    }),
    (Msg::HelpInCapture, |b| {
        b.modes.contains(&ModeKind::Capture) && !b.modes.contains(&ModeKind::Prompt)
    }),
    (Msg::HelpInOrganize, |b| {
        b.modes.contains(&ModeKind::Organize)
    }),
    (Msg::HelpInFocus, |b| b.modes.contains(&ModeKind::Focus)),
    (Msg::HelpInEdit, |b| b.modes.contains(&ModeKind::Prompt)),
    (Msg::HelpInExport, |b| b.modes.contains(&ModeKind::Export)),
    (Msg::HelpInPresent, |b| b.modes.contains(&ModeKind::Present)),
    (Msg::HelpInLists, |b| {
        b.modes.iter().any(|m| matches!(m, ModeKind::List(_)))
    }),
    (Msg::HelpInSearch, |b| b.modes.contains(&ModeKind::Search)),
    (Msg::HelpInRoom, |b| {
        b.modes.contains(&ModeKind::Room) || b.modes.contains(&ModeKind::Inbox)
    }),
];

/// The help text as lines: a title, then each section with its keys.
fn help_lines(app: &App, key_width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut shown = vec![false; bindings().len()];
    let mut lines = vec![Line::styled(
        format!(" {}", Msg::HelpTitle.get(lang)),
        app.styles.focus_title,
    )];
    for (title, belongs) in SECTIONS {
        let mut section = Vec::new();
        for (n, b) in bindings().iter().enumerate() {
            if shown[n] || !belongs(b) {
                continue;
            }
            shown[n] = true;
            let keys = truncate(&keymap::keys_label(b), key_width);
            let pad = key_width.saturating_sub(keys.width());
            section.push(Line::from(vec![
                Span::styled(
                    format!("  {keys}{} ", " ".repeat(pad)),
                    app.styles.capture_label,
                ),
                Span::raw(b.label.get(lang)),
            ]));
        }
        if !section.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(" {}", title.get(lang)),
                app.styles.sub_header,
            ));
            lines.extend(section);
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(" {}", Msg::KeyClick.get(lang)),
        app.styles.muted,
    ));
    lines.push(Line::styled(
        format!(" {}", Msg::HelpClose.get(lang)),
        app.styles.muted,
    ));
    lines
}

/// Draws the help in as many columns as fit, scrolled by ↑/↓ when it is still too long.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let scroll = match app.mode {
        Mode::Help { scroll, .. } => scroll as usize,
        _ => 0,
    };
    let key_width = if area.width >= 70 { 16 } else { 10 };
    let lines = help_lines(app, key_width);
    let col_w = key_width + 24;
    let height = area.height as usize;
    let columns = (area.width as usize / col_w).clamp(1, lines.len().div_ceil(height).max(1));
    let col_w = area.width as usize / columns;
    let per_page = columns * height;
    let scroll = scroll.min(lines.len().saturating_sub(per_page));
    for (n, line) in lines.iter().skip(scroll).enumerate().take(per_page) {
        let (col, row) = (n / height, n % height);
        let x = area.x + (col * col_w) as u16;
        let y = area.y + row as u16;
        let room = col_w.saturating_sub(1);
        if line.width() > room {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = line.spans.last().map(|s| s.style).unwrap_or_default();
            buf.set_string(x, y, truncate(&text, room), style);
        } else {
            buf.set_line(x, y, line, room as u16);
        }
    }
    if lines.len() > scroll + per_page {
        let more = format!(
            "↓ {}",
            Msg::MoreIdeas.fill(app.lang, &[&(lines.len() - scroll - per_page)])
        );
        let y = area.bottom() - 1;
        let x = area.right().saturating_sub(more.width() as u16 + 1);
        buf.set_string(x, y, more, app.styles.muted);
    }
}
