//! Command-line arguments.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use crate::export::Format;
use crate::i18n::Lang;
use crate::tui::style::Palette;

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
    #[arg(long, global = true, ignore_case = true)]
    pub lang: Option<LangArg>,
    /// Colours: projector (default), light or dark. NO_COLOR is respected.
    #[arg(long, ignore_case = true)]
    pub palette: Option<PaletteArg>,
    /// Quit right after the first frame: for timing startup (`hyperfine`), not for people.
    #[arg(long, hide = true)]
    pub first_frame_only: bool,
    /// Open the room to participants' phones right away (F10 on the board does the same).
    #[arg(long)]
    pub share: bool,
    /// Address and port the room listens on (default: this laptop's address on the local
    /// network, port 8737).
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<std::net::SocketAddr>,
    /// What to do instead of opening the board.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang` on the command line; a value clap does not know is a usage error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// suomi
    Fi,
    /// svenska
    Sv,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::Fi => Lang::Fi,
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

/// `--palette` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaletteArg {
    /// High contrast for projectors.
    #[value(alias = "projektori")]
    Projector,
    /// Light terminal background.
    #[value(alias = "vaalea")]
    Light,
    /// Dark terminal background.
    #[value(alias = "tumma")]
    Dark,
}

impl From<PaletteArg> for Palette {
    fn from(arg: PaletteArg) -> Palette {
        match arg {
            PaletteArg::Projector => Palette::Projector,
            PaletteArg::Light => Palette::Light,
            PaletteArg::Dark => Palette::Dark,
        }
    }
}

/// `--format` of `foorumi export`; file extensions and the longer names are accepted too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The appendix layout, plain text.
    #[value(alias = "text")]
    Txt,
    /// Markdown memo.
    #[value(alias = "markdown")]
    Md,
    /// Standalone web page.
    #[value(alias = "htm")]
    Html,
    /// Word document.
    #[value(alias = "word")]
    Docx,
    /// One row per idea.
    Csv,
    /// The whole session.
    Json,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Txt => Format::Txt,
            FormatArg::Md => Format::Md,
            FormatArg::Html => Format::Html,
            FormatArg::Docx => Format::Docx,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
        }
    }
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new session file, or the next session of a series with --from.
    New(NewArgs),
    /// Add an idea, an action or a parking-lot item to a session (also while its board is open).
    Add(AddArgs),
    /// List the theme sets and their theme keys.
    Themes,
    /// Verify a session, its journal and backups; exit 1 when something is wrong.
    Check(CheckArgs),
    /// Write the summary: txt, md, html, docx, csv or json.
    Export(ExportArgs),
    /// Make a session from a plain-text, Markdown or CSV summary.
    Import(ImportArgs),
    /// A roadmap (tiekartta): open its board, or export, import, add, start the next year.
    Roadmap(RoadmapArgs),
    /// Open the room to phones without a board: ideas land in the session's inbox.
    Room(RoomArgs),
    /// Merge the tables' session files into one; each idea keeps its table.
    Merge(MergeArgs),
}

/// Arguments of `foorumi merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The tables' session files, each optionally followed by `--table NAME`.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Name of the table whose file comes just before (default: the file's title).
    #[arg(long, value_name = "NAME")]
    pub table: Vec<String>,
    /// The merged session file to create.
    #[arg(short = 'o', long = "out")]
    pub out: PathBuf,
    /// Theme set the merged session starts from (default: the themes of the files).
    #[arg(long, value_name = "SET")]
    pub themes: Option<String>,
    /// Title of the merged session (default: the first file's).
    #[arg(long)]
    pub title: Option<String>,
    /// The table name of each file, in the order of `files`, paired by [`MergeArgs::pair_tables`].
    #[arg(skip)]
    pub table_of: Vec<Option<String>>,
}

impl MergeArgs {
    /// Gives each `--table NAME` to the file written just before it (one before any file
    /// goes to the first), from where they stand on the command line.
    pub fn pair_tables(&mut self, matches: &clap::ArgMatches) {
        let files: Vec<usize> = matches
            .indices_of("files")
            .map(Iterator::collect)
            .unwrap_or_default();
        let tables: Vec<usize> = matches
            .indices_of("table")
            .map(Iterator::collect)
            .unwrap_or_default();
        self.table_of = vec![None; self.files.len()];
        for (at, name) in tables.iter().zip(&self.table) {
            let file = files.iter().rposition(|f| f < at).unwrap_or(0);
            if let Some(slot) = self.table_of.get_mut(file) {
                *slot = Some(name.clone());
            }
        }
    }
}

