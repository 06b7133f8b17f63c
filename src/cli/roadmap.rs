//! `foorumi roadmap`: the roadmap board, its report, import, promoting a forum's action or
//! idea, and starting the next year. Changes go through the store like `foorumi add`, so a
//! board open on the same roadmap shows them within a second.

use std::path::Path;

use super::args::{
    RoadmapAddArgs, RoadmapArgs, RoadmapCommand, RoadmapExportArgs, RoadmapImportArgs,
    RoadmapYearArgs,
};
use super::{Cli, Config, Failure};
use crate::bundled;
use crate::export::roadmap::{RoadmapFormat, render};
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::{SourceLink, next_year};
use crate::model::{Change, Session};
use crate::store::{self, SessionFile};
use crate::tui::roadmap::promote::{Promotion, promote_into, session_name};

/// Runs `foorumi roadmap …`.
pub fn run(args: &RoadmapArgs, lang: Lang, cli: &Cli, config: &Config) -> Result<(), Failure> {
    match &args.command {
        Some(RoadmapCommand::Export(a)) => export(a, lang),
        Some(RoadmapCommand::Import(a)) => import(a, lang),
        Some(RoadmapCommand::Add(a)) => add(a, lang),
        Some(RoadmapCommand::NextYear(a)) => start_year(a, lang),
        None => match &args.path {
            Some(path) => board(path, lang, cli, config),
            None => Err(Failure::Message(bundled_list(lang))),
        },
    }
}

/// How to start when no file was given: the bundled roadmaps by name.
fn bundled_list(lang: Lang) -> String {
    let names: Vec<&str> = bundled::ROADMAPS.iter().map(|(n, _)| *n).collect();
    Msg::RmNeedPath.fill(lang, &[&names.join(" | ")])
}

fn not_a_roadmap(path: &Path, lang: Lang) -> Failure {
    let names: Vec<&str> = bundled::ROADMAPS.iter().map(|(n, _)| *n).collect();
    Failure::Message(format!(
        "{} — {}",
        Msg::RmNotARoadmapFile.fill(lang, &[&path.display()]),
        names.join(", ")
    ))
}

/// Refuses a roadmap that does not hold together, naming the file and every problem.
fn sound(path: &Path, session: &Session, lang: Lang) -> Result<(), Failure> {
    let Some(r) = session.roadmap.as_deref() else {
        return Err(not_a_roadmap(path, lang));
    };
    let problems: Vec<String> = r
        .problems()
        .iter()
        .map(|p| crate::i18n::roadmap_problem_text(p, lang))
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Message(format!(
            "{}: {}",
            path.display(),
            problems.join("; ")
        )))
    }
}

/// Opens the board; a missing file named like a bundled roadmap is created as its copy.
fn board(path: &Path, lang: Lang, cli: &Cli, config: &Config) -> Result<(), Failure> {
    if !path.exists() {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let shipped = bundled::roadmap(name)
            .filter(|_| bundled::ROADMAPS.iter().any(|(n, _)| *n == name))
            .ok_or_else(|| not_a_roadmap(path, lang))?;
        super::ensure_parent(path, lang)?;
        // The shipped file is never opened for writing: the user works on a copy.
        SessionFile::create(path, &shipped)?;
    }
    super::board::open_file(path, lang, cli, config, |s| sound(path, s, lang))
}

/// The roadmap at `path` with its journal, read without the writer's lock.
fn read(path: &Path, lang: Lang) -> Result<Session, Failure> {
    let report = store::check(path);
    let session = report
        .repaired()
        .ok_or_else(|| Failure::Message(report.text(lang)))?;
    sound(path, &session, lang)?;
    Ok(session)
}

