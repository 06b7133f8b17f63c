//! Styles by role, built from a palette of the terminal's own ANSI colours so the
//! projector shows what the terminal's colour scheme intends.

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Serialize};

/// A colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Palette {
    /// High contrast for projectors: bright bars, default background.
    #[default]
    Projector,
    /// For light terminal backgrounds.
    Light,
    /// For dark terminal backgrounds.
    Dark,
}

impl Palette {
    /// Parses `projector`, `light` or `dark`.
    pub fn from_name(name: &str) -> Option<Palette> {
        match name.trim().to_ascii_lowercase().as_str() {
            "projector" | "projektori" => Some(Palette::Projector),
            "light" | "vaalea" => Some(Palette::Light),
            "dark" | "tumma" => Some(Palette::Dark),
            _ => None,
        }
    }
}

/// Every style the views use, named by what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styles {
    /// The status line at the top.
    pub status: Style,
    /// The mode label in the status line when letters are commands (organize mode).
    pub mode_alert: Style,
    /// A tile's theme header.
    pub tile_header: Style,
    /// The header of the selected or target tile.
    pub tile_header_selected: Style,
    /// A sub-theme heading inside a tile.
    pub sub_header: Style,
    /// An idea.
    pub idea: Style,
    /// The selected idea.
    pub idea_selected: Style,
    /// The idea that just landed.
    pub idea_new: Style,
    /// Counts, "+N more" and other quiet text.
    pub muted: Style,
    /// The label before the capture line.
    pub capture_label: Style,
    /// Text in the capture line.
    pub capture_text: Style,
    /// A key in the footer.
    pub footer_key: Style,
    /// A key's description in the footer.
    pub footer_text: Style,
    /// An ordinary message.
    pub message: Style,
    /// An error message or banner.
    pub error: Style,
    /// The title in the focus view.
    pub focus_title: Style,
}

impl Styles {
    /// Styles from `palette`; with `no_color` only bold, reverse and underline are used.
    pub fn new(palette: Palette, no_color: bool) -> Styles {
        let bold = Modifier::BOLD;
        if no_color {
            let plain = Style::new();
            let status = plain.add_modifier(Modifier::REVERSED);
            return Styles {
                status,
                mode_alert: alert(status),
                tile_header: plain.add_modifier(bold),
                tile_header_selected: plain.add_modifier(bold | Modifier::REVERSED),
                sub_header: plain.add_modifier(Modifier::UNDERLINED),
                idea: plain,
                idea_selected: plain.add_modifier(Modifier::REVERSED),
                idea_new: plain.add_modifier(bold),
                muted: plain.add_modifier(Modifier::DIM),
                capture_label: plain.add_modifier(bold),
                capture_text: plain,
                footer_key: plain.add_modifier(bold | Modifier::REVERSED),
                footer_text: plain,
                message: plain.add_modifier(bold),
                error: plain.add_modifier(bold | Modifier::REVERSED),
                focus_title: plain.add_modifier(bold | Modifier::UNDERLINED),
            };
        }
        let (bar, bar_selected, accent) = match palette {
            // Reverse video for the selection works on every terminal colour scheme.
            Palette::Projector => (
                Style::new().fg(Color::Black).bg(Color::Yellow),
                Style::new().add_modifier(Modifier::REVERSED),
                Color::Yellow,
            ),
            Palette::Light => (
                Style::new().fg(Color::White).bg(Color::Blue),
                Style::new().fg(Color::White).bg(Color::Black),
                Color::Blue,
            ),
            Palette::Dark => (
                Style::new().fg(Color::Black).bg(Color::Cyan),
                Style::new().add_modifier(Modifier::REVERSED),
                Color::Cyan,
            ),
        };
        let status = bar_selected.add_modifier(bold);
        Styles {
            status,
            mode_alert: alert(status),
            tile_header: bar.add_modifier(bold),
            tile_header_selected: bar_selected.add_modifier(bold | Modifier::UNDERLINED),
            sub_header: Style::new()
                .fg(accent)
                .add_modifier(bold | Modifier::UNDERLINED),
            idea: Style::new(),
            idea_selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            idea_new: Style::new().fg(Color::Green).add_modifier(bold),
            muted: Style::new().add_modifier(Modifier::DIM),
            capture_label: Style::new().fg(accent).add_modifier(bold),
            capture_text: Style::new().add_modifier(bold),
            footer_key: bar.add_modifier(bold),
            footer_text: Style::new(),
            message: Style::new().fg(Color::Green).add_modifier(bold),
            error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(bold),
            focus_title: Style::new().fg(accent).add_modifier(bold),
        }
    }
}

/// `bar` in reverse (or, when it already is reversed, in normal video) and bold: a label that
/// stands out of the bar by video, not by colour, and keeps the palette's readable colours.
fn alert(bar: Style) -> Style {
    let reversed = if bar.add_modifier.contains(Modifier::REVERSED) {
        bar.remove_modifier(Modifier::REVERSED)
    } else {
        bar.add_modifier(Modifier::REVERSED)
    };
    reversed.add_modifier(Modifier::BOLD)
}
