//! The keymap table itself, in help-screen order.

use crossterm::event::{KeyCode, KeyModifiers};

use super::super::action::Action;
use super::super::mode::ListKind;
use super::super::mode::ModeKind::{
    self, Capture, Export, Focus, Help, List, Organize, Present, Prompt, Roadmap, Search,
};
use super::super::roadmap::{RoadmapKey, Screen};
use super::{Binding, Key};
use crate::i18n::Msg;
use crate::model::roadmap::Status;

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const ALT: KeyModifiers = KeyModifiers::ALT;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const TEXT: &[ModeKind] = &[Capture, Prompt, Search];
const LISTS: &[ModeKind] = &[
    List(ListKind::Agenda),
    List(ListKind::Ranking),
    List(ListKind::Parking),
    List(ListKind::Actions),
    List(ListKind::Duplicates),
];
const AGENDA: &[ModeKind] = &[List(ListKind::Agenda)];
const RANKING: &[ModeKind] = &[List(ListKind::Ranking)];
const PARKING: &[ModeKind] = &[List(ListKind::Parking)];
const ACTIONS: &[ModeKind] = &[List(ListKind::Actions)];
const DUPLICATES: &[ModeKind] = &[List(ListKind::Duplicates)];
const BOARD: &[ModeKind] = &[Capture, Organize, Focus];
/// Every mode off the board: quitting works the same inside a prompt, a list or the help.
const OFF_BOARD: &[ModeKind] = &[
    Prompt,
    Export,
    Present,
    Search,
    Help,
    List(ListKind::Agenda),
    List(ListKind::Ranking),
    List(ListKind::Parking),
    List(ListKind::Actions),
    List(ListKind::Duplicates),
];
const TIMER: &[ModeKind] = &[
    Capture,
    Organize,
    Focus,
    Present,
    Roadmap(Screen::Board),
    Roadmap(Screen::Assess),
    Roadmap(Screen::Chart),
];
const ROADMAP: &[ModeKind] = &[
    Roadmap(Screen::Board),
    Roadmap(Screen::Assess),
    Roadmap(Screen::Chart),
];
const RM_BOARD: &[ModeKind] = &[Roadmap(Screen::Board)];
const RM_ASSESS: &[ModeKind] = &[Roadmap(Screen::Assess)];
const RM_MOVE: &[ModeKind] = &[Roadmap(Screen::Board), Roadmap(Screen::Assess)];
const RM_BACK: &[ModeKind] = &[Roadmap(Screen::Assess), Roadmap(Screen::Chart)];
// Issue 13: the room and its inbox.
const ROOM: &[ModeKind] = &[super::super::mode::ModeKind::Room];
const INBOX: &[ModeKind] = &[super::super::mode::ModeKind::Inbox];
const ROOM_AND_INBOX: &[ModeKind] = &[
    super::super::mode::ModeKind::Room,
    super::super::mode::ModeKind::Inbox,
];

const fn k(code: KeyCode) -> Key {
    Key::Code(code, NONE)
}
const fn ctrl(c: char) -> Key {
    Key::Code(KeyCode::Char(c), CTRL)
}
const fn ch(c: char) -> Key {
    Key::Code(KeyCode::Char(c), NONE)
}

macro_rules! bind {
    ($modes:expr, [$($key:expr),+], $action:expr, $label:ident, $hint:expr) => {
        Binding { modes: $modes, keys: const { &[$($key),+] }, action: $action, label: Msg::$label, hint: $hint }
    };
}

