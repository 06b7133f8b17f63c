//! Why a change could not be applied.

use super::IdeaId;

/// Why a change could not be applied; the session is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// A theme key must show something and hold no control characters.
    #[error("theme key '{0}' is empty or unprintable")]
    BadThemeKey(String),
    /// An idea id beyond what a session may use.
    #[error("idea id {0} is too large")]
    IdeaIdTooLarge(IdeaId),
    /// No idea has this id.
    #[error("no idea with id {0}")]
    NoSuchIdea(IdeaId),
    /// The inbox holds no item with this submission id.
    #[error("no inbox item '{0}'")]
    NoSuchInboxItem(String),
    /// The session holds this submission already (in the inbox or on the wall).
    #[error("submission '{0}' is stored already")]
    DuplicateSubmission(String),
    /// An idea with this id exists already.
    #[error("an idea with id {0} exists already")]
    DuplicateIdea(IdeaId),
    /// No theme has this key.
    #[error("no theme with key '{0}'")]
    NoSuchTheme(String),
    /// A theme with this key exists already.
    #[error("a theme with key '{0}' exists already")]
    DuplicateTheme(String),
    /// The theme still has ideas or sub-themes.
    #[error("theme '{0}' is not empty")]
    ThemeNotEmpty(String),
    /// The group number is outside 1…N.
    #[error("no group {0}")]
    NoSuchGroup(u32),
    /// Fewer groups were asked for than ideas still use.
    #[error("group {0} is still in use")]
    GroupInUse(u32),
    /// A sub-theme cannot have sub-themes.
    #[error("theme '{0}' would be a third level")]
    TooDeep(String),
    /// No agenda item at this index (from 0).
    #[error("no agenda item {0}")]
    NoSuchAgendaItem(usize),
    /// No parking-lot item at this index (from 0).
    #[error("no parking lot item {0}")]
    NoSuchParkingItem(usize),
    /// No action at this index (from 0).
    #[error("no action {0}")]
    NoSuchAction(usize),
    /// The vote would give the idea more votes than the cap allows.
    #[error("idea {id} may have at most {cap} votes")]
    OverVoteCap {
        /// Which idea.
        id: IdeaId,
        /// The cap per idea.
        cap: u32,
    },
    /// Voting is closed, so votes cannot be given or taken back.
    #[error("voting is closed")]
    VotingClosed,
    /// A merge named no idea besides the one kept.
    #[error("nothing to merge")]
    NothingToMerge,
    /// An idea cannot be a duplicate of itself.
    #[error("idea {0} cannot be its own duplicate")]
    SameIdea(IdeaId),
    /// The pair is dismissed as a duplicate suggestion already.
    #[error("ideas {0} and {1} are dismissed already")]
    AlreadyDismissed(IdeaId, IdeaId),
    /// The pair is not among the dismissed duplicate suggestions.
    #[error("ideas {0} and {1} are not dismissed")]
    NotDismissed(IdeaId, IdeaId),
    /// A join code that is not 8 digits and capitals.
    #[error("bad join code {0:?}")]
    BadJoinCode(String),
    /// The session carries no roadmap.
    #[error("this file is not a roadmap")]
    NotARoadmap,
    /// No roadmap goal has this key.
    #[error("no goal with key '{0}'")]
    NoSuchGoal(String),
    /// No action area has this key.
    #[error("no action area with key '{0}'")]
    NoSuchArea(String),
    /// No roadmap action has this id.
    #[error("no roadmap action {0}")]
    NoSuchRoadmapAction(u64),
    /// A roadmap action with this id exists already.
    #[error("a roadmap action {0} exists already")]
    DuplicateRoadmapAction(u64),
    /// An assessment's own target or year differs from where it is put.
    #[error("the assessment does not match its target and year")]
    AssessmentMismatch,
    /// A new roadmap year must come after the current one.
    #[error("the new year must come after {0}")]
    YearNotAfter(i32),
}
