//! Side effects that [`update`](super::update()) asks the runtime to carry out.

use crate::model::Change;

/// Work for the runtime; `update` itself never touches files or the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Append this applied change to the journal (durably) and report back with `Saved`.
    Record(Change),
    /// Write a fresh snapshot of the session.
    Snapshot,
    /// Ring the terminal bell (a timer step ended).
    Bell,
    /// Leave the program (after a snapshot).
    Quit,
    /// Keep the half-typed capture line in the draft file (a snapshot clears it), so it is
    /// back in the capture line on the next open.
    SaveDraft(String),
    /// Write the summary in this format next to the session file.
    Export(crate::export::Format),
    /// Save the session to a new file and continue there.
    SaveAs(std::path::PathBuf),
    /// Add an idea or action of this session to a roadmap file as one of its actions.
    Promote(Box<super::roadmap::promote::Promotion>),
    /// Start the room server and report with `RoomOpened`.
    OpenRoom,
    /// Stop the room server and report with `RoomClosed`.
    CloseRoom,
    /// Make a new join code and report with `RoomOpened`.
    RotateCode,
    /// Refuse further sendings from this participant.
    BlockParticipant(String),
}
