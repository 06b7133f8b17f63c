//! What opening a session found and did, for the user to read once.

use std::path::PathBuf;

use super::StoreError;
use crate::i18n::Msg;
use crate::i18n::model_error_text;
use crate::model::{Lang, ModelError};

/// One finding of recovery; [`Notice::text`] words it for the user.
#[derive(Debug)]
pub enum Notice {
    /// The last journal entry was cut short by a crash and left out (it was never confirmed).
    TornTail {
        /// The journal.
        journal: PathBuf,
        /// How many bytes were left out.
        bytes: u64,
    },
    /// Damaged entries in the middle of the journal were skipped.
    BadRecords {
        /// The journal.
        journal: PathBuf,
        /// How many damaged stretches.
        count: usize,
        /// Where the untouched journal was copied, when this was a writable open.
        kept: Option<PathBuf>,
    },
    /// A journal entry did not fit the session any more and was skipped.
    SkippedChange {
        /// The journal.
        journal: PathBuf,
        /// Its position among the journal's entries, from 1.
        index: usize,
        /// Why it did not fit.
        error: ModelError,
    },
    /// The session file could not be read, so a backup was used.
    FellBack {
        /// The session file.
        snapshot: PathBuf,
        /// Why it could not be read.
        error: Box<StoreError>,
        /// The backup used.
        backup: PathBuf,
        /// Where the unreadable file was moved, when this was a writable open.
        kept: Option<PathBuf>,
    },
    /// Changes not yet in the session file were recovered from the journal.
    Replayed {
        /// The journal.
        journal: PathBuf,
        /// How many changes.
        count: usize,
    },
    /// The journal belongs to another version of the session file (e.g. the file was
    /// replaced or edited by hand after a crash) and was not used.
    JournalForeign {
        /// The journal.
        journal: PathBuf,
        /// Where it was moved, when this was a writable open.
        kept: Option<PathBuf>,
    },
    /// Another program holds the session for writing, so this one only reads it.
    ReadOnly {
        /// The session file.
        path: PathBuf,
        /// The writer's process id, when known.
        pid: Option<u32>,
    },
    /// The folder cannot be written, so the session is shown read-only.
    ReadOnlyFolder {
        /// The session file.
        path: PathBuf,
    },
    /// The saved half-typed line was damaged and left out.
    DraftDamaged {
        /// The draft file.
        draft: PathBuf,
    },
}

impl Notice {
    /// The notice in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let p = |p: &PathBuf| crate::model::text::clean(&p.display().to_string());
        let with_kept = |text: String, kept: &Option<PathBuf>| match kept {
            Some(k) => format!("{text}; {}", Msg::NoticeKeptCopy.fill(lang, &[&p(k)])),
            None => text,
        };
        match self {
            Notice::TornTail { journal, bytes } => {
                Msg::for_count(*bytes, Msg::NoticeTornTailOne, Msg::NoticeTornTail)
                    .fill(lang, &[&p(journal), bytes])
            }
            Notice::BadRecords {
                journal,
                count,
                kept,
            } => with_kept(
                Msg::for_count(*count, Msg::NoticeBadRecordsOne, Msg::NoticeBadRecords)
                    .fill(lang, &[&p(journal), count]),
                kept,
            ),
            Notice::SkippedChange {
                journal,
                index,
                error,
            } => {
                Msg::NoticeSkipped.fill(lang, &[&p(journal), index, &model_error_text(error, lang)])
            }
            Notice::FellBack {
                snapshot,
                error,
                backup,
                kept,
            } => with_kept(
                Msg::NoticeFellBack.fill(lang, &[&p(snapshot), &error.text(lang), &p(backup)]),
                kept,
            ),
            Notice::Replayed { journal, count } => {
                Msg::for_count(*count, Msg::NoticeReplayedOne, Msg::NoticeReplayed)
                    .fill(lang, &[&p(journal), count])
            }
            Notice::JournalForeign { journal, kept } => {
                with_kept(Msg::NoticeJournalForeign.fill(lang, &[&p(journal)]), kept)
            }
            Notice::ReadOnly {
                path,
                pid: Some(pid),
            } => Msg::NoticeReadOnlyPid.fill(lang, &[&p(path), pid]),
            Notice::ReadOnly { path, pid: None } => Msg::NoticeReadOnly.fill(lang, &[&p(path)]),
            Notice::ReadOnlyFolder { path } => Msg::NoticeReadOnlyFolder.fill(lang, &[&p(path)]),
            Notice::DraftDamaged { draft } => Msg::NoticeDraftDamaged.fill(lang, &[&p(draft)]),
        }
    }

    /// True when the notice reports damage or lost work, not just normal recovery.
    pub fn is_problem(&self) -> bool {
        !matches!(
            self,
            Notice::Replayed { .. } | Notice::ReadOnly { .. } | Notice::ReadOnlyFolder { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_are_worded_in_every_language() {
        let n = Notice::BadRecords {
            journal: "a.ron.journal".into(),
            count: 2,
            kept: Some("a.ron.journal.old".into()),
        };
        assert_eq!(
            n.text(Lang::En),
            "a.ron.journal: 2 damaged entries were skipped; the original is kept as a.ron.journal.old"
        );
        let r = Notice::ReadOnly {
            path: "a.ron".into(),
            pid: Some(7),
        };
        assert!(r.text(Lang::Fi).contains("prosessi 7"));
        assert!(!r.is_problem());
    }

    #[test]
    fn one_byte_entry_or_change_is_singular() {
        let journal = PathBuf::from("a.ron.journal");
        let notices = [
            Notice::TornTail {
                journal: journal.clone(),
                bytes: 1,
            },
            Notice::BadRecords {
                journal: journal.clone(),
                count: 1,
                kept: None,
            },
            Notice::Replayed { journal, count: 1 },
        ];
        for lang in Lang::ALL {
            for n in &notices {
                let text = n.text(lang);
                assert_eq!(crate::i18n::plural_after_one(&text), None, "{text}");
            }
        }
        assert_eq!(
            notices[2].text(Lang::Fi),
            "a.ron.journal: 1 muutos palautettiin muutoslokista"
        );
        assert_eq!(
            notices[1].text(Lang::En),
            "a.ron.journal: 1 damaged entry was skipped"
        );
        assert!(notices[0].text(Lang::Fi).contains("(1 tavu)"));
    }
}
