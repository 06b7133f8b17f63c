//! `foorumi import`: a session from an existing summary.

use super::Failure;
use super::args::ImportArgs;
use crate::bundled;
use crate::i18n::{Lang, Msg};
use crate::import;
use crate::store::SessionFile;

/// Reads the summary, prints what it mapped, and creates the session file.
pub fn run(args: &ImportArgs, lang: Lang) -> Result<(), Failure> {
    let set = match &args.themes {
        Some(key) => Some(bundled::theme_set(key).ok_or_else(|| {
            let known: Vec<String> = bundled::theme_sets().into_iter().map(|s| s.key).collect();
            Failure::Message(Msg::UnknownThemeSet.fill(lang, &[key, &known.join(", ")]))
        })?),
        None => None,
    };
    if args.out.exists() {
        return Err(Failure::Message(
            Msg::FileExists.fill(lang, &[&args.out.display()]),
        ));
    }
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Failure::Message(Msg::ReadFailed.fill(lang, &[&args.file.display(), &e])))?;
    let is_csv = args
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv"));
    let imported = if is_csv {
        import::from_csv_in(&bytes, set.as_ref(), lang)
    } else {
        let text = String::from_utf8(bytes)
            .map_err(|_| Failure::Message(Msg::TextNotUtf8.fill(lang, &[&args.file.display()])))?;
        import::from_text_in(&text, set.as_ref(), lang)
    };
    let mut report = imported.report.join("\n");
    report.push('\n');
    super::print(&report);
    super::ensure_parent(&args.out, lang)?;
    SessionFile::create(&args.out, &imported.session)?;
    super::print(&format!(
        "{}\n",
        Msg::Created.fill(lang, &[&args.out.display()])
    ));
    Ok(())
}
