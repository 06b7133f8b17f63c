//! The help screen, generated from the keymap so it can never disagree with the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::keymap::{self, bindings};
use super::super::mode::ModeKind;
use super::super::wrap::truncate;
use crate::i18n::Msg;

/// Draws every binding grouped by mode, in as many columns as fit.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let sections = [
        (Msg::HelpInCapture, ModeKind::Capture),
        (Msg::HelpInOrganize, ModeKind::Organize),
        (Msg::HelpInFocus, ModeKind::Focus),
        (Msg::HelpInEdit, ModeKind::Prompt),
    ];
    let mut lines: Vec<Line> = vec![Line::styled(
        format!(" {}", Msg::HelpTitle.get(lang)),
        app.styles.focus_title,
    )];
    for (title, mode) in sections {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!(" {}", title.get(lang)),
            app.styles.sub_header,
        ));
        for b in bindings().iter().filter(|b| b.modes.contains(&mode)) {
            let keys = keymap::keys_label(b);
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<18} "), app.styles.capture_label),
                Span::raw(b.label.get(lang)),
            ]));
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
    // Lay the lines out in columns when the screen is wide enough.
    let widest = lines.iter().map(|l| l.width()).max().unwrap_or(1) + 2;
    let height = area.height.max(1) as usize;
    let columns_needed = lines.len().div_ceil(height);
    let columns = columns_needed.clamp(1, (area.width as usize / widest).max(1));
    let col_w = area.width as usize / columns;
    for (n, line) in lines.iter().enumerate().take(columns * height) {
        let (col, row) = (n / height, n % height);
        let x = area.x + (col * col_w) as u16;
        let y = area.y + row as u16;
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        if text.width() > col_w {
            let style = line.spans.first().map(|s| s.style).unwrap_or_default();
            buf.set_string(x, y, truncate(&text, col_w), style);
        } else {
            buf.set_line(x, y, line, col_w as u16);
        }
    }
}
