//! `foorumi export`: the summary in the formats people open.

use std::path::{Path, PathBuf};

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
    options.by_table = args.by == Some(super::args::GroupBy::Table);
    let bytes = export::render(&session, format, &options);
    let target: Option<PathBuf> = match (&args.out, format) {
        (Some(out), _) => Some(out.clone()),
        (None, Format::Html | Format::Docx) => Some(args.path.with_extension(format.extension())),
        (None, _) => None,
    };
    match target.filter(|out| out.as_os_str() != "-") {
        Some(out) => {
            let shown = super::shown(&out);
            if store::belongs_to_session(&args.path, &out) {
                return Err(Failure::Message(
                    Msg::WouldOverwriteSession.fill(lang, &[&shown]),
                ));
            }
            super::ensure_parent(&out, lang)?;
            write_to(&out, &bytes, args.replace_link)
                .map_err(|e| Failure::Message(e.text(&shown, lang)))?;
            eprintln!("{}", Msg::Written.fill(lang, &[&shown]));
        }
        None => {
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(&bytes);
        }
    }
    Ok(())
}

/// Why an output could not be written.
enum OutError {
    Folder,
    Link,
    Io(std::io::Error),
}

impl OutError {
    fn text(&self, shown: &str, lang: Lang) -> String {
        match self {
            OutError::Folder => Msg::OutputIsFolder.fill(lang, &[&shown]),
            OutError::Link => Msg::OutputIsLink.fill(lang, &[&shown]),
            OutError::Io(e) => Msg::WriteFailed.fill(lang, &[&shown, e]),
        }
    }
}

/// Writes `bytes` to `out` as its kind asks: a plain file is replaced atomically; a device or
/// pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written into, never replaced; a folder is
/// refused, and so is a symbolic link unless `replace_link`.
fn write_to(out: &Path, bytes: &[u8], replace_link: bool) -> Result<(), OutError> {
    use std::io::Write;
    let meta = match std::fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return export::write_atomic(out, bytes).map_err(OutError::Io);
        }
        Err(e) => return Err(OutError::Io(e)),
    };
    let followed = std::fs::metadata(out).ok();
    if followed.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(OutError::Folder);
    }
    let stream = followed.as_ref().is_some_and(|m| !m.is_file());
    if !stream {
        if meta.file_type().is_symlink() && !replace_link {
            return Err(OutError::Link);
        }
        return export::write_atomic(out, bytes).map_err(OutError::Io);
    }
    // A device, pipe or socket: written as a stream, never created or truncated.
    std::fs::OpenOptions::new()
        .write(true)
        .open(out)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()))
        .map_err(OutError::Io)
}
