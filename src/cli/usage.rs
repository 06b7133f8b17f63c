//! The command line's own words in the user's language: `--help`, the usage lines and
//! clap's errors, all from the catalogue. The language is known before parsing: `--lang`
//! among the arguments, else `config.ron`, else Finnish.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::{Cli, Config};
use crate::i18n::{Lang, Msg};

/// Help text of each argument: (subcommand, argument id, message); "" is the top level.
const HELP: &[(&str, &str, Msg)] = &[
    ("", "path", Msg::CliArgOpen),
    ("", "lang", Msg::CliArgLang),
    ("", "palette", Msg::CliArgPalette),
    ("", "share", Msg::CliArgShare),
    ("", "bind", Msg::CliArgBind),
    ("room", "path", Msg::CliArgSession),
    ("room", "bind", Msg::CliArgBind),
    ("merge", "files", Msg::CliArgMergeFiles),
    ("merge", "table", Msg::CliArgMergeTable),
    ("merge", "out", Msg::CliArgMergeOut),
    ("merge", "themes", Msg::CliArgMergeThemes),
    ("merge", "title", Msg::CliArgMergeTitle),
    ("new", "path", Msg::CliArgNewPath),
    ("new", "from", Msg::CliArgFrom),
    ("new", "title", Msg::CliArgTitle),
    ("new", "date", Msg::CliArgDate),
    ("new", "themes", Msg::CliArgThemeSet),
    ("add", "path", Msg::CliArgSession),
    ("add", "theme", Msg::CliArgTheme),
    ("add", "group", Msg::CliArgGroup),
    ("add", "action", Msg::CliArgAction),
    ("add", "owner", Msg::CliArgOwner),
    ("add", "due", Msg::CliArgDue),
    ("add", "parking", Msg::CliArgParking),
    ("add", "text", Msg::CliArgText),
    ("check", "path", Msg::CliArgSession),
    ("check", "repair", Msg::CliArgRepair),
    ("check", "out", Msg::CliArgRepairOut),
    ("export", "path", Msg::CliArgSession),
    ("export", "format", Msg::CliArgFormat),
    ("export", "out", Msg::CliArgExportOut),
    ("export", "delimiter", Msg::CliArgDelimiter),
    ("export", "heading", Msg::CliArgHeading),
    ("export", "empty_themes", Msg::CliArgEmptyThemes),
    ("export", "full", Msg::CliArgFull),
    ("export", "replace_link", Msg::CliArgReplaceLink),
    ("export", "by", Msg::ByTableArg),
    ("import", "file", Msg::CliArgImportFile),
    ("import", "out", Msg::CliArgImportOut),
    ("import", "themes", Msg::CliArgImportThemes),
    ("import", "theme_column", Msg::CliArgThemeColumn),
    ("import", "idea_column", Msg::CliArgIdeaColumn),
    ("import", "votes_column", Msg::CliArgVotesColumn),
    ("import", "dry_run", Msg::CliArgDryRun),
    ("roadmap", "path", Msg::CliArgRoadmapPath),
    ("roadmap export", "path", Msg::CliArgRoadmapFile),
    ("roadmap export", "format", Msg::CliArgRoadmapFormat),
    ("roadmap export", "out", Msg::CliArgRoadmapOut),
    ("roadmap export", "year", Msg::CliArgRoadmapYear),
    ("roadmap import", "file", Msg::CliArgRoadmapText),
    ("roadmap import", "out", Msg::CliArgRoadmapNew),
    ("roadmap add", "path", Msg::CliArgRoadmapFile),
    ("roadmap add", "from", Msg::CliArgRoadmapFrom),
    ("roadmap add", "action", Msg::CliArgRoadmapAction),
    ("roadmap add", "idea", Msg::CliArgRoadmapIdea),
    ("roadmap add", "area", Msg::CliArgRoadmapArea),
    ("roadmap add", "year", Msg::CliArgRoadmapYear),
    ("roadmap next-year", "path", Msg::CliArgRoadmapFile),
    ("roadmap next-year", "year", Msg::CliArgRoadmapNewYear),
];

/// The placeholders clap shows for values (`<PATH>`), in the user's language.
const VALUE_NAMES: &[(&str, Msg)] = &[
    ("ADDR:PORT", Msg::CliValAddress),
    ("COLUMN", Msg::CliValColumn),
    ("D.M.YYYY", Msg::CliValDate),
    ("DATE", Msg::CliValDate),
    ("DELIMITER", Msg::CliValDelimiter),
    ("FILE", Msg::CliValFile),
    ("FORMAT", Msg::CliValFormat),
    ("GROUP", Msg::CliValNumber),
    ("N", Msg::CliValNumber),
    ("HEADING", Msg::CliValTitle),
    ("TITLE", Msg::CliValTitle),
    ("ID", Msg::CliValId),
    ("KEY", Msg::CliValKey),
    ("LANG", Msg::CliValLang),
    ("O", Msg::CliValOwner),
    ("OUT", Msg::CliValFile),
    ("PATH", Msg::CliValFile),
    ("PALETTE", Msg::CliValPalette),
    ("PREVIOUS", Msg::CliValSession),
    ("SESSION", Msg::CliValSession),
    ("SET", Msg::CliValSet),
    ("THEMES", Msg::CliValSet),
    ("TEXT", Msg::CliValText),
    ("YEAR", Msg::CliValYear),
];

