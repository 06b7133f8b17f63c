//! `foorumi add`: add an idea, an action or a parking-lot item from the shell, also while
//! the board is open.
//!
//! The change is appended to the journal under its lock ([`store::append_new`]), with or
//! without a board open; a board's poll shows it within a second. Actions and
//! parking-lot items are appended at the end (`position: None`), so whatever the board did
//! to those lists meanwhile, they land last, and the board's own index-addressed changes
//! are rebased around them by the store.

use super::Failure;
use super::args::AddArgs;
use crate::i18n::{DateKind, Lang, Msg, bad_date_message, parse_typed_date};
use crate::model::{self, Change, Idea, IdeaId, text};
use crate::store::{self, Facts};

/// Adds what the arguments say; prints the new idea's id, or what was added.
pub fn run(args: &AddArgs, lang: Lang) -> Result<(), Failure> {
    if let Some(words) = &args.action {
        return add_action(args, words, lang);
    }
    if let Some(words) = &args.parking {
        return add_parking(args, words, lang);
    }
    let theme = args
        .theme
        .as_deref()
        .expect("clap requires one of --theme, --action and --parking");
    add_idea(args, theme, lang)
}

/// The cleaned text of `words`; an error `empty` when nothing is left, a warning when cut.
fn cleaned(words: &[String], empty: Msg, lang: Lang) -> Result<String, Failure> {
    let cleaned = text::clean_line(&words.join(" "));
    if cleaned.text.is_empty() {
        return Err(Failure::Message(empty.get(lang).to_string()));
    }
    if cleaned.truncated {
        eprintln!(
            "foorumi: {}",
            Msg::Truncated.fill(lang, &[&text::MAX_CHARS])
        );
    }
    Ok(cleaned.text)
}

fn add_action(args: &AddArgs, words: &[String], lang: Lang) -> Result<(), Failure> {
    let action = cleaned(words, Msg::EmptyAction, lang)?;
    // "31.5." is the next 31.5. after the meeting; a meeting without a date counts from today.
    // The date is in the snapshot (no change edits it), so the journal need not be read.
    let reference = (store::load(&args.path).ok().and_then(|s| s.date))
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let due = match &args.due {
        Some(d) => Some(
            parse_typed_date(d, reference, DateKind::Due)
                .ok_or_else(|| Failure::Message(bad_date_message(lang, d)))?,
        ),
        None => None,
    };
    let owner = args.owner.as_deref().unwrap_or("");
    store::append_change(&args.path, &model::add_action(&action, owner, due, &[]))?;
    super::print(&format!("{}\n", Msg::ActionAdded.fill(lang, &[&action])));
    Ok(())
}

fn add_parking(args: &AddArgs, words: &[String], lang: Lang) -> Result<(), Failure> {
    let item = cleaned(words, Msg::EmptyParkingItem, lang)?;
    let now = chrono::Local::now().fixed_offset();
    store::append_change(&args.path, &model::add_parking_item(&item, now))?;
    super::print(&format!("{}\n", Msg::ParkingAdded.fill(lang, &[&item])));
    Ok(())
}

fn add_idea(args: &AddArgs, theme: &str, lang: Lang) -> Result<(), Failure> {
    let text = cleaned(&args.text, Msg::EmptyIdea, lang)?;
    let now = chrono::Local::now().fixed_offset();
    // Built from the session's facts as they are on disk under the journal lock (the next
    // free id, the themes and groups), without reading the whole session; the store appends
    // it as it is, so the id printed below is the idea's id for good.
    let (change, facts) = store::append_new(&args.path, |facts: &Facts| {
        // A key in any language: `--theme lokaler` is `tilat`.
        let Some(theme) = facts.theme_by_word(theme) else {
            let known: Vec<String> = (facts.themes.iter())
                .map(|(k, n)| model::key_in(k, n, lang))
                .collect();
            return Err(Failure::Message(
                Msg::UnknownThemeKey.fill(lang, &[&theme, &known.join(", ")]),
            ));
        };
        if let Some(g) = args.group
            && (g == 0 || g > facts.groups.max(99))
        {
            return Err(Failure::Message(
                Msg::for_count(facts.groups, Msg::BadGroupOne, Msg::BadGroup)
                    .fill(lang, &[&g, &facts.groups]),
            ));
        }
        let mut idea = Idea::new(facts.next_id, &text, Some(theme), now);
        idea.group = args.group;
        let add = Change::AddIdea {
            idea,
            position: None,
        };
        Ok(match args.group {
            Some(g) if g > facts.groups => {
                Change::Batch(vec![Change::SetGroupCount { count: g }, add])
            }
            _ => add,
        })
    })?;
    let id = added_id(&change).expect("the change adds an idea");
    // A sentence for people, with the id as `#N` for scripts (`grep -o '#[0-9]*'`).
    let theme_name = (facts.theme_by_word(theme).and_then(|k| facts.theme(k)))
        .map(|n| n.get(lang).to_string())
        .unwrap_or_else(|| theme.to_string());
    let file_name = args.path.file_name().map(std::path::Path::new);
    let shown = super::shown(file_name.unwrap_or(&args.path));
    super::print(&format!(
        "{}\n",
        Msg::IdeaAddedTo.fill(lang, &[&id, &theme_name, &shown])
    ));
    Ok(())
}

/// The id of the idea a change adds.
fn added_id(change: &Change) -> Option<IdeaId> {
    match change {
        Change::AddIdea { idea, .. } => Some(idea.id),
        Change::Batch(changes) => changes.iter().find_map(added_id),
        _ => None,
    }
}
