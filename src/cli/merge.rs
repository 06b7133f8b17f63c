//! `foorumi merge`: the tables of a group work, captured offline on their own laptops,
//! merged into one session whose ideas keep their table.

use std::collections::HashMap;

use super::args::MergeArgs;
use super::{Failure, shown};
use crate::bundled;
use crate::i18n::{Lang, Msg};
use crate::model::{
    self, IdeaId, Session, TableSession, ThemeMatch, ThemeSet, suggest_duplicates, text::clean,
};
use crate::store;

/// Reads every file (as `export` does, without taking a board's lock), merges them in the
/// order given, prints what went where and creates the merged file.
pub fn run(args: &MergeArgs, lang: Lang) -> Result<(), Failure> {
    let set = match &args.themes {
        Some(key) => Some(bundled::theme_set(key).ok_or_else(|| {
            let known: Vec<String> = bundled::theme_sets().into_iter().map(|s| s.key).collect();
            Failure::Message(Msg::UnknownThemeSet.fill(lang, &[key, &known.join(", ")]))
        })?),
        None => None,
    };
    for file in &args.files {
        if same_file(file, &args.out) {
            return Err(Failure::Message(
                Msg::MergeSameOutput.fill(lang, &[&shown(file)]),
            ));
        }
    }
    if args.out.exists() {
        return Err(Failure::Message(
            Msg::FileExists.fill(lang, &[&shown(&args.out)]),
        ));
    }
    let mut sessions = Vec::with_capacity(args.files.len());
    for file in &args.files {
        super::which_file::must_exist(file)?;
        let report = store::check(file);
        match report.repaired() {
            Some(session) => sessions.push(session),
            None => return Err(Failure::Message(report.text(lang))),
        }
    }
    let names: Vec<String> = (sessions.iter().enumerate())
        .map(|(i, s)| {
            let given = args.table_of.get(i).cloned().flatten();
            clean(given.as_deref().unwrap_or(&s.title))
        })
        .collect();
    let mut merged = start(&sessions[0], set.as_ref(), args.title.as_deref());
    let tables: Vec<TableSession> = (sessions.iter().zip(&names))
        .map(|(session, table)| TableSession { table, session })
        .collect();
    let reports = model::merge_tables(&mut merged, &tables);
    let mut out = String::new();
    for ((report, file), from) in reports.iter().zip(&args.files).zip(&sessions) {
        let line = Msg::MergeTable.fill(
            lang,
            &[&report.table, &shown(file), &report.added, &report.already],
        );
        out.push_str(&line);
        out.push('\n');
        for mapping in &report.themes {
            let name = |s: &Session, key: &str| {
                s.theme(key)
                    .map(|t| clean(t.name.get(lang)))
                    .unwrap_or_else(|| key.to_string())
            };
            let (a, b) = (name(from, &mapping.from), name(&merged, &mapping.to));
            let msg = match mapping.how {
                ThemeMatch::Key => Msg::MergeThemeByKey,
                ThemeMatch::Name => Msg::MergeThemeByName,
                ThemeMatch::Added => Msg::MergeThemeAdded,
            };
            out.push_str(&msg.fill(lang, &[&a, &b]));
            out.push('\n');
        }
    }
    let across = duplicates_across_tables(&merged);
    // Tables by name, so a file given twice is not a table more.
    let tables: std::collections::HashSet<&str> = (merged.ideas.iter())
        .filter_map(|i| i.table.as_deref())
        .collect();
    out.push_str(&Msg::MergeTotal.fill(lang, &[&merged.ideas.len(), &tables.len(), &across]));
    out.push('\n');
    super::ensure_parent(&args.out, lang)?;
    store::SessionFile::create(&args.out, &merged)?;
    out.push_str(&Msg::Created.fill(lang, &[&shown(&args.out)]));
    out.push('\n');
    super::print(&out);
    Ok(())
}

/// The empty merged session: the first table's facts (day, place, language …), the
/// themes of `set` or none (then every table's themes are added as they come).
fn start(first: &Session, set: Option<&ThemeSet>, title: Option<&str>) -> Session {
    let empty = ThemeSet {
        key: String::new(),
        name: model::Names::default(),
        description: String::new(),
        themes: Vec::new(),
    };
    let set = set.unwrap_or(&empty);
    let title = clean(title.unwrap_or(&first.title));
    let mut merged = Session::new(&title, first.date, set);
    merged.start = first.start;
    merged.end = first.end;
    merged.place = first.place.clone();
    merged.organisers = first.organisers.clone();
    merged.participants = first.participants;
    merged.subtitle = first.subtitle.clone();
    merged.intro = first.intro.clone();
    merged.summary_heading = first.summary_heading.clone();
    merged.language = first.language;
    merged.voting = first.voting;
    if set.key.is_empty() {
        merged.theme_set = first.theme_set.clone();
    }
    merged
}

/// How many pairs the board's `D` view will offer whose two ideas come from different tables.
fn duplicates_across_tables(session: &Session) -> usize {
    let table: HashMap<IdeaId, Option<&str>> = (session.ideas.iter())
        .map(|i| (i.id, i.table.as_deref()))
        .collect();
    suggest_duplicates(session)
        .into_iter()
        .filter(|(a, b, _)| table.get(a) != table.get(b))
        .count()
}

/// True when `a` and `b` name the same file (either may not exist yet).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
