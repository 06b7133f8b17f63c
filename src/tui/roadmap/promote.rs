//! From forum to roadmap: the selected idea or action of a session board becomes an action
//! of a roadmap file, linked to the session it came from. `update` only asks for it (an
//! [`Effect::Promote`]); the runtime calls [`promote_into`], the one function that also
//! serves `foorumi roadmap add`, so the roadmap's journal is written the same way by both.

use std::path::Path;

use crate::i18n::{Lang, Msg, format_date};
use crate::model::Session;
use crate::model::roadmap::{SourceLink, promote};
use crate::store::{self, SessionFile};

use super::super::app::App;
use super::super::editor::LineEditor;
use super::super::effect::Effect;
use super::super::mode::{ListKind, Mode, PromptKind};

/// What to promote: a session item's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promotion {
    /// The roadmap file.
    pub roadmap: std::path::PathBuf,
    /// The action area's key.
    pub area: String,
    /// The year (`None`: the roadmap's current year).
    pub year: Option<i32>,
    /// The text of the new action.
    pub text: String,
    /// The session and item it came from.
    pub link: SourceLink,
}

/// The session as a link names it: "Järjestöjen kumppanuuspöytä 17.4.2019".
pub fn session_name(session: &Session) -> String {
    match session.date {
        Some(d) => format!("{} {}", session.title, format_date(d)),
        None => session.title.clone(),
    }
}

/// The text of what the board has selected: an action in the actions list, else an idea.
fn selected_text(app: &App) -> Option<String> {
    match &app.mode {
        Mode::List {
            kind: ListKind::Actions,
            selected,
            ..
        } => app.session.actions.get(*selected).map(|a| a.text.clone()),
        Mode::List { .. } => None,
        _ => app.selected_idea().map(|i| i.text.clone()),
    }
}

/// Opens the prompt "roadmap file and area key", filled with the last target used.
pub fn open(app: &mut App) -> Vec<Effect> {
    if app.session.roadmap.is_some() || selected_text(app).is_none() {
        return vec![];
    }
    let text = app.roadmap.last_target.clone();
    let back = Box::new(std::mem::take(&mut app.mode));
    app.mode = Mode::Prompt {
        kind: PromptKind::RoadmapPromote,
        editor: LineEditor::with_text(&text),
        back,
    };
    vec![]
}

/// The prompt's answer `PATH AREA` turned into the effect that promotes the selection.
pub fn submit(app: &mut App, answer: &str) -> Vec<Effect> {
    let answer = answer.trim();
    let (Some((path, area)), Some(text)) = (answer.rsplit_once(' '), selected_text(app)) else {
        app.warn(Msg::RmPromoteHow.get(app.lang).to_string());
        return vec![];
    };
    app.roadmap.last_target = answer.to_string();
    vec![Effect::Promote(Box::new(Promotion {
        roadmap: path.trim().into(),
        area: area.to_string(),
        year: None,
        text: text.clone(),
        link: SourceLink {
            session: session_name(&app.session),
            file: String::new(),
            item: text,
        },
    }))]
}

/// Adds the promoted action to the roadmap file: checked against the roadmap as it is on
/// disk (snapshot and journal), then recorded as its writer, or appended under the
/// journal's lock when a board has it open. Returns the message to show.
pub fn promote_into(p: &Promotion, lang: Lang) -> Result<String, String> {
    let report = store::check(&p.roadmap);
    let mut session = report.repaired().ok_or_else(|| report.text(lang))?;
    let Some(r) = session.roadmap.as_deref() else {
        return Err(Msg::RmNotARoadmapFile.fill(lang, &[&p.roadmap.display()]));
    };
    if r.area(&p.area).is_none() {
        let known: Vec<&str> = r.areas.iter().map(|a| a.key.as_str()).collect();
        return Err(format!(
            "{}; {}",
            Msg::RmNoSuchArea.fill(lang, &[&p.area]),
            Msg::RmKnownAreas.fill(lang, &[&known.join(", ")])
        ));
    }
    let year = p.year.unwrap_or(r.year);
    let id = r.next_action_id();
    let change = promote(r, &p.area, year, &p.text, p.link.clone())
        .map_err(|e| crate::i18n::model_error_text(&e, lang))?;
    session
        .apply(change.clone())
        .map_err(|e| crate::i18n::model_error_text(&e, lang))?;
    record(&p.roadmap, &change).map_err(|e| e.text(lang))?;
    Ok(Msg::RmPromoted.fill(lang, &[&id, &p.area, &year]))
}

/// Records `change` in the file at `path`, as its writer or through the journal's lock.
pub fn record(path: &Path, change: &crate::model::Change) -> Result<(), store::StoreError> {
    let mut file = SessionFile::open(path)?.file;
    if file.read_only() {
        store::append_change(path, change)?;
    } else {
        file.record(change)?;
    }
    Ok(())
}
