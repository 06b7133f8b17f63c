//! The export screen: the formats as tabs and the summary as it will be written.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::app::App;
use super::super::mode::Mode;
use super::super::wrap::truncate;
use crate::export::Format;
use crate::i18n::Msg;

/// Draws the format tabs, where the file goes, and the scrolled preview.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Mode::Export {
        format,
        preview,
        scroll,
    } = &app.mode
    else {
        return;
    };
    if area.height < 2 || area.width < 4 {
        return;
    }
    let lang = app.lang;
    let mut tabs = vec![Span::styled(
        format!(" {}: ", Msg::ExportTitle.get(lang)),
        app.styles.focus_title,
    )];
    for f in Format::ALL {
        let label = format!(" {} ", f.extension());
        let style = if f == *format {
            app.styles.tile_header_selected
        } else {
            app.styles.tile_header
        };
        tabs.push(Span::styled(
            if f == *format {
                format!("▶{}", label.trim_start())
            } else {
                label
            },
            style,
        ));
        tabs.push(Span::raw(" "));
    }
    buf.set_line(area.x, area.y, &Line::from(tabs), area.width);
    let mut note = Msg::ExportWhere.fill(lang, &[&format!("*.{}", format.extension())]);
    if matches!(format, Format::Html | Format::Docx) {
        note.push(' ');
        note.push_str(Msg::ExportAsText.get(lang));
    }
    buf.set_string(
        area.x,
        area.y + 1,
        truncate(&format!(" {note}"), area.width as usize),
        app.styles.muted,
    );
    let body = Rect::new(area.x + 1, area.y + 2, area.width - 1, area.height - 2);
    for (y, line) in (body.y..body.bottom()).zip(preview.iter().skip(*scroll as usize)) {
        buf.set_string(
            body.x,
            y,
            truncate(line, body.width as usize),
            app.styles.idea,
        );
    }
}
