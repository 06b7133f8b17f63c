//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// foorumi — run a partnership forum on the wall and write its summary the same day.
#[derive(Debug, Parser)]
#[command(
    name = "foorumi",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Session file to open (created from the default themes if missing). Without it, the
    /// most recently used session, or a copy of the bundled 4.2.2015 demo.
    pub path: Option<PathBuf>,
    /// Interface language: fi (default), sv or en.
    #[arg(long, global = true, value_parser = ["fi", "sv", "en"])]
    pub lang: Option<String>,
    /// Colours: projector (default), light or dark. NO_COLOR is respected.
    #[arg(long, value_parser = ["projector", "light", "dark"])]
    pub palette: Option<String>,
    /// What to do instead of opening the board.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new session file.
    New(NewArgs),
    /// Add one idea to a session (also while its board is open) and print its id.
    Add(AddArgs),
    /// List the theme sets and their theme keys.
    Themes,
}

/// Arguments of `foorumi new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to create the session (.ron).
    pub path: PathBuf,
    /// Title of the session.
    #[arg(long)]
    pub title: Option<String>,
    /// Date as D.M.YYYY (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// Theme set to start from (see `foorumi themes`).
    #[arg(long, default_value = crate::bundled::DEFAULT_THEME_SET)]
    pub themes: String,
}

/// Arguments of `foorumi add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The session file.
    pub path: PathBuf,
    /// Key of the theme the idea goes to (see `foorumi themes`).
    #[arg(long)]
    pub theme: String,
    /// Group number (Ryhmä N).
    #[arg(long)]
    pub group: Option<u32>,
    /// The idea.
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
}
