//! Which screen the board is in; one enum, never a bag of flags.

use super::editor::LineEditor;

/// What an open prompt will do with its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// Replace the selected idea's text.
    EditIdea,
    /// Append a sub-point to the selected idea.
    SubPoint,
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
    /// The help screen over the board.
    Help {
        /// The mode to return to.
        back: Box<Mode>,
        /// Lines scrolled down, when the help does not fit.
        scroll: u16,
    },
}

/// What presentation mode shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Showing {
    /// The timer in big digits.
    Timer,
    /// The selected theme with its ideas.
    Theme,
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
    /// [`Mode::Help`]
    Help,
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
            Mode::Help { .. } => ModeKind::Help,
        }
    }
}
