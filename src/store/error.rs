//! What can go wrong in the store, each naming the file and what is wrong, in every UI language.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::model::text::clean;
use crate::model::{IdeaId, Lang, ModelError};

/// A store failure; [`StoreError::text`] gives the user's wording, `Display` the English one.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The disk did not confirm a write (fsync failed); the file set is poisoned after this.
    Sync {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// Writing failed earlier, so this file set takes no more writes (see [`SessionFile::save_as`](super::SessionFile::save_as)).
    Poisoned {
        /// The session file.
        path: PathBuf,
        /// The first failure, as text.
        cause: String,
    },
    /// The lock file could not be locked for another reason than another writer.
    Lock {
        /// The lock file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// Another program holds the session for writing.
    Locked {
        /// The session file.
        path: PathBuf,
        /// The process holding it, when known.
        pid: Option<u32>,
    },
    /// The session was opened read-only, so changes cannot be saved.
    ReadOnly {
        /// The session file.
        path: PathBuf,
    },
    /// No session file and no backup of it exist.
    NotFound {
        /// The session file.
        path: PathBuf,
    },
    /// Creating refused because the file exists.
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The file.
        name: String,
        /// Offset of the first bad byte.
        at: usize,
    },
    /// The RON could not be parsed.
    Parse {
        /// The file.
        name: String,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What the parser expected or found; put into words by [`ron_text`](super::ron_error::ron_text).
        code: ron::Error,
    },
    /// The file was written by a newer foorumi.
    NewerVersion {
        /// The file.
        name: String,
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The session parsed but contradicts itself.
    Invalid {
        /// The file.
        name: String,
        /// What is wrong.
        problem: Problem,
    },
    /// A change given to [`append_change`](super::append_change) does not fit the session.
    Rejected {
        /// The session file.
        path: PathBuf,
        /// Why.
        error: ModelError,
    },
    /// The journal does not belong to the session file while a writer holds it.
    JournalMismatch {
        /// The journal.
        path: PathBuf,
    },
    /// No home folder to put data in.
    NoHome,
    /// A file or folder the open session writes was deleted or replaced by another program.
    Vanished {
        /// The file or folder.
        path: PathBuf,
    },
    /// A file beside the session is a link, folder, device or pipe instead of a plain file.
    NotRegular {
        /// The file.
        path: PathBuf,
    },
}

/// Why a parsed session is inconsistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Two ideas share an id.
    DuplicateIdea(IdeaId),
    /// Two themes share a key.
    DuplicateTheme(String),
    /// A theme key is empty.
    EmptyThemeKey,
    /// An idea names a theme that does not exist.
    IdeaTheme(IdeaId, String),
    /// A theme's parent does not exist.
    ParentMissing(String, String),
    /// A theme's parent is itself a sub-theme.
    ParentNested(String, String),
    /// An idea's group is outside 1…N.
    IdeaGroup(IdeaId, u32, u32),
    /// An idea id is beyond what a session may use.
    IdeaIdTooLarge(IdeaId),
}

impl Problem {
    /// The problem in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Problem::DuplicateIdea(id) => Msg::DuplicateIdeaId.fill(lang, &[id]),
            Problem::DuplicateTheme(k) => Msg::DuplicateThemeKey.fill(lang, &[k]),
            Problem::EmptyThemeKey => Msg::EmptyThemeKey.get(lang).to_string(),
            Problem::IdeaTheme(id, k) => Msg::IdeaThemeMissing.fill(lang, &[id, k]),
            Problem::ParentMissing(k, p) => Msg::ParentMissing.fill(lang, &[k, p]),
            Problem::ParentNested(k, p) => Msg::ParentNested.fill(lang, &[k, p]),
            Problem::IdeaGroup(id, g, n) => {
                Msg::for_count(*n, Msg::IdeaGroupMissingOne, Msg::IdeaGroupMissing)
                    .fill(lang, &[id, g, n])
            }
            Problem::IdeaIdTooLarge(id) => Msg::IdeaIdTooLarge.fill(lang, &[id]),
        }
    }
}

