//! `foorumi new`: create a session file.

use super::Failure;
use super::args::NewArgs;
use crate::bundled;
use crate::i18n::{Lang, Msg, parse_date};
use crate::model::Session;
use crate::store::SessionFile;

/// Creates the session file; refuses to overwrite an existing one.
pub fn run(args: &NewArgs, lang: Lang) -> Result<(), Failure> {
    let set = bundled::theme_set(&args.themes).ok_or_else(|| {
        let known: Vec<String> = bundled::theme_sets().into_iter().map(|s| s.key).collect();
        Failure::Message(Msg::UnknownThemeSet.fill(lang, &[&args.themes, &known.join(", ")]))
    })?;
    let date = match &args.date {
        Some(text) => Some(
            parse_date(text).ok_or_else(|| Failure::Message(Msg::BadDate.fill(lang, &[text])))?,
        ),
        None => Some(chrono::Local::now().date_naive()),
    };
    if args.path.exists() {
        return Err(Failure::Message(
            Msg::FileExists.fill(lang, &[&args.path.display()]),
        ));
    }
    let title = args
        .title
        .as_deref()
        .map(crate::model::text::clean)
        .unwrap_or_else(|| default_title(lang));
    let session = Session::new(&title, date, &set);
    super::ensure_parent(&args.path, lang)?;
    SessionFile::create(&args.path, &session)?;
    super::print(&format!(
        "{}\n",
        Msg::Created.fill(lang, &[&args.path.display()])
    ));
    Ok(())
}

/// Title of a session made without one.
pub fn default_title(lang: Lang) -> String {
    Msg::NewSessionTitle.get(lang).to_string()
}
