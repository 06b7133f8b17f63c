//! `foorumi check`: what is on disk for a session, and what recovery would make of it.

use std::path::{Path, PathBuf};

use super::paths::Files;
use super::recover::{JournalState, read_session, recover};
use super::{Notice, StoreError};
use crate::i18n::Msg;
use crate::model::{Lang, Session};

/// The state of one session file or backup.
#[derive(Debug)]
pub enum FileCheck {
    /// It does not exist.
    Missing,
    /// It parses and validates.
    Ok {
        /// Ideas in it.
        ideas: usize,
        /// Themes in it.
        themes: usize,
    },
    /// It cannot be used.
    Damaged(StoreError),
}

/// What the journal holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalCheck {
    /// It follows the snapshot (or, after a crash, its predecessor, which is harmless).
    pub belongs: bool,
    /// Intact records.
    pub good: usize,
    /// Records that opening would apply (not yet in the session file).
    pub replayed: usize,
    /// Bytes of a cut-short last record.
    pub torn_bytes: u64,
    /// Damaged stretches.
    pub bad: usize,
    /// Records that no longer fit the session.
    pub skipped: usize,
}

/// Everything `foorumi check` reports about one session.
#[derive(Debug)]
pub struct CheckReport {
    /// The session file.
    pub path: PathBuf,
    /// The session file itself.
    pub snapshot: FileCheck,
    /// Backups that exist, newest first.
    pub backups: Vec<(PathBuf, FileCheck)>,
    /// The journal, when there is one.
    pub journal: Option<JournalCheck>,
    /// What recovery found.
    pub notices: Vec<Notice>,
    /// The recovered session, or why there is none.
    pub recovered: Result<Session, StoreError>,
}

fn check_file(path: &Path) -> FileCheck {
    match read_session(path) {
        Ok(None) => FileCheck::Missing,
        Ok(Some((_, s))) => FileCheck::Ok {
            ideas: s.ideas.len(),
            themes: s.themes.len(),
        },
        Err(e) => FileCheck::Damaged(e),
    }
}

/// Examines the session at `path` and its journal and backups without changing anything.
pub fn check(path: &Path) -> CheckReport {
    let files = Files::new(path);
    let snapshot = check_file(&files.snapshot);
    let backups = files
        .backups
        .iter()
        .map(|b| (b.clone(), check_file(b)))
        .filter(|(_, c)| !matches!(c, FileCheck::Missing))
        .collect();
    let (journal, notices, recovered) = match recover(&files) {
        Ok(rec) => {
            let j = &rec.journal;
            let journal = (j.state != JournalState::Missing).then_some(JournalCheck {
                belongs: matches!(j.state, JournalState::Bound | JournalState::Previous),
                good: j.records,
                replayed: j.replayed,
                torn_bytes: j.torn,
                bad: j.bad,
                skipped: j.skipped,
            });
            (journal, rec.notices, Ok(rec.session))
        }
        Err(e) => (None, Vec::new(), Err(e)),
    };
    CheckReport {
        path: path.to_path_buf(),
        snapshot,
        backups,
        journal,
        notices,
        recovered,
    }
}

impl CheckReport {
    /// True when nothing is damaged or lost (a journal still waiting to be folded into the
    /// file, as while a board runs, is normal).
    pub fn is_ok(&self) -> bool {
        matches!(self.snapshot, FileCheck::Ok { .. })
            && self.recovered.is_ok()
            && self
                .journal
                .as_ref()
                .is_none_or(|j| j.belongs && j.torn_bytes == 0 && j.bad == 0 && j.skipped == 0)
            && self.notices.iter().all(|n| !n.is_problem())
    }

    /// The session as recovery makes it (what opening it would show), when it can be recovered.
    pub fn repaired(&self) -> Option<Session> {
        self.recovered.as_ref().ok().cloned()
    }