/// Arguments of `foorumi room`.
#[derive(Debug, Args)]
pub struct RoomArgs {
    /// The session file.
    pub path: PathBuf,
    /// Address and port to listen on (default: this laptop's address on the local network).
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<std::net::SocketAddr>,
}

/// Arguments of `foorumi export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    pub path: PathBuf,
    /// txt, md, html, docx, csv or json.
    #[arg(long, short = 'f', ignore_case = true)]
    pub format: FormatArg,
    /// Output file; without it txt, md, csv and json go to stdout, html and docx next to the session.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// CSV field delimiter (default `;` for Finnish Excel).
    #[arg(long)]
    pub delimiter: Option<char>,
    /// Main heading instead of the session's own.
    #[arg(long)]
    pub heading: Option<String>,
    /// Also write the themes that have no ideas.
    #[arg(long)]
    pub empty_themes: bool,
    /// txt: also the voting result, agenda, parking lot, actions and notes (by default the
    /// themes only, like the appendix).
    #[arg(long)]
    pub full: bool,
    /// Replace the output when it is a symbolic link (by default the link is refused).
    #[arg(long)]
    pub replace_link: bool,
    /// Group the memo by theme (default) or by table.
    #[arg(long, value_name = "theme|table", ignore_case = true)]
    pub by: Option<GroupBy>,
}

/// `--by` of `foorumi export`: what the summary's headings are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    /// The themes, each idea with its table in brackets.
    #[value(alias = "teema")]
    Theme,
    /// The tables, each with its themes.
    #[value(alias = "poyta", alias = "pöytä", alias = "ryhma", alias = "ryhmä")]
    Table,
}

/// Arguments of `foorumi import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The summary to read (.txt, .md, .csv or .docx).
    pub file: PathBuf,
    /// The session file to create (not needed with --dry-run).
    #[arg(short = 'o', long = "out", required_unless_present = "dry_run")]
    pub out: Option<PathBuf>,
    /// Theme set whose theme names the headings are matched to.
    #[arg(long)]
    pub themes: Option<String>,
    /// CSV: the theme column (header or number from 1).
    #[arg(long, value_name = "COLUMN")]
    pub theme_column: Option<String>,
    /// CSV: the idea column (header or number from 1).
    #[arg(long, value_name = "COLUMN")]
    pub idea_column: Option<String>,
    /// CSV: the votes column (header or number from 1).
    #[arg(long, value_name = "COLUMN")]
    pub votes_column: Option<String>,
    /// Show what would be made (the mapping and the themes) without creating the session.
    #[arg(long)]
    pub dry_run: bool,
}

/// Arguments of `foorumi check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session file.
    pub path: PathBuf,
    /// Write a repaired copy (what opening the session would show) to OUT.
    #[arg(long, requires = "out")]
    pub repair: bool,
    /// Where `--repair` writes; never the session itself.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
}

/// Arguments of `foorumi new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to create the session (.ron).
    pub path: PathBuf,
    /// The previous session of the series: its open and partly done actions and its
    /// parking lot carry over, to be reviewed first; it is only read.
    #[arg(long, value_name = "PREVIOUS")]
    pub from: Option<PathBuf>,
    /// Title of the session (with --from: the previous session's title).
    #[arg(long)]
    pub title: Option<String>,
    /// Date as D.M.YYYY (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// Theme set to start from (see `foorumi themes`); default `kumppanuus`, with --from
    /// the previous session's themes.
    #[arg(long, value_name = "SET")]
    pub themes: Option<String>,
}

/// Arguments of `foorumi add`: exactly one of --theme (an idea), --action or --parking.
#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("what")
        .required(true)
        .args(["theme", "action", "parking"])
))]
pub struct AddArgs {
    /// The session file.
    pub path: PathBuf,
    /// Add an idea to the theme with this key (see `foorumi themes`); the idea is TEXT….
    #[arg(long, value_name = "KEY", requires = "text")]
    pub theme: Option<String>,
    /// Group number (Ryhmä N) of the idea.
    // Not `requires`: clap lets a required argument be missing when it conflicts with a
    // present one, and the three of the group all conflict. Hence `conflicts_with_all`.
    #[arg(long, conflicts_with_all = ["action", "parking"])]
    pub group: Option<u32>,
    /// Add an open action with this text.
    #[arg(long, value_name = "TEXT", num_args = 1..)]
    pub action: Option<Vec<String>>,
    /// Who is responsible for the action (vastuutaho).
    #[arg(long, value_name = "O", conflicts_with_all = ["theme", "parking"])]
    pub owner: Option<String>,
    /// Due date of the action as D.M.YYYY.
    #[arg(long, value_name = "D.M.YYYY", conflicts_with_all = ["theme", "parking"])]
    pub due: Option<String>,
    /// Put this text in the parking lot.
    #[arg(long, value_name = "TEXT", num_args = 1..)]
    pub parking: Option<Vec<String>>,
    /// The idea (with --theme).
    #[arg(num_args = 1.., conflicts_with_all = ["action", "parking"])]
    pub text: Vec<String>,
}

