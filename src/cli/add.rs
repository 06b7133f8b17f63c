//! `foorumi add`: add one idea from the shell, also while the board is open.

use super::Failure;
use super::args::AddArgs;
use crate::i18n::{Lang, Msg};
use crate::model::{Change, Idea, IdeaId, text};
use crate::store::{self, SessionFile};

/// Adds the idea and prints its id.
pub fn run(args: &AddArgs, lang: Lang) -> Result<(), Failure> {
    let opened = SessionFile::open(&args.path)?;
    let mut file = opened.file;
    let session = opened.session;
    if session.theme(&args.theme).is_none() {
        let known: Vec<&str> = session.themes.iter().map(|t| t.key.as_str()).collect();
        return Err(Failure::Message(
            Msg::UnknownThemeKey.fill(lang, &[&args.theme, &known.join(", ")]),
        ));
    }
    if let Some(g) = args.group
        && (g == 0 || g > session.groups.max(99))
    {
        return Err(Failure::Message(
            Msg::BadGroup.fill(lang, &[&g, &session.groups]),
        ));
    }
    let cleaned = text::clean_line(&args.text.join(" "));
    if cleaned.text.is_empty() {
        return Err(Failure::Message(Msg::EmptyIdea.get(lang).to_string()));
    }
    if cleaned.truncated {
        eprintln!(
            "foorumi: {}",
            Msg::Truncated.fill(lang, &[&text::MAX_CHARS])
        );
    }
    let shared = file.read_only();
    let id = session.peek_id();
    let now = chrono::Local::now().fixed_offset();
    let mut idea = Idea::new(id, &cleaned.text, Some(&args.theme), now);
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
    // With a board open, the store appends under the journal lock and gives the idea the
    // next free id if the board took this one meanwhile; print the id it really got.
    let id = if shared {
        added_id(&store::append_change(&args.path, &change)?).unwrap_or(id)
    } else {
        file.record(&change)?;
        id
    };
    super::print(&format!("{id}\n"));
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