/// Each subcommand's one-line description and usage.
const COMMANDS: &[(&str, Msg, Msg)] = &[
    ("new", Msg::CliAboutNew, Msg::CliUsageNew),
    ("add", Msg::CliAboutAdd, Msg::CliUsageAdd),
    ("themes", Msg::CliAboutThemes, Msg::CliUsageThemes),
    ("check", Msg::CliAboutCheck, Msg::CliUsageCheck),
    ("export", Msg::CliAboutExport, Msg::CliUsageExport),
    ("import", Msg::CliAboutImport, Msg::CliUsageImport),
    ("roadmap", Msg::CliAboutRoadmap, Msg::CliUsageRoadmap),
    ("room", Msg::CliAboutRoom, Msg::CliUsageRoom),
    ("merge", Msg::CliAboutMerge, Msg::CliUsageMerge),
];

/// The subcommands of `foorumi roadmap`, as [`COMMANDS`].
const ROADMAP_COMMANDS: &[(&str, Msg, Msg)] = &[
    (
        "export",
        Msg::CliAboutRoadmapExport,
        Msg::CliUsageRoadmapExport,
    ),
    (
        "import",
        Msg::CliAboutRoadmapImport,
        Msg::CliUsageRoadmapImport,
    ),
    ("add", Msg::CliAboutRoadmapAdd, Msg::CliUsageRoadmapAdd),
    (
        "next-year",
        Msg::CliAboutRoadmapNextYear,
        Msg::CliUsageRoadmapNextYear,
    ),
];

/// Parses `args` with help and errors in the user's language; `Err` is the exit code
/// after help, the version or a usage error has been printed.
pub fn parse(args: Vec<OsString>) -> Result<Cli, i32> {
    let lang = early_lang(&args)
        .or_else(Config::language)
        .unwrap_or_default();
    let matches = command(lang).try_get_matches_from(&args);
    let parsed = matches.and_then(|m| {
        let mut cli = Cli::from_arg_matches(&m)?;
        if let (Some(super::Command::Merge(merge)), Some(("merge", sub))) =
            (cli.command.as_mut(), m.subcommand())
        {
            merge.pair_tables(sub);
        }
        Ok(cli)
    });
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) => Err(report(&e, lang)),
    }
}

/// The `--lang` given among `args`, when it is a language.
fn early_lang(args: &[OsString]) -> Option<Lang> {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Lang::from_code(value)
    })
}

/// The whole command line definition with every word in `lang`.
pub fn command(lang: Lang) -> Command {
    let top = localize(Cli::command(), "", lang)
        .about(Msg::CliAbout.get(lang))
        .override_usage(Msg::CliUsageMain.get(lang))
        .subcommand_help_heading(Msg::CliCommandsHeading.get(lang))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(Msg::CliVersionFlag.get(lang))
                .help_heading(Msg::CliOptionsHeading.get(lang)),
        );
    let top = localize_commands(top, "", COMMANDS, lang);
    top.mut_subcommand("roadmap", |roadmap| {
        localize_commands(roadmap, "roadmap", ROADMAP_COMMANDS, lang)
    })
}

/// Puts the subcommands `list` of `cmd` (itself `parent`, "" at the top) into `lang`.
fn localize_commands(cmd: Command, parent: &str, list: &[(&str, Msg, Msg)], lang: Lang) -> Command {
    list.iter().fold(cmd, |cmd, &(name, about, usage)| {
        let path = if parent.is_empty() {
            name.to_string()
        } else {
            format!("{parent} {name}")
        };
        cmd.mut_subcommand(name, |sub| {
            localize(sub, &path, lang)
                .about(about.get(lang))
                .override_usage(usage.get(lang))
        })
    })
}

