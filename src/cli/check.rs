//! `foorumi check`: verify a session and its journal; optionally write a repaired copy.

use super::Failure;
use super::args::CheckArgs;
use crate::i18n::{Lang, Msg};
use crate::store;

/// Prints what was found; fails when the session has problems (after writing the repair).
pub fn run(args: &CheckArgs, lang: Lang) -> Result<(), Failure> {
    super::which_file::must_exist(&args.path)?;
    let report = store::check(&args.path);
    super::print(&format!("{}\n", report.text(lang)));
    if args.repair
        && let Some(out) = &args.out
    {
        if store::belongs_to_session(&args.path, out) {
            return Err(Failure::Message(
                Msg::WouldOverwriteSession.fill(lang, &[&super::shown(out)]),
            ));
        }
        if out.exists() {
            return Err(Failure::Message(
                Msg::FileExists.fill(lang, &[&super::shown(out)]),
            ));
        }
        let session = report.repaired().ok_or_else(|| {
            Failure::Message(Msg::CheckNothingToRepair.fill(lang, &[&super::shown(&args.path)]))
        })?;
        super::ensure_parent(out, lang)?;
        store::SessionFile::create(out, &session)?;
        super::print(&format!(
            "{}\n",
            Msg::Created.fill(lang, &[&super::shown(out)])
        ));
    }
    if report.is_ok() {
        Ok(())
    } else {
        Err(Failure::Message(
            Msg::CheckProblems.fill(lang, &[&super::shown(&args.path)]),
        ))
    }
}
