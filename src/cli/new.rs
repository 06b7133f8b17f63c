//! `foorumi new`: create a session file, or with `--from` the next session of a series.

use super::Failure;
use super::args::NewArgs;
use crate::bundled;
use crate::i18n::{DateKind, Lang, Msg, bad_date_message, parse_typed_date};
use crate::model::{ActionStatus, Session, ThemeSet, carry_over};
use crate::store::{self, SessionFile};

/// Creates the session file; refuses to overwrite an existing one.
pub fn run(args: &NewArgs, lang: Lang) -> Result<(), Failure> {
    let set = match &args.themes {
        Some(key) => Some(theme_set(key, lang)?),
        None if args.from.is_none() => Some(theme_set(bundled::DEFAULT_THEME_SET, lang)?),
        None => None,
    };
    let today = chrono::Local::now().date_naive();
    let date = match &args.date {
        Some(text) => Some(
            parse_typed_date(text, today, DateKind::Session)
                .ok_or_else(|| Failure::Message(bad_date_message(lang, text)))?,
        ),
        None => Some(today),
    };
    if args.path.exists() {
        return Err(Failure::Message(
            Msg::FileExists.fill(lang, &[&super::shown(&args.path)]),
        ));
    }
    let title = args.title.as_deref().map(crate::model::text::clean);
    let (session, previous) = match &args.from {
        Some(from) => {
            // Snapshot + journal, read without taking the writer's lock: the previous
            // session may be open on a board, and it is never written here.
            super::which_file::must_exist(from)?;
            let report = store::check(from);
            let previous = report
                .repaired()
                .ok_or_else(|| Failure::Message(report.text(lang)))?;
            let title = title.unwrap_or_else(|| previous.title.clone());
            let review = Msg::ReviewPrevious.get(previous.language);
            let next = carry_over(&previous, &title, date, set.as_ref(), review);
            (next, Some(previous))
        }
        None => {
            let title = title.unwrap_or_else(|| default_title(lang));
            let set = set.expect("a theme set is chosen without --from");
            let mut session = Session::new(&title, date, &set);
            // Exports come out in the language the session was started in.
            session.language = lang;
            (session, None)
        }
    };
    super::ensure_parent(&args.path, lang)?;
    SessionFile::create(&args.path, &session)?;
    let mut out = format!(
        "{}\n",
        Msg::Created.fill(lang, &[&super::shown(&args.path)])
    );
    if let Some(previous) = &previous {
        out.push_str(&carried_report(previous, &session, lang));
    }
    super::print(&out);
    Ok(())
}

/// The shipped theme set `key`, or an error listing the known ones.
fn theme_set(key: &str, lang: Lang) -> Result<ThemeSet, Failure> {
    bundled::theme_set(key).ok_or_else(|| {
        let known: Vec<String> = bundled::theme_sets().into_iter().map(|s| s.key).collect();
        Failure::Message(Msg::UnknownThemeSet.fill(lang, &[&key, &known.join(", ")]))
    })
}

/// What carried over from `previous` into `next`, one line each: the series link, the
/// counts carried, and the actions left behind.
fn carried_report(previous: &Session, next: &Session, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(link) = crate::export::series_link(next, lang) {
        out.push_str(&link);
        out.push('\n');
    }
    let count = |status| next.actions.iter().filter(|a| a.status == status).count();
    out.push_str(&Msg::CarriedOver.fill(
        lang,
        &[
            &next.actions.len(),
            &count(ActionStatus::Open),
            &count(ActionStatus::Partly),
            &next.parking.len(),
        ],
    ));
    out.push('\n');
    let left = previous.actions.len().saturating_sub(next.actions.len());
    if left > 0 {
        out.push_str(&Msg::CarriedLeft.fill(lang, &[&left]));
        out.push('\n');
    }
    out
}

/// Title of a session made without one.
pub fn default_title(lang: Lang) -> String {
    Msg::NewSessionTitle.get(lang).to_string()
}
