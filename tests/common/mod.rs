//! Shared helpers for integration tests: a board on the demo session with a fixed clock,
//! the `foorumi` binary, and small sessions and changes for the store tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use foorumi::i18n::Lang;
use foorumi::model::{Change, Idea, IdeaId, Names, Session, Theme, ThemeSet};
use foorumi::tui::style::{Palette, Styles};
use foorumi::tui::{Action, App, Effect, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 4.2.2015 klo 14.30 in Finland.
pub fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2015-02-04T14:30:00+02:00").unwrap()
}

/// A board on the bundled 4.2.2015 session, Finnish, projector palette.
pub fn demo_app() -> App {
    app_on(foorumi::bundled::demo_session(), Lang::Fi)
}

/// A board on `session` in `lang`.
pub fn app_on(session: Session, lang: Lang) -> App {
    App::new(session, lang, Styles::new(Palette::Projector, false), now())
}

/// Types `text` into the active input line.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Insert(c));
    }
}

/// Sends several actions and collects the effects.
pub fn send(app: &mut App, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    actions.into_iter().flat_map(|a| update(app, a)).collect()
}

/// Renders the board at `width` × `height` and returns the screen as text lines.
pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    update(app, Action::Resize { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&*app, frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            line.push_str(cell.symbol());
            skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Renders the board at `width` × `height` and returns the buffer, styles and all.
pub fn render(app: &App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// A key press as the terminal reports it, turned into an action by the keymap of the
/// board's current mode (`None` when the key does nothing there).
pub fn press(app: &mut App, code: crossterm::event::KeyCode) -> Option<Vec<Effect>> {
    use crossterm::event::{KeyEvent, KeyModifiers};
    let event = KeyEvent::new(code, KeyModifiers::NONE);
    let action = foorumi::tui::keymap::action_for(app.mode.kind(), &event)?;
    Some(update(app, action))
}

/// Runs the `foorumi` binary with its data in `home`.
pub fn foorumi(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_foorumi"))
        .args(args)
        .env("FOORUMI_HOME", home)
        .env_remove("NO_COLOR")
        .output()
        .expect("foorumi runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A session on the "Kumppanuus" theme set with `themes` as (key, name) and `groups` groups.
pub fn store_session(
    title: &str,
    date: Option<NaiveDate>,
    themes: &[(&str, &str)],
    groups: u32,
) -> Session {
    let set = ThemeSet {
        key: "kumppanuus".into(),
        name: Names::same("Kumppanuus"),
        description: String::new(),
        themes: themes
            .iter()
            .map(|&(key, name)| Theme::new(key, name))
            .collect(),
    };
    let mut s = Session::new(title, date, &set);
    s.groups = groups;
    s
}

/// Adds idea `id` with `text` to `theme` at the end, as written at `at` (RFC 3339).
pub fn add_idea(at: &str, id: u64, text: &str, theme: &str) -> Change {
    let t = DateTime::parse_from_rfc3339(at).unwrap();
    Change::AddIdea {
        idea: Idea::new(IdeaId(id), text, Some(theme), t),
        position: None,
    }
}

/// `path` with `suffix` appended: where the store keeps `.journal`, `.lock`, `.bak1` ….
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}