/// `foorumi roadmap`: the board of a roadmap file, or one of its subcommands.
#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// The roadmap file (`*.roadmap.ron`); a bundled roadmap's file name creates a copy of it.
    pub path: Option<PathBuf>,
    /// What to do with a roadmap.
    #[command(subcommand)]
    pub command: Option<RoadmapCommand>,
}

/// The roadmap subcommands.
#[derive(Debug, Subcommand)]
pub enum RoadmapCommand {
    /// Write the assessment report of a year: docx, html, md or csv.
    Export(RoadmapExportArgs),
    /// Read a roadmap report's text (as pasted from a PDF) into a new roadmap file.
    Import(RoadmapImportArgs),
    /// Promote a session's action or idea into a roadmap action, keeping the link.
    Add(RoadmapAddArgs),
    /// Start a new year: unfinished actions carry over with their history.
    NextYear(RoadmapYearArgs),
}

/// Arguments of `foorumi roadmap export`.
#[derive(Debug, Args)]
pub struct RoadmapExportArgs {
    /// The roadmap file.
    pub path: PathBuf,
    /// docx, html, md or csv.
    #[arg(long, short = 'f')]
    pub format: String,
    /// Where to write; md and csv go to stdout without it, docx and html next to the file.
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// The year assessed (default: the roadmap's current year).
    #[arg(long)]
    pub year: Option<i32>,
}

/// Arguments of `foorumi roadmap import`.
#[derive(Debug, Args)]
pub struct RoadmapImportArgs {
    /// The text file.
    pub file: PathBuf,
    /// The roadmap file to create.
    #[arg(short = 'o', long = "out")]
    pub out: PathBuf,
}

/// Arguments of `foorumi roadmap add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("item").required(true).args(["action", "idea"])))]
pub struct RoadmapAddArgs {
    /// The roadmap file.
    pub path: PathBuf,
    /// The session file the action or idea comes from.
    #[arg(long, value_name = "SESSION")]
    pub from: PathBuf,
    /// The session's action number, from 1 as its list shows them.
    #[arg(long, value_name = "N")]
    pub action: Option<usize>,
    /// The session's idea id.
    #[arg(long, value_name = "ID")]
    pub idea: Option<u64>,
    /// The key of the roadmap's action area.
    #[arg(long, value_name = "KEY")]
    pub area: String,
    /// The year of the new action (default: the roadmap's current year).
    #[arg(long)]
    pub year: Option<i32>,
}

/// Arguments of `foorumi roadmap next-year`.
#[derive(Debug, Args)]
pub struct RoadmapYearArgs {
    /// The roadmap file.
    pub path: PathBuf,
    /// The new year.
    #[arg(long)]
    pub year: i32,
}

/// Moves a subcommand name that follows top-level options (`foorumi --lang sv themes`) to
/// the front, because clap would otherwise take it for the optional PATH.
pub fn subcommand_first(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    const NAMES: [&str; 9] = [
        "new", "add", "themes", "check", "export", "import", "roadmap", "room", "merge",
    ];
    const WITH_VALUE: [&str; 3] = ["--lang", "--palette", "--bind"];
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if NAMES.contains(&arg.as_ref()) {
            if i > 1 {
                let name = args.remove(i);
                args.insert(1, name);
            }
            break;
        }
        if WITH_VALUE.contains(&arg.as_ref()) {
            i += 2;
        } else if arg.starts_with("--") {
            i += 1;
        } else {
            break;
        }
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        let os = list.iter().map(std::ffi::OsString::from).collect();
        subcommand_first(os)
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn subcommands_after_options_move_first_and_paths_stay() {
        assert_eq!(
            args(&["f", "--lang", "sv", "themes"]),
            ["f", "themes", "--lang", "sv"]
        );
        assert_eq!(
            args(&["f", "--lang=en", "add", "x"]),
            ["f", "add", "--lang=en", "x"]
        );
        assert_eq!(
            args(&["f", "--lang", "sv", "themes.ron"]),
            ["f", "--lang", "sv", "themes.ron"]
        );
        assert_eq!(args(&["f", "my.ron", "themes"]), ["f", "my.ron", "themes"]);
    }
}