    /// The report for the user, one finding per line, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let mut lines = Vec::new();
        let mut file_line = |path: &Path, c: &FileCheck| {
            let name = crate::model::text::clean(&path.display().to_string());
            lines.push(match c {
                FileCheck::Missing => Msg::CheckFileMissing.fill(lang, &[&name]),
                FileCheck::Ok { ideas, themes } => Msg::CheckFileOk.fill(
                    lang,
                    &[
                        &name,
                        &Msg::count(lang, *ideas, Msg::IdeasOne, Msg::Ideas),
                        &Msg::count(lang, *themes, Msg::ThemesOne, Msg::Themes),
                    ],
                ),
                FileCheck::Damaged(e) => e.text(lang),
            });
        };
        file_line(&self.path, &self.snapshot);
        for (path, c) in &self.backups {
            file_line(path, c);
        }
        if let Some(j) = &self.journal
            && j.replayed > 0
        {
            let journal = Files::new(&self.path).journal;
            let msg = Msg::for_count(j.replayed, Msg::CheckJournalOkOne, Msg::CheckJournalOk);
            let journal = crate::model::text::clean(&journal.display().to_string());
            lines.push(msg.fill(lang, &[&journal, &j.replayed]));
        }
        lines.extend(self.notices.iter().map(|n| n.text(lang)));
        // Issue 13: phone ideas waiting in the inbox are part of the session too.
        if let Ok(s) = &self.recovered
            && !s.inbox.is_empty()
        {
            lines.push(Msg::CheckInbox.fill(lang, &[&s.inbox.len()]));
        }
        if let Err(e) = &self.recovered
            && !matches!(self.snapshot, FileCheck::Damaged(_))
        {
            lines.push(e.text(lang));
        }
        lines.push(
            match (self.is_ok(), self.recovered.is_ok()) {
                (true, _) => Msg::CheckAllOk,
                (false, true) => Msg::CheckRepairable,
                (false, false) => Msg::CheckUnrecoverable,
            }
            .get(lang)
            .to_string(),
        );
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SessionFile;
    use crate::store::testutil::{add, session, sibling};

    #[test]
    fn a_torn_journal_is_not_ok_but_repairable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut file = SessionFile::create(&path, &session()).unwrap();
        file.record(&add(1, "a")).unwrap();
        drop(file);
        let journal = sibling(&path, ".journal");
        let mut bytes = std::fs::read(&journal).unwrap();
        bytes.truncate(bytes.len() - 1);
        std::fs::write(&journal, bytes).unwrap();

        let report = check(&path);
        assert!(!report.is_ok());
        assert_eq!(report.repaired(), Some(session()));
        assert_eq!(report.journal.as_ref().map(|j| j.good), Some(0));
        let text = report.text(Lang::En);
        assert!(text.contains("OK (0 ideas, 2 themes)"), "{text}");
        assert!(text.ends_with("the session can be recovered"), "{text}");
    }

    #[test]
    fn one_idea_one_theme_and_one_change_are_singular() {
        let report = CheckReport {
            path: "a.ron".into(),
            snapshot: FileCheck::Ok {
                ideas: 1,
                themes: 1,
            },
            backups: vec![],
            journal: Some(JournalCheck {
                belongs: true,
                good: 1,
                replayed: 1,
                torn_bytes: 0,
                bad: 0,
                skipped: 0,
            }),
            notices: vec![],
            recovered: Ok(session()),
        };
        for (lang, ok, waits) in [
            (
                Lang::Fi,
                "a.ron: kunnossa (1 idea, 1 teema)",
                ": 1 muutos odottaa",
            ),
            (
                Lang::Sv,
                "a.ron: i ordning (1 idé, 1 tema)",
                ": 1 ändring väntar",
            ),
            (Lang::En, "a.ron: OK (1 idea, 1 theme)", ": 1 change waits"),
        ] {
            let text = report.text(lang);
            assert!(text.starts_with(ok), "{text}");
            assert!(text.contains(waits), "{text}");
            assert_eq!(crate::i18n::plural_after_one(&text), None, "{text}");
        }
    }

    #[test]
    fn backups_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut file = SessionFile::create(&path, &session()).unwrap();
        file.snapshot(&session()).unwrap();
        drop(file);
        std::fs::write(sibling(&path, ".bak2"), "rikki").unwrap();
        let report = check(&path);
        assert_eq!(report.backups.len(), 2);
        assert!(matches!(report.backups[0].1, FileCheck::Ok { .. }));
        assert!(matches!(report.backups[1].1, FileCheck::Damaged(_)));
        // A damaged older backup does not make the session itself unhealthy.
        assert!(report.is_ok());
    }
}
