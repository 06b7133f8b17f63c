//! Opening the board: which session, which language and colours.

use std::path::{Path, PathBuf};

use super::{Cli, Config, Failure};
use crate::bundled;
use crate::i18n::{Lang, Msg};
use crate::model::Session;
use crate::store::{self, SessionFile};
use crate::tui::app::{App, SaveState};
use crate::tui::style::{Palette, Styles};

/// Opens `path`, or the most recent session, or a copy of the demo, and runs the board.
pub fn open(path: Option<&Path>, lang: Lang, cli: &Cli, config: &Config) -> Result<(), Failure> {
    use std::io::IsTerminal;
    let terminal = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    let needs_terminal = || Failure::Message(Msg::NeedsTerminal.get(lang).to_string());
    let path = match path {
        // Said before the terminal is needed: a typo, a shipped file or a README is
        // answered the same way from a script.
        Some(p) => {
            let mut ask = |question: &str| ask_user(question);
            let ask: Option<&mut dyn FnMut(&str) -> bool> =
                if terminal { Some(&mut ask) } else { None };
            super::which_file::resolve(p, lang, ask)?
        }
        None if terminal => recent_or_demo(lang)?,
        None => return Err(needs_terminal()),
    };
    open_file(&path, lang, cli, config, |_| Ok(()))
}

/// Opens the session file at `path` (which exists), lets `accept` refuse it (a roadmap
/// board refuses a plain session) and runs the board on it.
pub(super) fn open_file(
    path: &Path,
    lang: Lang,
    cli: &Cli,
    config: &Config,
    accept: impl Fn(&Session) -> Result<(), Failure>,
) -> Result<(), Failure> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Message(Msg::NeedsTerminal.get(lang).to_string()));
    }
    let opened = SessionFile::open(path)?;
    accept(&opened.session)?;
    let _ = store::set_recent(path);
    for notice in &opened.report {
        eprintln!("foorumi: {}", notice.text(lang));
    }
    let palette = cli
        .palette
        .map(Palette::from)
        .or(config.palette)
        .unwrap_or_default();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let now = chrono::Local::now().fixed_offset();
    let mut app = App::new(opened.session, lang, Styles::new(palette, no_color), now);
    if let Some(draft) = opened.draft {
        app.capture = crate::tui::editor::LineEditor::with_text(&draft);
    }
    if opened.file.read_only() {
        app.save = SaveState::ReadOnly;
    }
    if opened.file.read_only_folder() {
        let shown = super::shown(path);
        app.read_only_note = Some(Msg::NoticeReadOnlyFolder.fill(lang, &[&shown]));
    }
    app.share_on_start = cli.share;
    app.room_bind = cli.bind;
    crate::tui::run::run(app, opened.file, cli.first_frame_only)
        .map_err(|e| Failure::Message(e.to_string()))
}

/// Puts `question` on stderr and reads one line of answer; only "yes" in some language is yes.
fn ask_user(question: &str) -> bool {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).is_ok() && super::which_file::is_yes(&answer)
}

/// The most recently used session, else the demo copied into the data directory.
fn recent_or_demo(lang: Lang) -> Result<PathBuf, Failure> {
    if let Some(recent) = store::recent().filter(|p| p.exists()) {
        return Ok(recent);
    }
    let dir = store::data_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Message(Msg::WriteFailed.fill(lang, &[&super::shown(&dir), &e])))?;
    let path = dir.join(bundled::DEMO.0);
    if !path.exists() {
        // The shipped file is never opened for writing: the user works on a copy.
        SessionFile::create(&path, &bundled::demo_session())?;
        eprintln!(
            "foorumi: {}",
            Msg::OpeningDemo.fill(lang, &[&super::shown(&path)])
        );
    }
    Ok(path)
}
