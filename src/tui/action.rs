//! Everything the user (or the outside world) can ask of the board.

use crate::model::Change;

/// One request to change the board's state; [`update`](super::update) is the only consumer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Type a character into the active input line.
    Insert(char),
    /// Paste text (bracketed paste); several lines in capture become several ideas.
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    DeleteChar,
    /// Move the cursor one character left.
    CursorLeft,
    /// Move the cursor one character right.
    CursorRight,
    /// Move the cursor one word left.
    WordLeft,
    /// Move the cursor one word right.
    WordRight,
    /// Move the cursor to the start of the line.
    Home,
    /// Move the cursor to the end of the line.
    End,
    /// Delete the word before the cursor.
    DeleteWordBack,
    /// Clear the input line.
    ClearLine,
    /// Submit the input line (add the idea, confirm the prompt).
    Submit,
    /// Leave the current prompt or overlay.
    Cancel,
    /// Capture target: the next theme.
    NextTarget,
    /// Capture target: the previous theme.
    PrevTarget,
    /// Choose theme number N (1-based, as shown on the tiles).
    JumpTheme(usize),
    /// Switch to organizing (select and move ideas).
    Organize,
    /// Switch back to capture.
    Capture,
    /// Toggle the full-screen view of one theme.
    Focus,
    /// Show or hide the help screen.
    Help,
    /// Select the previous idea.
    Up,
    /// Select the next idea.
    Down,
    /// Select the previous theme.
    Left,
    /// Select the next theme.
    Right,
    /// Scroll a page down.
    PageDown,
    /// Scroll a page up.
    PageUp,
    /// Move the selected idea to the previous theme.
    MoveLeft,
    /// Move the selected idea to the next theme.
    MoveRight,
    /// Move the selected idea up within its theme.
    MoveUp,
    /// Move the selected idea down within its theme.
    MoveDown,
    /// Edit the selected idea's text.
    Edit,
    /// Add a sub-point to the selected idea.
    AddSubPoint,
    /// Delete the selected idea.
    Delete,
    /// Tag the selected idea with a group.
    TagGroup,
    /// Cycle the group filter (all, Ryhmä 1, …).
    CycleFilter,
    /// Add a theme.
    NewTheme,
    /// Rename the selected theme.
    RenameTheme,
    /// Save the session under another name (when saving here failed, or a read-only copy).
    SaveAs,
    /// Open the export screen with a preview.
    Export,
    /// On the export screen: the next format.
    NextFormat,
    /// On the export screen: the previous format.
    PrevFormat,
    /// Start or pause the timer (asks for one when there is none).
    TimerToggle,
    /// Set a new timer: minutes, 1-2-4-All or café rounds.
    TimerNew,
    /// One more minute.
    TimerAddMinute,
    /// Back to the start, paused.
    TimerReset,
    /// On to the next step.
    TimerSkip,
    /// Presentation mode: only the current content, large.
    Present,
    /// The clock moved (time since the board started); the timer may ring.
    Tick(std::time::Duration),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Quit (asks once more).
    Quit,
    /// A mouse click at a cell.
    Click {
        /// Column.
        column: u16,
        /// Row.
        row: u16,
    },
    /// The terminal was resized.
    Resize {
        /// New width.
        width: u16,
        /// New height.
        height: u16,
    },
    /// Changes another process appended to the journal (e.g. `foorumi add`).
    External(Vec<Change>),
    /// The session as another writer left it on disk (read-only boards follow it).
    Reload(Box<crate::model::Session>),
    /// An export was written: the file's name, or why it failed.
    Exported(Result<String, String>),
    /// Saving to another file finished: the new file's name, or why it failed.
    SavedAs(Result<String, String>),
    /// The store finished saving: `Ok` or a message for the banner.
    Saved(Result<(), String>),
}
