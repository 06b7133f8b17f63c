//! Which screen the board is in; one enum, never a bag of flags.

use super::editor::LineEditor;

/// What an open prompt will do with its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// Replace the selected idea's text.
    EditIdea,
    /// Append a sub-point to the selected idea.
    SubPoint,
    /// Rewrite all sub-points of the selected idea, separated by `|`.
    EditSubPoints,
    /// Add a theme with this name.
    NewTheme,
    /// Rename the selected theme.
    RenameTheme,
    /// Set the selected idea's group number.
    Group,
    /// Save the session to another file.
    SaveAs,
    /// Set a timer.
    Timer,
    /// Text of a new action.
    ActionText,
    /// Owner of the selected action.
    ActionOwner,
    /// Due date of the selected action.
    ActionDue,
    /// Text of the selected list entry (action or parking item).
    ListText,
    /// Vote budget per participant and cap per idea.
    VotingRules,
    /// An agenda item: `13.40 20 Title | prompt`.
    AgendaItem,
    /// What was done in the selected roadmap area.
    RoadmapDone,
    /// A comment from the room on the selected roadmap area.
    RoadmapComment,
    /// The roadmap file and area key the selected idea or action is promoted to.
    RoadmapPromote,
    /// The number of the theme to move the selected idea to.
    MoveToTheme,
    /// The text of the selected inbox item (issue 13).
    InboxText,
}

/// The board's mode.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    /// Typing ideas into the capture line (the default).
    #[default]
    Capture,
    /// Selecting and moving ideas.
    Organize,
    /// One theme full screen for reading out.
    Focus,
    /// A one-line prompt over the board.
    Prompt {
        /// What the prompt is for.
        kind: PromptKind,
        /// The text being edited.
        editor: LineEditor,
        /// The mode to return to.
        back: Box<Mode>,
    },
    /// The export screen: choose a format and see the summary before writing it.
    Export {
        /// The chosen format.
        format: crate::export::Format,
        /// The preview, as text lines (html and docx are previewed as their text).
        preview: Vec<String>,
        /// Lines scrolled down.
        scroll: u16,
    },
    /// Presentation: one thing large for the projector.
    Present {
        /// What is shown.
        show: Showing,
    },
    /// A list screen.
    List {
        /// Which list.
        kind: ListKind,
        /// The selected row.
        selected: usize,
        /// Suggested duplicate pairs (only for [`ListKind::Duplicates`]), found on opening.
        pairs: Vec<(crate::model::IdeaId, crate::model::IdeaId)>,
    },
    /// Searching: the query and the ideas it finds, in board order.
    Search {
        /// The query being typed.
        editor: LineEditor,
        /// Matching ideas.
        hits: Vec<crate::model::IdeaId>,
    },
    /// A roadmap screen (board, assessment meeting or chart).
    Roadmap(super::roadmap::Screen),
    /// The room's QR code, address and join code for the wall.
    Room,
    /// The inbox of ideas from phones.
    Inbox {
        /// The selected row.
        selected: usize,
    },
    /// The help screen over the board.
    Help {
        /// The mode to return to.
        back: Box<Mode>,
        /// Lines scrolled down, when the help does not fit.
        scroll: u16,
    },
}

/// Which list a list screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// The agenda with the current item.
    Agenda,
    /// Ideas by votes, overall.
    Ranking,
    /// The parking lot.
    Parking,
    /// Actions with owner, due date and status.
    Actions,
    /// Suggested duplicates to merge or dismiss.
    Duplicates,
}

/// What presentation mode shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Showing {
    /// The timer in big digits.
    Timer,
    /// The selected theme with its ideas.
    Theme,
    /// The current agenda item's prompt.
    Prompt,
    /// The ranking by votes.
    Ranking,
    /// The room's QR code and join code, large (a page only while the room is open).
    Room,
}

/// The mode without its data, for keymap lookups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeKind {
    /// [`Mode::Capture`]
    Capture,
    /// [`Mode::Organize`]
    Organize,
    /// [`Mode::Focus`]
    Focus,
    /// [`Mode::Prompt`]
    Prompt,
    /// [`Mode::Export`]
    Export,
    /// [`Mode::Present`]
    Present,
    /// [`Mode::List`] of some kind.
    List(ListKind),
    /// [`Mode::Search`]
    Search,
    /// [`Mode::Help`]
    Help,
    /// [`Mode::Roadmap`] on this screen.
    Roadmap(super::roadmap::Screen),
    /// [`Mode::Room`]
    Room,
    /// [`Mode::Inbox`]
    Inbox,
}

impl Mode {
    /// The kind of this mode.
    pub fn kind(&self) -> ModeKind {
        match self {
            Mode::Capture => ModeKind::Capture,
            Mode::Organize => ModeKind::Organize,
            Mode::Focus => ModeKind::Focus,
            Mode::Prompt { .. } => ModeKind::Prompt,
            Mode::Export { .. } => ModeKind::Export,
            Mode::Present { .. } => ModeKind::Present,
            Mode::List { kind, .. } => ModeKind::List(*kind),
            Mode::Search { .. } => ModeKind::Search,
            Mode::Help { .. } => ModeKind::Help,
            Mode::Roadmap(screen) => ModeKind::Roadmap(*screen),
            Mode::Room => ModeKind::Room,
            Mode::Inbox { .. } => ModeKind::Inbox,
        }
    }
}