/// Puts the arguments of `cmd` (the subcommand `name`) into `lang`: helps, headings, and
/// a help flag of its own, since clap's built-in one only speaks English.
fn localize(cmd: Command, name: &str, lang: Lang) -> Command {
    let options = Msg::CliOptionsHeading.get(lang);
    let arguments = Msg::CliArgumentsHeading.get(lang);
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let mut cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            Msg::CliUsageHeading.get(lang)
        ))
        .disable_help_flag(true);
    // Positional arguments first, so their heading comes first in the help.
    let (mut ids, options_ids): (Vec<_>, Vec<_>) = ids.into_iter().partition(|(_, p)| *p);
    ids.extend(options_ids);
    for (id, positional) in ids {
        let help = HELP
            .iter()
            .find(|(command, arg, _)| *command == name && *arg == id)
            .map(|(_, _, msg)| msg.get(lang));
        let heading = if positional { arguments } else { options };
        cmd = cmd.mut_arg(id, |arg| {
            // The values are named in the help text; clap's list would be in English.
            let listed = arg.get_action().takes_values() && !arg.get_possible_values().is_empty();
            let arg = arg.help_heading(heading).hide_possible_values(listed);
            let shown = (arg.get_value_names().and_then(|v| v.first()))
                .map(|v| v.to_string())
                .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
            let arg = match VALUE_NAMES.iter().find(|(name, _)| *name == shown) {
                Some((_, msg)) if arg.get_action().takes_values() => arg.value_name(msg.get(lang)),
                _ => arg,
            };
            match help {
                Some(help) => arg.help(help).long_help(None),
                None => arg,
            }
        });
    }
    cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(Msg::CliHelpFlag.get(lang))
            .help_heading(options),
    )
}

/// Prints help, the version or the usage error `e` and gives the exit code.
fn report(e: &clap::Error, lang: Lang) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            e.exit_code()
        }
        _ => {
            eprintln!(
                "foorumi: {}: {}\n\n{}",
                Msg::ErrorPrefix.get(lang),
                error_text(e, lang),
                Msg::CliMoreHelp.fill(lang, &[&"foorumi"])
            );
            2
        }
    }
}

/// A usage error in `lang`, from what clap knows about it.
pub fn error_text(e: &clap::Error, lang: Lang) -> String {
    let one = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(list)) => Some(
            list.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = one(ContextKind::InvalidArg).unwrap_or_default();
    let mut text = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::NoEquals => {
            let value = one(ContextKind::InvalidValue).unwrap_or_default();
            let mut text = Msg::CliBadValue.fill(lang, &[&value, &arg]);
            if let Some(valid) = one(ContextKind::ValidValue) {
                text.push_str(&format!(
                    " ({})",
                    Msg::CliAllowedValues.fill(lang, &[&valid])
                ));
            }
            text
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let value = one(ContextKind::InvalidValue).unwrap_or_default();
            Msg::CliBadValue.fill(lang, &[&value, &arg])
        }
        ErrorKind::UnknownArgument => Msg::CliUnknownArgument.fill(lang, &[&arg]),
        ErrorKind::InvalidSubcommand => {
            let command = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            Msg::CliUnknownCommand.fill(lang, &[&command])
        }
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            Msg::CliMissing.fill(lang, &[&arg])
        }
        // A second word after PATH is taken for a subcommand that conflicts with PATH.
        ErrorKind::ArgumentConflict if arg.is_empty() => {
            let word = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            Msg::CliUnknownArgument.fill(lang, &[&word])
        }
        ErrorKind::ArgumentConflict => {
            let prior = one(ContextKind::PriorArg).unwrap_or_default();
            Msg::CliConflict.fill(lang, &[&arg, &prior])
        }
        _ => Msg::CliBadCommandLine.get(lang).to_string(),
    };
    let suggested = one(ContextKind::SuggestedArg)
        .or_else(|| one(ContextKind::SuggestedSubcommand))
        .or_else(|| one(ContextKind::SuggestedValue));
    if let Some(suggested) = suggested {
        text.push_str("; ");
        text.push_str(&Msg::CliDidYouMean.fill(lang, &[&suggested]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_has_its_help_in_the_catalogue() {
        let cmd = command(Lang::Fi);
        let mut all = vec![(String::new(), &cmd)];
        for sub in cmd.get_subcommands() {
            all.push((sub.get_name().to_string(), sub));
            for nested in sub.get_subcommands() {
                all.push((format!("{} {}", sub.get_name(), nested.get_name()), nested));
            }
        }
        for (name, c) in all {
            let name = name.as_str();
            for arg in c.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.is_hide_set() || ["help", "version"].contains(&id) {
                    continue;
                }
                let known = HELP.iter().any(|(n, a, _)| *n == name && *a == id)
                    || (id == "lang" && !name.is_empty());
                assert!(known, "{name} {id} has no help in the catalogue");
            }
        }
        cmd.debug_assert();
    }

    #[test]
    fn value_placeholders_are_in_the_users_language() {
        let mut cmd = command(Lang::Sv);
        let help = cmd
            .find_subcommand_mut("add")
            .expect("add")
            .render_help()
            .to_string();
        assert!(
            help.contains("<FIL>") && help.contains("<NYCKEL>"),
            "{help}"
        );
        assert!(
            !help.contains("<PATH>") && !help.contains("<KEY>"),
            "{help}"
        );
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["f", "--lang", "sv", "x"])),
            Some(Lang::Sv)
        );
        assert_eq!(
            early_lang(&args(&["f", "new", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(early_lang(&args(&["f", "--lang", "de"])), None);
        assert_eq!(early_lang(&args(&["f", "--language", "sv"])), None);
    }
}