/// Why a change does not fit a session, in `lang`.
pub fn model_error_text(error: &ModelError, lang: Lang) -> String {
    match error {
        ModelError::BadThemeKey(_) => Msg::EmptyThemeKey.get(lang).to_string(),
        ModelError::IdeaIdTooLarge(id) => Msg::IdeaIdTooLarge.fill(lang, &[id]),
        ModelError::NoSuchIdea(id) => Msg::NoSuchIdeaNumber.fill(lang, &[id]),
        ModelError::DuplicateIdea(id) => Msg::IdeaNumberTaken.fill(lang, &[id]),
        ModelError::NoSuchTheme(k) => Msg::NoSuchThemeKey.fill(lang, &[k]),
        ModelError::DuplicateTheme(k) => Msg::ThemeKeyTaken.fill(lang, &[k]),
        ModelError::ThemeNotEmpty(k) => Msg::ThemeKeyNotEmpty.fill(lang, &[k]),
        ModelError::NoSuchGroup(g) => Msg::NoSuchGroup.fill(lang, &[g]),
        ModelError::GroupInUse(g) => Msg::GroupInUse.fill(lang, &[g]),
        ModelError::TooDeep(k) => Msg::ThemeTooDeep.fill(lang, &[k]),
        // Items are numbered from 1 for people, from 0 in the model.
        ModelError::NoSuchAgendaItem(i) => {
            Msg::NoSuchAgendaItem.fill(lang, &[&i.saturating_add(1)])
        }
        ModelError::NoSuchParkingItem(i) => {
            Msg::NoSuchParkingItem.fill(lang, &[&i.saturating_add(1)])
        }
        ModelError::NoSuchAction(i) => Msg::NoSuchAction.fill(lang, &[&i.saturating_add(1)]),
        ModelError::OverVoteCap { id, cap } => {
            Msg::for_count(*cap, Msg::OverVoteCapOne, Msg::OverVoteCap).fill(lang, &[id, cap])
        }
        ModelError::VotingClosed => Msg::VotingClosed.get(lang).to_string(),
        ModelError::NothingToMerge => Msg::NothingToMerge.get(lang).to_string(),
        ModelError::AlreadyDismissed(a, b) => Msg::AlreadyDismissed.fill(lang, &[a, b]),
        ModelError::NotDismissed(a, b) => Msg::NotDismissed.fill(lang, &[a, b]),
        ModelError::SameIdea(id) => Msg::SameIdea.fill(lang, &[id]),
        roadmap @ (ModelError::NotARoadmap
        | ModelError::NoSuchGoal(_)
        | ModelError::NoSuchArea(_)
        | ModelError::NoSuchRoadmapAction(_)
        | ModelError::DuplicateRoadmapAction(_)
        | ModelError::AssessmentMismatch
        | ModelError::YearNotAfter(_)) => crate::i18n::roadmap_error_text(roadmap, lang),
        ModelError::NoSuchInboxItem(s) => Msg::NoSuchInboxItem.fill(lang, &[s]),
        ModelError::DuplicateSubmission(s) => Msg::DuplicateSubmission.fill(lang, &[s]),
        ModelError::BadJoinCode(c) => Msg::BadJoinCode.fill(lang, &[&clean(c)]),
    }
}

