//! `foorumi import`: a session from an existing summary.

use super::Failure;
use super::args::ImportArgs;
use crate::bundled;
use crate::i18n::{Lang, Msg};
use crate::import::{self, Options, csv::Columns, source};
use crate::model::Session;
use crate::model::text::clean;

/// Reads the summary, prints what it mapped, and creates the session file (with
/// `--dry-run` prints the themes and ideas instead). `session_lang` is the `--lang` given.
pub fn run(args: &ImportArgs, session_lang: Option<Lang>, lang: Lang) -> Result<(), Failure> {
    let set = match &args.themes {
        Some(key) => Some(bundled::theme_set(key).ok_or_else(|| {
            let known: Vec<String> = bundled::theme_sets().into_iter().map(|s| s.key).collect();
            Failure::Message(Msg::UnknownThemeSet.fill(lang, &[key, &known.join(", ")]))
        })?),
        None => None,
    };
    if let Some(out) = &args.out
        && out.exists()
    {
        return Err(Failure::Message(
            Msg::FileExists.fill(lang, &[&clean(&out.display().to_string())]),
        ));
    }
    let source = source::read(&args.file, lang).map_err(|e| Failure::Message(e.text(lang)))?;
    let columns = Columns {
        theme: args.theme_column.clone(),
        idea: args.idea_column.clone(),
        votes: args.votes_column.clone(),
    };
    if source.kind == source::Kind::Csv
        && let Some((spec, header)) = import::csv::missing_column(&source.text, &columns)
    {
        return Err(Failure::Message(
            Msg::ImportCsvNoSuchColumn.fill(lang, &[&clean(&spec), &clean(&header)]),
        ));
    }
    let options = Options {
        themes: set.as_ref(),
        lang: session_lang,
        report_lang: Some(lang),
        columns,
        markdown: None,
    };
    let imported = import::from_source(&source, &options);
    let mut report = imported.report.join("\n");
    report.push('\n');
    super::print(&report);
    let Some(out) = args.out.as_ref().filter(|_| !args.dry_run) else {
        super::print(&outline(&imported.session));
        return Ok(());
    };
    super::ensure_parent(out, lang)?;
    crate::store::SessionFile::create(out, &imported.session)?;
    super::print(&format!(
        "{}\n",
        Msg::Created.fill(lang, &[&clean(&out.display().to_string())])
    ));
    Ok(())
}

/// The themes and ideas of a session as an indented outline, for `--dry-run`.
fn outline(session: &Session) -> String {
    let mut out = String::new();
    let lang = session.language;
    let idea_lines = |out: &mut String, key: Option<&str>, depth: usize| {
        for idea in session.ideas_in(key) {
            out.push_str(&format!("{}• {}\n", "  ".repeat(depth), idea.text));
            for sub in &idea.sub_points {
                out.push_str(&format!("{}– {sub}\n", "  ".repeat(depth + 1)));
            }
        }
    };
    for theme in session.themes.iter().filter(|t| t.parent.is_none()) {
        out.push_str(&format!("{}\n", theme.name.get(lang)));
        idea_lines(&mut out, Some(&theme.key), 1);
        for child in session
            .themes
            .iter()
            .filter(|t| t.parent.as_deref() == Some(&theme.key))
        {
            out.push_str(&format!("  {}\n", child.name.get(lang)));
            idea_lines(&mut out, Some(&child.key), 2);
        }
    }
    if session.ideas_in(None).next().is_some() {
        out.push_str(&format!("{}\n", Msg::Unsorted.get(lang)));
        idea_lines(&mut out, None, 1);
    }
    out
}