/// The keymap, in help-screen order.
pub fn bindings() -> &'static [Binding] {
    use KeyCode::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        vec![
            // Capture
            bind!(&[Capture], [k(Enter)], Action::Submit, KeyAddIdea, true),
            bind!(
                &[Capture],
                [k(Tab)],
                Action::NextTarget,
                KeyNextTarget,
                true
            ),
            bind!(
                &[Capture],
                [k(BackTab), Key::Code(BackTab, SHIFT)],
                Action::PrevTarget,
                KeyPrevTarget,
                false
            ),
            bind!(
                &[Capture],
                [Key::Digits(ALT)],
                Action::JumpTheme(0),
                KeyJumpTheme,
                false
            ),
            bind!(&[Capture], [k(Esc)], Action::Organize, KeyOrganize, true),
            // Organize
            bind!(
                &[Organize, Focus],
                [k(Up), ch('k')],
                Action::Up,
                KeyUp,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(Down), ch('j')],
                Action::Down,
                KeyDown,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(Left), ch('h')],
                Action::Left,
                KeyLeft,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(Right), ch('l')],
                Action::Right,
                KeyRight,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(PageDown)],
                Action::PageDown,
                KeyPageDown,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(PageUp)],
                Action::PageUp,
                KeyPageUp,
                false
            ),
            bind!(
                &[Organize],
                [Key::Digits(NONE)],
                Action::JumpTheme(0),
                KeyJumpTheme,
                false
            ),
            bind!(
                &[Organize],
                [Key::Code(Right, SHIFT), ch('>')],
                Action::MoveRight,
                KeyMoveRight,
                true
            ),
            bind!(
                &[Organize],
                [Key::Code(Left, SHIFT), ch('<')],
                Action::MoveLeft,
                KeyMoveLeft,
                false
            ),
            bind!(
                &[Organize],
                [Key::Code(Up, SHIFT)],
                Action::MoveUp,
                KeyMoveUp,
                false
            ),
            bind!(
                &[Organize],
                [Key::Code(Down, SHIFT)],
                Action::MoveDown,
                KeyMoveDown,
                false
            ),
            bind!(
                &[Organize],
                [k(Enter), ch('e')],
                Action::Edit,
                KeyEdit,
                true
            ),
            bind!(
                &[Organize],
                [ch('s')],
                Action::AddSubPoint,
                KeySubPoint,
                false
            ),
            bind!(
                &[Organize, Focus],
                [ch('S')],
                Action::EditSubPoints,
                KeyEditSubPoints,
                false
            ),
            bind!(
                &[Organize],
                [k(Delete), ch('d')],
                Action::Delete,
                KeyDelete,
                true
            ),
            bind!(&[Organize], [ch('g')], Action::TagGroup, KeyGroup, false),
            bind!(
                &[Organize],
                [ch('f')],
                Action::CycleFilter,
                KeyFilter,
                false
            ),
            bind!(&[Organize], [ch('n')], Action::NewTheme, KeyNewTheme, false),
            bind!(
                &[Organize],
                [ch('r')],
                Action::RenameTheme,
                KeyRenameTheme,
                false
            ),
            bind!(
                &[Organize, Focus],
                [k(Esc), ch('i')],
                Action::Capture,
                KeyCapture,
                true
            ),
            bind!(
                &[Organize],
                [Key::Digits(ALT)],
                Action::MoveToTheme(0),
                KeyMoveToTheme,
                false
            ),
            bind!(
                &[Organize],
                [ch('#')],
                Action::MoveToThemePrompt,
                KeyMoveToTheme,
                true
            ),
            bind!(&[Organize], [ch('u')], Action::Undo, KeyUndo, false),
            bind!(&[Organize], [ch('q')], Action::Quit, KeyQuit, false),
            // Everywhere on the board
            bind!(BOARD, [k(F(2)), ch('z')], Action::Focus, KeyFocus, true),
            bind!(BOARD, [ctrl('z')], Action::Undo, KeyUndo, true),
            bind!(BOARD, [ctrl('y'), ctrl('r')], Action::Redo, KeyRedo, false),
            bind!(BOARD, [k(F(1)), ch('?')], Action::Help, KeyHelp, true),
            bind!(BOARD, [ctrl('q'), ctrl('c')], Action::Quit, KeyQuit, true),
            bind!(
                OFF_BOARD,
                [ctrl('q'), ctrl('c')],
                Action::Quit,
                KeyQuit,
                false
            ),
            bind!(BOARD, [ctrl('s')], Action::SaveAs, KeySaveAs, false),
            bind!(BOARD, [ctrl('e')], Action::Export, KeyExport, false),
            bind!(TIMER, [k(F(5))], Action::Present, KeyPresent, false),
            bind!(TIMER, [k(F(6))], Action::TimerToggle, KeyTimerToggle, false),
            bind!(
                TIMER,
                [k(F(7))],
                Action::TimerAddMinute,
                KeyTimerMinute,
                false
            ),
            bind!(TIMER, [k(F(8))], Action::TimerReset, KeyTimerReset, false),
            bind!(TIMER, [k(F(9))], Action::TimerSkip, KeyTimerSkip, false),
            bind!(BOARD, [ctrl('t')], Action::TimerNew, KeyTimerNew, false),
            bind!(BOARD, [k(F(3))], Action::NextAgenda, KeyNextAgenda, false),
            bind!(
                BOARD,
                [Key::Code(F(3), SHIFT)],
                Action::PrevAgenda,
                KeyPrevAgenda,
                false
            ),
            bind!(
                BOARD,
                [k(F(4))],
                Action::OpenList(ListKind::Agenda),
                KeyAgenda,
                false
            ),
            bind!(BOARD, [ctrl('f')], Action::Search, KeySearch, false),
            bind!(&[Capture], [ctrl('p')], Action::Park, KeyParkText, false),
            bind!(
                &[Organize],
                [ch(']')],
                Action::NextAgenda,
                KeyNextAgenda,
                false
            ),
            bind!(
                &[Organize],
                [ch('[')],
                Action::PrevAgenda,
                KeyPrevAgenda,
                false
            ),
            bind!(
                &[Organize, List(ListKind::Ranking)],
                [ch('+'), ch('=')],
                Action::VoteUp,
                KeyVoteUp,
                true
            ),
            bind!(
                &[Organize, List(ListKind::Ranking)],
                [ch('-')],
                Action::VoteDown,
                KeyVoteDown,
                false
            ),
            bind!(&[Organize], [ch('p')], Action::Park, KeyPark, false),
            bind!(
                &[Organize],
                [ch('m')],
                Action::MarkMerge,
                KeyMarkMerge,
                false
            ),
            bind!(
                &[Organize],
                [ch('M')],
                Action::MergeMarked,
                KeyMergeMarked,
                false
            ),
            bind!(
                &[Organize],
                [ch('a')],
                Action::NewAction,
                KeyNewAction,
                false
            ),
            bind!(&[Organize], [ch('/')], Action::Search, KeySearch, false),
            bind!(
                &[Organize],
                [ch('v')],
                Action::OpenList(ListKind::Ranking),
                KeyRanking,
                false
            ),
            bind!(
                &[Organize],
                [ch('P')],
                Action::OpenList(ListKind::Parking),
                KeyParking,
                false
            ),
            bind!(
                &[Organize],
                [ch('A')],
                Action::OpenList(ListKind::Actions),
                KeyActions,
                false
            ),
            bind!(
                &[Organize],
                [ch('D')],
                Action::OpenList(ListKind::Duplicates),
                KeyDuplicates,
                false
            ),
            // List screens
            bind!(LISTS, [k(Up), ch('k')], Action::Up, KeyUp, false),
            bind!(LISTS, [k(Down), ch('j')], Action::Down, KeyDown, false),
            bind!(LISTS, [k(PageDown)], Action::PageDown, KeyPageDown, false),
            bind!(LISTS, [k(PageUp)], Action::PageUp, KeyPageUp, false),
            bind!(AGENDA, [k(Enter)], Action::Submit, KeyMakeCurrent, true),
            bind!(
                RANKING,
                [ch('h')],
                Action::ToggleHidden,
                KeyToggleHidden,
                true
            ),
            bind!(
                RANKING,
                [ch('c')],
                Action::ToggleClosed,
                KeyToggleClosed,
                true
            ),
            bind!(
                RANKING,
                [ch('r')],
                Action::VotingRules,
                KeyVotingRules,
                true
            ),
            bind!(
                AGENDA,
                [ch('n')],
                Action::NewAgendaItem,
                KeyNewAgendaItem,
                true
            ),
            bind!(AGENDA, [ch('e')], Action::ListEdit, KeyEdit, true),
            bind!(
                AGENDA,
                [k(Delete), ch('x')],
                Action::ListRemove,
                KeyDelete,
                false
            ),
            bind!(
                PARKING,
                [ch('a')],
                Action::ParkingToAction,
                KeyParkingToAction,
                true
            ),
            bind!(PARKING, [ch('u')], Action::Unpark, KeyUnpark, true),
            bind!(
                &[List(ListKind::Parking), List(ListKind::Actions)],
                [k(Enter), ch('e')],
                Action::ListEdit,
                KeyEdit,
                false
            ),
            bind!(
                &[List(ListKind::Parking), List(ListKind::Actions)],
                [k(Delete), ch('x')],
                Action::ListRemove,
                KeyDelete,
                false
            ),
            bind!(ACTIONS, [ch('n')], Action::NewAction, KeyNewAction, true),
            bind!(
                ACTIONS,
                [ch('o')],
                Action::ActionOwner,
                KeyActionOwner,
                true
            ),
            bind!(ACTIONS, [ch('d')], Action::ActionDue, KeyActionDue, true),
            bind!(
                ACTIONS,
                [ch('s')],
                Action::ActionStatus,
                KeyActionStatus,
                true
            ),
            bind!(DUPLICATES, [k(Enter)], Action::Submit, KeyMergePair, true),
            bind!(DUPLICATES, [ch('x')], Action::Dismiss, KeyDismiss, true),
            bind!(LISTS, [k(Esc), ch('q')], Action::Cancel, KeyBack, true),
            bind!(&[Search], [k(Enter)], Action::Submit, KeyNextHit, true),
            bind!(&[Search], [k(Esc)], Action::Cancel, KeyCancel, true),
            bind!(
                &[Organize],
                [ch('t')],
                Action::TimerToggle,
                KeyTimerToggle,
                false
            ),
            bind!(
                &[Present],
                [k(Tab)],
                Action::NextFormat,
                KeyPresentNext,
                true
            ),
            // F5 leaves presentation through its own binding above (one key, one meaning).
            bind!(&[Present], [k(Esc)], Action::Cancel, KeyBack, true),
            // Export screen
            bind!(&[Export], [k(Enter)], Action::Submit, KeyWriteExport, true),
            bind!(
                &[Export],
                [k(Tab), k(Right)],
                Action::NextFormat,
                KeyNextFormat,
                true
            ),
            bind!(
                &[Export],
                [k(BackTab), Key::Code(BackTab, SHIFT), k(Left)],
                Action::PrevFormat,
                KeyPrevFormat,
                false
            ),
            bind!(&[Export], [k(Down)], Action::Down, KeyScroll, false),
            bind!(&[Export], [k(Up)], Action::Up, KeyScroll, false),
            bind!(
                &[Export],
                [k(PageDown), ch(' ')],
                Action::PageDown,
                KeyPageDown,
                false
            ),
            bind!(&[Export], [k(PageUp)], Action::PageUp, KeyPageUp, false),
            bind!(&[Export], [k(Esc)], Action::Cancel, KeyBack, true),
            // Prompts
            bind!(&[Prompt], [k(Enter)], Action::Submit, KeyConfirm, true),
            bind!(&[Prompt], [k(Esc)], Action::Cancel, KeyCancel, true),
            // Text editing
            bind!(
                TEXT,
                [k(Left), k(Right)],
                Action::CursorLeft,
                KeyCursor,
                false
            ),
            bind!(
                TEXT,
                [Key::Code(Left, CTRL), Key::Code(Right, CTRL)],
                Action::WordLeft,
                KeyCursor,
                false
            ),
            bind!(TEXT, [k(Home), k(End)], Action::Home, KeyHomeEnd, false),
            bind!(TEXT, [k(Backspace)], Action::Backspace, KeyBackspace, false),
            bind!(
                TEXT,
                [
                    ctrl('w'),
                    Key::Code(Backspace, ALT),
                    Key::Code(Backspace, CTRL)
                ],
                Action::DeleteWordBack,
                KeyDeleteWord,
                false
            ),
            bind!(TEXT, [ctrl('u')], Action::ClearLine, KeyClearLine, false),
            // Issue 15: the roadmap board, assessment meeting and chart
            bind!(
                RM_BOARD,
                [k(Enter), ch('a')],
                Action::Roadmap(RoadmapKey::Show(Screen::Assess)),
                KeyRmAssess,
                true
            ),
            bind!(
                RM_MOVE,
                [k(Down), ch('j'), k(PageDown), ch('n')],
                Action::Roadmap(RoadmapKey::Next),
                KeyRmNextArea,
                true
            ),
            bind!(
                RM_MOVE,
                [k(Up), ch('k'), k(PageUp), ch('p')],
                Action::Roadmap(RoadmapKey::Prev),
                KeyRmPrevArea,
                false
            ),
            bind!(
                RM_ASSESS,
                [ch('1')],
                Action::Roadmap(RoadmapKey::Status(Status::Achieved)),
                KeyRmAchieved,
                true
            ),
            bind!(
                RM_ASSESS,
                [ch('2')],
                Action::Roadmap(RoadmapKey::Status(Status::Partly)),
                KeyRmPartly,
                true
            ),
            bind!(
                RM_ASSESS,
                [ch('3')],
                Action::Roadmap(RoadmapKey::Status(Status::NotAchieved)),
                KeyRmNotAchieved,
                true
            ),
            bind!(
                RM_ASSESS,
                [ch('0')],
                Action::Roadmap(RoadmapKey::Status(Status::NotAssessed)),
                KeyRmNotAssessed,
                false
            ),
            bind!(
                RM_ASSESS,
                [ch('d'), k(Enter)],
                Action::Roadmap(RoadmapKey::Done),
                KeyRmDone,
                true
            ),
            bind!(
                RM_ASSESS,
                [k(Tab)],
                Action::Roadmap(RoadmapKey::NextTarget),
                KeyRmNextTarget,
                false
            ),
            bind!(
                RM_ASSESS,
                [k(BackTab), Key::Code(BackTab, SHIFT)],
                Action::Roadmap(RoadmapKey::PrevTarget),
                KeyRmPrevTarget,
                false
            ),
            bind!(
                RM_ASSESS,
                [ch('c')],
                Action::Roadmap(RoadmapKey::Comment),
                KeyRmComment,
                false
            ),
            bind!(
                RM_MOVE,
                [ch('g')],
                Action::Roadmap(RoadmapKey::Show(Screen::Chart)),
                KeyRmChart,
                true
            ),
            bind!(
                RM_BACK,
                [k(Esc), ch('b')],
                Action::Roadmap(RoadmapKey::Show(Screen::Board)),
                KeyRmBoard,
                true
            ),
            bind!(
                &[Organize, List(ListKind::Actions)],
                [ch('T')],
                Action::Roadmap(RoadmapKey::Promote),
                KeyRmPromote,
                false
            ),
            bind!(ROADMAP, [ctrl('z')], Action::Undo, KeyUndo, true),
            bind!(
                ROADMAP,
                [ctrl('y'), ctrl('r')],
                Action::Redo,
                KeyRedo,
                false
            ),
            bind!(ROADMAP, [ctrl('t')], Action::TimerNew, KeyTimerNew, false),
            bind!(ROADMAP, [k(F(1)), ch('?')], Action::Help, KeyHelp, true),
            bind!(ROADMAP, [ctrl('q'), ctrl('c')], Action::Quit, KeyQuit, true),
            // Help screen
            bind!(&[Help], [k(Down), ch('j')], Action::Down, KeyScroll, true),
            bind!(&[Help], [k(Up), ch('k')], Action::Up, KeyScroll, false),
            bind!(
                &[Help],
                [k(PageDown), ch(' ')],
                Action::PageDown,
                KeyPageDown,
                false
            ),
            bind!(&[Help], [k(PageUp)], Action::PageUp, KeyPageUp, false),
            bind!(&[Help], [k(Home)], Action::ScrollTop, KeyTop, false),
            bind!(&[Help], [k(End)], Action::ScrollBottom, KeyBottom, false),
            bind!(
                &[Help],
                [k(Esc), k(F(1)), ch('?'), ch('q')],
                Action::Cancel,
                HelpClose,
                true
            ),
            // Issue 13: the room (phones) and the inbox
            bind!(BOARD, [k(F(10))], Action::ToggleRoom, KeyRoom, true),
            bind!(BOARD, [k(F(12))], Action::OpenInbox, KeyInbox, false),
            bind!(ROOM, [k(F(10))], Action::ToggleRoom, KeyRoomClose, true),
            bind!(ROOM, [k(F(12)), ch('i')], Action::OpenInbox, KeyInbox, true),
            bind!(ROOM, [ch('r')], Action::RotateCode, KeyRotateCode, true),
            // Issue 13b: from the room's view, F5 shows its code large for the back of the room.
            bind!(ROOM, [k(F(5))], Action::Present, KeyPresent, true),
            bind!(INBOX, [k(Up), ch('k')], Action::Up, KeyUp, false),
            bind!(INBOX, [k(Down), ch('j')], Action::Down, KeyDown, false),
            bind!(INBOX, [k(Enter)], Action::InboxAccept, KeyInboxAccept, true),
            bind!(
                INBOX,
                [Key::Digits(NONE)],
                Action::JumpTheme(0),
                KeyInboxAcceptInto,
                false
            ),
            bind!(INBOX, [ch('e')], Action::InboxEdit, KeyInboxEdit, true),
            bind!(INBOX, [ch('m')], Action::InboxMerge, KeyInboxMerge, true),
            bind!(
                INBOX,
                [k(Delete), ch('x')],
                Action::InboxReject,
                KeyInboxReject,
                true
            ),
            bind!(INBOX, [ch('b')], Action::InboxBlock, KeyInboxBlock, false),
            bind!(INBOX, [k(F(10))], Action::ShowRoom, KeyShowRoom, false),
            bind!(
                ROOM_AND_INBOX,
                [ch('a')],
                Action::ToggleAutoAccept,
                KeyAutoAccept,
                false
            ),
            bind!(
                ROOM_AND_INBOX,
                [ch('w')],
                Action::ToggleShowWall,
                KeyShowWall,
                false
            ),
            bind!(ROOM_AND_INBOX, [ctrl('z')], Action::Undo, KeyUndo, false),
            bind!(ROOM_AND_INBOX, [ctrl('y')], Action::Redo, KeyRedo, false),
            bind!(ROOM_AND_INBOX, [k(Esc)], Action::Cancel, KeyBack, true),
            bind!(
                ROOM_AND_INBOX,
                [ctrl('q'), ctrl('c')],
                Action::Quit,
                KeyQuit,
                false
            ),
        ]
    })
}
