//! `foorumi export`: the summary in the formats people open.

use std::path::PathBuf;

use super::Failure;
use super::args::ExportArgs;
use crate::export::{self, Format, Options};
use crate::i18n::{Lang, Msg};
use crate::store;

/// Renders the session; never writes to the session's own files.
pub fn run(args: &ExportArgs, export_lang: Option<Lang>, lang: Lang) -> Result<(), Failure> {
    let format = Format::from(args.format);
    // Snapshot + journal, read without taking the writer's lock: a board may be open.
    super::which_file::must_exist(&args.path)?;
    let report = store::check(&args.path);
    let session = match report.repaired() {
        Some(session) => session,
        None => return Err(Failure::Message(report.text(lang))),
    };
    let mut options = Options::for_session(&session);
    if let Some(l) = export_lang {
        options.lang = l;
    }
    if let Some(d) = args.delimiter {
        options.delimiter = u8::try_from(d)
            .ok()
            .filter(|b| b.is_ascii() && !b.is_ascii_alphanumeric() && *b != b'"')
            .ok_or_else(|| Failure::Message(Msg::BadDelimiter.fill(lang, &[&d])))?;
    }
    options.heading = args.heading.as_deref().map(crate::model::text::clean);
    options.empty_themes = args.empty_themes;
    options.full_text = args.full;
    let bytes = export::render(&session, format, &options);
    let target: Option<PathBuf> = match (&args.out, format) {
        (Some(out), _) => Some(out.clone()),
        (None, Format::Html | Format::Docx) => Some(args.path.with_extension(format.extension())),
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
            export::write_atomic(&out, &bytes).map_err(|e| {
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