fn export(args: &RoadmapExportArgs, lang: Lang) -> Result<(), Failure> {
    let format = RoadmapFormat::from_name(&args.format).ok_or_else(|| {
        let known: Vec<&str> = RoadmapFormat::ALL.iter().map(|f| f.extension()).collect();
        Failure::Message(Msg::UnknownFormat.fill(lang, &[&args.format, &known.join(", ")]))
    })?;
    let session = read(&args.path, lang)?;
    let bytes =
        render(&session, format, args.year, lang).ok_or_else(|| not_a_roadmap(&args.path, lang))?;
    let target = match (&args.out, format) {
        (Some(out), _) => Some(out.clone()),
        (None, RoadmapFormat::Docx | RoadmapFormat::Html) => {
            Some(args.path.with_extension(format.extension()))
        }
        (None, _) => None,
    };
    match target {
        Some(out) => {
            if out == args.path {
                return Err(Failure::Message(
                    Msg::WouldOverwriteSession.fill(lang, &[&out.display()]),
                ));
            }
            super::ensure_parent(&out, lang)?;
            crate::export::write_atomic(&out, &bytes).map_err(|e| {
                Failure::Message(Msg::WriteFailed.fill(lang, &[&out.display(), &e]))
            })?;
            eprintln!("{}", Msg::Written.fill(lang, &[&out.display()]));
        }
        None => {
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(&bytes);
        }
    }
    Ok(())
}

fn import(args: &RoadmapImportArgs, lang: Lang) -> Result<(), Failure> {
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| Failure::Message(Msg::ReadFailed.fill(lang, &[&args.file.display(), &e])))?;
    let imported = crate::import::roadmap::parse(&text)
        .ok_or_else(|| Failure::Message(Msg::RmNoGoals.fill(lang, &[&args.file.display()])))?;
    let r = imported
        .session
        .roadmap
        .as_deref()
        .expect("an import is a roadmap");
    super::print(&format!(
        "{}\n",
        Msg::RmImported.fill(
            lang,
            &[
                &r.goals.len(),
                &r.areas.len(),
                &r.actions.len(),
                &r.assessments.len()
            ]
        )
    ));
    for (line, text) in &imported.unplaced {
        super::print(&format!("{}\n", Msg::RmUnplaced.fill(lang, &[line, text])));
    }
    super::ensure_parent(&args.out, lang)?;
    SessionFile::create(&args.out, &imported.session)?;
    eprintln!("{}", Msg::Written.fill(lang, &[&args.out.display()]));
    Ok(())
}

/// Applies `change` to a copy (so a bad change is refused with its reason) and records it.
fn record(path: &Path, session: &mut Session, change: Change, lang: Lang) -> Result<(), Failure> {
    session
        .apply(change.clone())
        .map_err(|e| Failure::Message(crate::i18n::model_error_text(&e, lang)))?;
    crate::tui::roadmap::promote::record(path, &change)?;
    Ok(())
}

fn add(args: &RoadmapAddArgs, lang: Lang) -> Result<(), Failure> {
    let source = {
        let report = store::check(&args.from);
        report
            .repaired()
            .ok_or_else(|| Failure::Message(report.text(lang)))?
    };
    let from_name = args.from.display().to_string();
    let missing = |n: &dyn std::fmt::Display, of: usize| {
        Failure::Message(Msg::RmNoSuchSessionItem.fill(lang, &[&from_name, n, &of]))
    };
    let text = match (args.action, args.idea) {
        (Some(n), _) => source
            .actions
            .get(n.wrapping_sub(1))
            .map(|a| a.text.clone())
            .ok_or_else(|| missing(&n, source.actions.len()))?,
        (None, Some(id)) => source
            .idea(crate::model::IdeaId(id))
            .map(|i| i.text.clone())
            .ok_or_else(|| missing(&id, source.ideas.len()))?,
        (None, None) => unreachable!("clap requires --action or --idea"),
    };
    let promotion = Promotion {
        roadmap: args.path.clone(),
        area: args.area.clone(),
        year: args.year,
        text: text.clone(),
        link: SourceLink {
            session: session_name(&source),
            file: args
                .from
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            item: text,
        },
    };
    let message = promote_into(&promotion, lang).map_err(Failure::Message)?;
    super::print(&format!("{message}\n"));
    Ok(())
}

fn start_year(args: &RoadmapYearArgs, lang: Lang) -> Result<(), Failure> {
    let mut session = read(&args.path, lang)?;
    let r = session.roadmap.as_deref().expect("read checks");
    let from = r.year;
    let (change, carried) = next_year(r, args.year)
        .map_err(|e| Failure::Message(crate::i18n::model_error_text(&e, lang)))?;
    record(&args.path, &mut session, change, lang)?;
    super::print(&format!(
        "{}\n",
        Msg::RmNextYear.fill(lang, &[&args.year, &carried, &from])
    ));
    Ok(())
}
