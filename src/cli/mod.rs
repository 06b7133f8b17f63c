//! The command line: argument parsing (clap) and the subcommands.

mod add;
mod args;
mod board;
mod check;
mod config;
mod export;
mod import;
mod merge;
mod new;
mod roadmap;
mod room;
mod themes;
mod usage;
mod which_file;

pub use args::{Cli, Command, subcommand_first};
pub use config::Config;
pub use usage::parse;

use crate::i18n::{Lang, Msg};

/// A failure to report on stderr in the user's language; the process exits with 1.
#[derive(Debug)]
pub struct CliError(pub String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Failure {
        Failure::Store(e)
    }
}

/// What went wrong, before it is put into words in the user's language.
#[derive(Debug)]
pub enum Failure {
    /// An error from the store.
    Store(crate::store::StoreError),
    /// A message already in words.
    Message(String),
}

impl Failure {
    /// The failure in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Failure::Store(e) => e.text(lang),
            Failure::Message(m) => m.clone(),
        }
    }
}

/// Creates the folder a new session file goes into.
pub fn ensure_parent(path: &std::path::Path, lang: Lang) -> Result<(), Failure> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir)
            .map_err(|e| Failure::Message(Msg::WriteFailed.fill(lang, &[&shown(dir), &e]))),
        _ => Ok(()),
    }
}

/// A path as it may be printed: control characters (a folder named with an escape
/// sequence) are removed like in any other text.
pub fn shown(path: &std::path::Path) -> String {
    crate::model::text::clean(&path.display().to_string())
}

/// Writes to stdout; a closed pipe (`foorumi themes | head`) is not an error.
pub fn print(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Runs the parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let config = Config::load(cli.lang.map(Lang::from));
    let lang = cli.lang.map(Lang::from).or(config.lang).unwrap_or_default();
    let result = match cli.command {
        None => board::open(cli.path.as_deref(), lang, &cli, &config),
        Some(Command::New(args)) => new::run(&args, lang),
        Some(Command::Add(args)) => add::run(&args, lang),
        Some(Command::Themes) => themes::run(lang),
        Some(Command::Check(args)) => check::run(&args, lang),
        Some(Command::Export(args)) => export::run(&args, cli.lang.is_some().then_some(lang), lang),
        Some(Command::Import(args)) => import::run(&args, cli.lang.is_some().then_some(lang), lang),
        Some(Command::Roadmap(ref args)) => roadmap::run(args, lang, &cli, &config),
        Some(Command::Room(args)) => room::run(&args, lang),
        Some(Command::Merge(args)) => merge::run(&args, lang),
    };
    match result {
        Ok(()) => 0,
        Err(failure) => {
            eprintln!(
                "foorumi: {}: {}",
                Msg::ErrorPrefix.get(lang),
                failure.text(lang)
            );
            1
        }
    }
}
