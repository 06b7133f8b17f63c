//! Which file the board opens for a PATH on the command line: a missing file becomes a
//! new session only when the user says so, a shipped example is opened as a copy, and a
//! file that is not a session is refused before anything is written beside it.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::bundled;
use crate::i18n::{Lang, Msg};
use crate::model::Session;
use crate::store::{self, SessionFile, StoreError};

/// The session file to open for `path`; `ask` puts a yes/no question to the user, or is
/// `None` when nobody is there to answer (not a terminal).
pub fn resolve(
    path: &Path,
    lang: Lang,
    ask: Option<&mut dyn FnMut(&str) -> bool>,
) -> Result<PathBuf, Failure> {
    if !path.exists() && !beside(path, ".bak1").exists() {
        if let Some(command) = mistyped_command(path) {
            // `foorumi expor …`: a subcommand, not a session to create.
            let missing = StoreError::NotFound {
                path: path.to_path_buf(),
            };
            let hint = Msg::CliDidYouMean.fill(lang, &[&format!("foorumi {command}")]);
            return Err(Failure::Message(format!("{}; {hint}", missing.text(lang))));
        }
        let Some(ask) = ask else {
            return must_exist(path).map(|()| path.to_path_buf());
        };
        if !ask(&Msg::CreateSessionAsk.fill(lang, &[&path.display()])) {
            return Err(Failure::Message(Msg::NothingCreated.get(lang).to_string()));
        }
        create_default(path, lang)?;
        return Ok(path.to_path_buf());
    }
    if let Some((name, session)) = shipped(path) {
        return open_copy(path, name, &session, lang);
    }
    refuse_non_session(path, lang)?;
    Ok(path.to_path_buf())
}

/// A plain "not found" for a session that is not there at all (no file, no backup), before
/// a check would report every missing file of it and sound like lost data.
pub fn must_exist(path: &Path) -> Result<(), Failure> {
    if path.exists() || beside(path, ".bak1").exists() {
        Ok(())
    } else {
        Err(StoreError::NotFound {
            path: path.to_path_buf(),
        }
        .into())
    }
}

/// The subcommand a bare word like `expor` or `themse` was meant to be, if any.
fn mistyped_command(path: &Path) -> Option<&'static str> {
    const COMMANDS: [&str; 6] = ["new", "add", "themes", "check", "export", "import"];
    let word = path.to_str().filter(|w| !w.contains(['/', '\\', '.']))?;
    COMMANDS
        .into_iter()
        .find(|c| edits(word, c) <= 2 && word.len() >= 2)
}

/// The number of single-letter edits that turn `a` into `b` (Levenshtein distance).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// True for the answers that mean yes in any of the three languages.
pub fn is_yes(answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    ["k", "kyllä", "kylla", "j", "ja", "y", "yes"].contains(&answer.as_str())
}

/// A new session from the default theme set at `path`, with its folder.
fn create_default(path: &Path, lang: Lang) -> Result<(), Failure> {
    let set = bundled::theme_set(bundled::DEFAULT_THEME_SET).expect("default theme set is bundled");
    let today = chrono::Local::now().date_naive();
    let mut session = Session::new(&super::new::default_title(lang), Some(today), &set);
    session.language = lang;
    super::ensure_parent(path, lang)?;
    SessionFile::create(path, &session)?;
    Ok(())
}

/// The shipped session `path` is an unchanged copy of (same name, same bytes, no journal).
fn shipped(path: &Path) -> Option<(&'static str, Session)> {
    let file_name = path.file_name()?.to_str()?;
    let (name, text) = bundled::SESSIONS.iter().find(|(n, _)| *n == file_name)?;
    if beside(path, ".journal").exists() {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    if bytes != text.as_bytes() {
        return None;
    }
    Some((name, store::parse_session(text, name).ok()?))
}

/// Opens a copy of a shipped session in the data folder (made once, then kept): the file
/// in `sessions/` belongs to the program and gets no journal, lock or draft beside it.
fn open_copy(path: &Path, name: &str, session: &Session, lang: Lang) -> Result<PathBuf, Failure> {
    let dir = store::data_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Message(Msg::WriteFailed.fill(lang, &[&dir.display(), &e])))?;
    let copy = dir.join(name);
    if !copy.exists() {
        SessionFile::create(&copy, session)?;
    }
    eprintln!(
        "foorumi: {}",
        Msg::BundledCopy.fill(lang, &[&path.display(), &copy.display()])
    );
    Ok(copy)
}

/// Refuses a file that is no session (README.md, a summary) before a lock is taken beside
/// it. A session with a journal or backups goes to the store, which can recover it.
fn refuse_non_session(path: &Path, lang: Lang) -> Result<(), Failure> {
    let recoverable = [".journal", ".bak1", ".bak2", ".bak3"]
        .iter()
        .any(|s| beside(path, s).exists());
    if recoverable || path.is_dir() {
        return Ok(());
    }
    let Ok(bytes) = std::fs::read(path) else {
        // Unreadable: the store says so with the reason.
        return Ok(());
    };
    let name = path.display().to_string();
    let Err(error) = store::parse_bytes(&bytes, &name) else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(&bytes);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let looks_like_ron =
        start.starts_with('(') || start.starts_with("#![") || start.starts_with("//");
    if looks_like_ron {
        Err(error.into())
    } else {
        Err(Failure::Message(Msg::NotASession.fill(lang, &[&name])))
    }
}

/// `path` with `suffix` appended: the journal, lock and backups live beside the session.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_subcommand_is_recognised_but_a_file_name_is_not() {
        let typed = |w: &str| mistyped_command(Path::new(w));
        assert_eq!(typed("expor"), Some("export"));
        assert_eq!(typed("themse"), Some("themes"));
        assert_eq!(typed("chek"), Some("check"));
        assert_eq!(typed("kokous.ron"), None);
        assert_eq!(typed("kokoukset/export"), None);
        assert_eq!(typed("tilaisuus"), None);
    }

    #[test]
    fn yes_in_every_language_and_no_by_default() {
        for yes in ["k", "Kyllä", " j\n", "ja", "y", "YES"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "e", "ei", "n", "no", "nej", "kyl"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }
}