impl StoreError {
    /// The error for the user, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        // Names and parser messages are cleaned like any text: a folder named with an escape
        // sequence must not retitle the terminal when the error is printed.
        let p = |path: &Path| clean(&path.display().to_string());
        match self {
            StoreError::Read { path, source } => Msg::ReadFailed.fill(lang, &[&p(path), source]),
            StoreError::Write { path, source } => Msg::WriteFailed.fill(lang, &[&p(path), source]),
            StoreError::Sync { path, source } => Msg::SyncFailed.fill(lang, &[&p(path), source]),
            StoreError::Poisoned { path, cause } => Msg::Poisoned.fill(lang, &[&p(path), cause]),
            StoreError::Lock { path, source } => Msg::LockFailed.fill(lang, &[&p(path), source]),
            StoreError::Locked {
                path,
                pid: Some(pid),
            } => Msg::LockedBy.fill(lang, &[&p(path), pid]),
            StoreError::Locked { path, pid: None } => Msg::Locked.fill(lang, &[&p(path)]),
            StoreError::ReadOnly { path } => Msg::FileReadOnly.fill(lang, &[&p(path)]),
            StoreError::NotFound { path } => {
                Msg::NoSuchSessionFile.fill(lang, &[&p(path), &p(path)])
            }
            StoreError::Exists { path } => Msg::FileExists.fill(lang, &[&p(path)]),
            StoreError::NotUtf8 { name, at } => Msg::NotUtf8.fill(lang, &[&clean(name), at]),
            StoreError::Parse {
                name,
                line,
                column,
                code,
            } => Msg::ParseFailed.fill(
                lang,
                &[
                    &clean(name),
                    line,
                    column,
                    &super::ron_error::ron_text(code, lang),
                ],
            ),
            StoreError::NewerVersion {
                name,
                found,
                supported,
            } => Msg::NewerVersion.fill(lang, &[&clean(name), found, supported]),
            StoreError::Invalid { name, problem } => {
                Msg::InvalidSession.fill(lang, &[&clean(name), &problem.text(lang)])
            }
            StoreError::Rejected { path, error } => {
                Msg::ChangeRejected.fill(lang, &[&p(path), &model_error_text(error, lang)])
            }
            StoreError::JournalMismatch { path } => Msg::JournalMismatch.fill(lang, &[&p(path)]),
            StoreError::NoHome => Msg::NoHomeDir.get(lang).to_string(),
            StoreError::Vanished { path } => Msg::FileVanished.fill(lang, &[&p(path)]),
            StoreError::NotRegular { path } => Msg::NotRegularFile.fill(lang, &[&p(path)]),
        }
    }

    /// A read failure of `path`.
    pub(crate) fn read(path: &Path, source: io::Error) -> StoreError {
        StoreError::Read {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A write failure of `path`.
    pub(crate) fn write(path: &Path, source: io::Error) -> StoreError {
        StoreError::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An fsync failure of `path`.
    pub(crate) fn sync(path: &Path, source: io::Error) -> StoreError {
        StoreError::Sync {
            path: path.to_path_buf(),
            source,
        }
    }

    /// True for failures that may have left data unwritten on disk (poison the file set).
    pub(crate) fn is_write_failure(&self) -> bool {
        matches!(
            self,
            StoreError::Write { .. } | StoreError::Sync { .. } | StoreError::Vanished { .. }
        )
    }
}

// English for logs and `?` in main; users see `text(lang)`.
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_names_its_file() {
        let path = PathBuf::from("/tmp/forum.ron");
        let errors = [
            StoreError::read(&path, io::Error::other("x")),
            StoreError::write(&path, io::Error::other("x")),
            StoreError::sync(&path, io::Error::other("x")),
            StoreError::Poisoned {
                path: path.clone(),
                cause: "x".into(),
            },
            StoreError::Locked {
                path: path.clone(),
                pid: Some(42),
            },
            StoreError::ReadOnly { path: path.clone() },
            StoreError::NotFound { path: path.clone() },
            StoreError::Exists { path: path.clone() },
            StoreError::Rejected {
                path: path.clone(),
                error: ModelError::NoSuchIdea(IdeaId(3)),
            },
            StoreError::JournalMismatch { path: path.clone() },
        ];
        for e in &errors {
            for lang in Lang::ALL {
                assert!(e.text(lang).contains("/tmp/forum.ron"), "{e:?} in {lang:?}");
            }
        }
        let parse = StoreError::Parse {
            name: "a.ron".into(),
            line: 3,
            column: 7,
            code: ron::Error::ExpectedComma,
        };
        assert_eq!(parse.to_string(), "a.ron:3:7: a comma is missing here");
    }

    #[test]
    fn meeting_errors_count_items_from_one() {
        let text = |e: ModelError| model_error_text(&e, Lang::Fi);
        assert_eq!(
            text(ModelError::NoSuchAgendaItem(0)),
            "esityslistan kohtaa 1 ei ole"
        );
        assert_eq!(
            text(ModelError::OverVoteCap {
                id: IdeaId(7),
                cap: 3
            }),
            "idealla 7 voi olla enintään 3 ääntä"
        );
        // A cap of one vote is one vote, in every language.
        let cap_one = ModelError::OverVoteCap {
            id: IdeaId(7),
            cap: 1,
        };
        assert_eq!(text(cap_one.clone()), "idealla 7 voi olla enintään 1 ääni");
        for lang in Lang::ALL {
            let said = model_error_text(&cap_one, lang);
            assert_eq!(crate::i18n::plural_after_one(&said), None, "{said}");
        }
        // An index read from a damaged journal must not overflow when shown.
        assert!(text(ModelError::NoSuchAction(usize::MAX)).contains(&usize::MAX.to_string()));
    }

    #[test]
    fn problems_are_translated() {
        let p = Problem::IdeaGroup(IdeaId(4), 5, 3);
        assert!(p.text(Lang::Fi).contains("idea 4 on ryhmässä 5"));
        assert!(p.text(Lang::En).contains("3 groups"));
        let one = Problem::IdeaGroup(IdeaId(4), 5, 1);
        assert!(one.text(Lang::En).contains("but there is only 1 group"));
        for lang in Lang::ALL {
            let said = one.text(lang);
            assert_eq!(crate::i18n::plural_after_one(&said), None, "{said}");
        }
    }
}
