//! `foorumi add`: add an idea, an action or a parking-lot item from the shell, also while
//! the board is open.
//!
//! With no board on the session this process opens it as the writer and journals the
//! change. With a board open, the change is appended under the journal lock
//! ([`store::append_change`]) and the board's poll shows it within a second. Actions and
//! parking-lot items are appended at the end (`position: None`), so whatever the board did
//! to those lists meanwhile, they land last, and the board's own index-addressed changes
//! are rebased around them by the store.

use super::Failure;
use super::args::AddArgs;
use crate::i18n::{Lang, Msg, parse_date};
use crate::model::{self, Change, Idea, IdeaId, text};
use crate::store::{self, SessionFile};

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

/// Records `change` in the session: as its writer when no board has it open, else by
/// appending to the journal under its lock. Returns the change as recorded.
fn record(args: &AddArgs, file: &mut SessionFile, change: Change) -> Result<Change, Failure> {
    if file.read_only() {
        Ok(store::append_change(&args.path, &change)?)
    } else {
        file.record(&change)?;
        Ok(change)
    }
}

fn add_action(args: &AddArgs, words: &[String], lang: Lang) -> Result<(), Failure> {
    let action = cleaned(words, Msg::EmptyAction, lang)?;
    let due = match &args.due {
        Some(d) => {
            Some(parse_date(d).ok_or_else(|| Failure::Message(Msg::BadDate.fill(lang, &[d])))?)
        }
        None => None,
    };
    let owner = args.owner.as_deref().unwrap_or("");
    let mut file = SessionFile::open(&args.path)?.file;
    record(args, &mut file, model::add_action(&action, owner, due, &[]))?;
    super::print(&format!("{}\n", Msg::ActionAdded.fill(lang, &[&action])));
    Ok(())
}

fn add_parking(args: &AddArgs, words: &[String], lang: Lang) -> Result<(), Failure> {
    let item = cleaned(words, Msg::EmptyParkingItem, lang)?;
    let mut file = SessionFile::open(&args.path)?.file;
    let now = chrono::Local::now().fixed_offset();
    record(args, &mut file, model::add_parking_item(&item, now))?;
    super::print(&format!("{}\n", Msg::ParkingAdded.fill(lang, &[&item])));
    Ok(())
}

fn add_idea(args: &AddArgs, theme: &str, lang: Lang) -> Result<(), Failure> {
    let opened = SessionFile::open(&args.path)?;
    let mut file = opened.file;
    let session = opened.session;
    if session.theme(theme).is_none() {
        let known: Vec<&str> = session.themes.iter().map(|t| t.key.as_str()).collect();
        return Err(Failure::Message(
            Msg::UnknownThemeKey.fill(lang, &[&theme, &known.join(", ")]),
        ));
    }
    if let Some(g) = args.group
        && (g == 0 || g > session.groups.max(99))
    {
        return Err(Failure::Message(
            Msg::for_count(session.groups, Msg::BadGroupOne, Msg::BadGroup)
                .fill(lang, &[&g, &session.groups]),
        ));
    }
    let text = cleaned(&args.text, Msg::EmptyIdea, lang)?;
    let id = session.peek_id();
    let now = chrono::Local::now().fixed_offset();
    let mut idea = Idea::new(id, &text, Some(theme), now);
    idea.group = args.group;
    let mut changes = Vec::new();
    if let Some(g) = args.group
        && g > session.groups
    {
        changes.push(Change::SetGroupCount { count: g });
    }
    changes.push(Change::AddIdea {
        idea,
        position: None,
    });
    let change = if changes.len() == 1 {
        changes.remove(0)
    } else {
        Change::Batch(changes)
    };
    // With a board open, the store gives the idea the next free id if the board took this
    // one meanwhile; print the id it really got.
    let id = added_id(&record(args, &mut file, change)?).unwrap_or(id);
    // A sentence for people, with the id as `#N` for scripts (`grep -o '#[0-9]*'`).
    let theme_name = session
        .theme(theme)
        .map(|t| t.name.get(lang).to_string())
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
