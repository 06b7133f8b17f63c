//! Everything the user (or the outside world) can ask of the board.

use crate::model::Change;

/// One request to change the board's state; [`update`](super::update()) is the only consumer.
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
    /// Edit or remove the selected idea's sub-points in one prompt.
    EditSubPoints,
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
    /// Agenda: the next item becomes current.
    NextAgenda,
    /// Agenda: the previous item becomes current.
    PrevAgenda,
    /// Open a list screen (agenda, ranking, parking lot, actions, duplicate suggestions).
    OpenList(super::mode::ListKind),
    /// Give the selected idea one vote.
    VoteUp,
    /// Take one vote back.
    VoteDown,
    /// Send the selected idea (or, in capture, the typed text) to the parking lot.
    Park,
    /// Mark or unmark the selected idea for merging.
    MarkMerge,
    /// Merge the marked ideas into the selected one.
    MergeMarked,
    /// New action (linked to the selected idea when organizing).
    NewAction,
    /// In a list: remove the selected entry.
    ListRemove,
    /// In a list: edit the selected entry's text.
    ListEdit,
    /// In the actions list: set the owner.
    ActionOwner,
    /// In the actions list: set the due date.
    ActionDue,
    /// In the actions list: next status.
    ActionStatus,
    /// In the parking lot: make the selected item an action.
    ParkingToAction,
    /// In the parking lot: back on the board in the selected theme.
    Unpark,
    /// In the ranking: hide or show the totals.
    ToggleHidden,
    /// In the ranking: close or reopen voting.
    ToggleClosed,
    /// In the duplicate suggestions: leave this pair alone from now on.
    Dismiss,
    /// In the ranking: set the vote budget and cap.
    VotingRules,
    /// In the agenda: add an item.
    NewAgendaItem,
    /// Incremental search over ideas.
    Search,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Quit (asks once more).
    Quit,
    /// A printable key with no command in organize mode: the user probably meant to type.
    NotACommand,
    /// A key press as the terminal reported it; `update` looks it up in the keymap, after
    /// checking that it is not part of a typed burst in a mode where letters are commands.
    Key(crossterm::event::KeyEvent),
    /// Move the selected idea to theme number N (1-based, as shown on the tiles).
    MoveToTheme(usize),
    /// Ask for a theme number to move the selected idea to (themes past 9).
    MoveToThemePrompt,
    /// Scroll to the top (help, export preview).
    ScrollTop,
    /// Scroll to the bottom (help, export preview).
    ScrollBottom,
    /// The mouse wheel: lines to scroll, negative upwards.
    Wheel(i16),
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
    /// A promotion to a roadmap finished: its message, or why it failed.
    Promoted(Result<String, String>),
    /// An export was written: the file's name, or why it failed.
    Exported(Result<String, String>),
    /// Saving to another file finished: the new file's name, or why it failed.
    SavedAs(Result<String, String>),
    /// The store finished saving: `Ok` or a message for the banner.
    Saved(Result<(), String>),
    /// A roadmap key (board, assessment meeting, chart).
    Roadmap(super::roadmap::RoadmapKey),
    /// Open the room to phones, or close it (F10).
    ToggleRoom,
    /// Show the room's QR code and join code (opens the room if needed).
    ShowRoom,
    /// Show the inbox of ideas from phones.
    OpenInbox,
    /// Inbox: accept the selected idea into its suggested theme (or the board's target).
    InboxAccept,
    /// Inbox: reject the selected idea.
    InboxReject,
    /// Inbox: edit the selected idea's text.
    InboxEdit,
    /// Inbox: merge the selected idea into the most similar idea on the wall.
    InboxMerge,
    /// Inbox: reject the selected idea and refuse more from its phone.
    InboxBlock,
    /// Accept phone ideas automatically, or stop doing so.
    ToggleAutoAccept,
    /// Let phones see the accepted ideas, or stop.
    ToggleShowWall,
    /// Give the room a new join code; the old one stops working.
    RotateCode,
    /// The room opened (what to show on the wall) or could not open (why).
    RoomOpened(Result<super::room::RoomInfo, String>),
    /// The room was closed; nothing listens any more.
    RoomClosed,
    /// Ideas from phones, already on disk, to show (outside the undo history).
    Arrived(Change),
    /// The room's join code, already on disk (outside the undo history).
    CodeKept(Change),
}
