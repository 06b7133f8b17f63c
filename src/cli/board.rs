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
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Message(Msg::NeedsTerminal.get(lang).to_string()));
    }
    let path = match path {
        Some(p) => {
            if !p.exists() {
                create_default(p, lang)?;
            }
            p.to_path_buf()
        }
        None => recent_or_demo(lang)?,
    };
    let opened = SessionFile::open(&path)?;
    let _ = store::set_recent(&path);
    for notice in &opened.report {
        eprintln!("foorumi: {}", notice.text(lang));
    }
    let palette = cli
        .palette
        .as_deref()
        .and_then(Palette::from_name)
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
    app.share_on_start = cli.share;
    app.room_bind = cli.bind;
    crate::tui::run::run(app, opened.file, cli.first_frame_only)
        .map_err(|e| Failure::Message(e.to_string()))
}

fn create_default(path: &Path, lang: Lang) -> Result<(), Failure> {
    let set = bundled::theme_set(bundled::DEFAULT_THEME_SET).expect("default theme set is bundled");
    let today = chrono::Local::now().date_naive();
    let session = Session::new(&super::new::default_title(lang), Some(today), &set);
    super::ensure_parent(path, lang)?;
    SessionFile::create(path, &session)?;
    Ok(())
}

/// The most recently used session, else the demo copied into the data directory.
fn recent_or_demo(lang: Lang) -> Result<PathBuf, Failure> {
    if let Some(recent) = store::recent().filter(|p| p.exists()) {
        return Ok(recent);
    }
    let dir = store::data_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Message(Msg::WriteFailed.fill(lang, &[&dir.display(), &e])))?;
    let path = dir.join(bundled::DEMO.0);
    if !path.exists() {
        // The shipped file is never opened for writing: the user works on a copy.
        SessionFile::create(&path, &bundled::demo_session())?;
        eprintln!(
            "foorumi: {}",
            Msg::OpeningDemo.fill(lang, &[&path.display()])
        );
    }
    Ok(path)
}
