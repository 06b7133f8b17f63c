//! The one keymap: a table that drives input, the help screen and the footer hints,
//! so they can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::mode::ListKind;
use super::mode::ModeKind::{
    self, Capture, Export, Focus, Help, List, Organize, Present, Prompt, Search,
};
use crate::i18n::Msg;

/// A key or key family that a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// One key with exactly these modifiers (Shift is ignored for characters).
    Code(KeyCode, KeyModifiers),
    /// The digits 1–9 with these modifiers; the action gets the digit.
    Digits(KeyModifiers),
}

/// One line of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Modes in which the binding applies.
    pub modes: &'static [ModeKind],
    /// Keys that trigger it; the first is shown in hints.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// Its description in the help screen and hints.
    pub label: Msg,
    /// Whether the footer shows it.
    pub hint: bool,
}

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
const TIMER: &[ModeKind] = &[Capture, Organize, Focus, Present];

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
            bind!(&[Organize], [ch('u')], Action::Undo, KeyUndo, false),
            bind!(&[Organize], [ch('q')], Action::Quit, KeyQuit, false),
            // Everywhere on the board
            bind!(BOARD, [k(F(2)), ch('z')], Action::Focus, KeyFocus, true),
            bind!(BOARD, [ctrl('z')], Action::Undo, KeyUndo, true),
            bind!(BOARD, [ctrl('y'), ctrl('r')], Action::Redo, KeyRedo, false),
            bind!(BOARD, [k(F(1)), ch('?')], Action::Help, KeyHelp, true),
            bind!(BOARD, [ctrl('q'), ctrl('c')], Action::Quit, KeyQuit, true),
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
            bind!(&[Present], [k(Esc), k(F(5))], Action::Cancel, KeyBack, true),
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
            // Help screen
            bind!(
                &[Help],
                [k(Esc), k(F(1)), ch('?'), ch('q')],
                Action::Cancel,
                HelpClose,
                true
            ),
        ]
    })
}

/// Keys whose binding above covers two directions; resolved here so the table stays one line each.
fn paired(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    match (code, mods) {
        (KeyCode::Right, NONE) => Some(Action::CursorRight),
        (KeyCode::Right, CTRL) => Some(Action::WordRight),
        (KeyCode::End, NONE) => Some(Action::End),
        (KeyCode::Delete, NONE) => Some(Action::DeleteChar),
        _ => None,
    }
}

fn normalise(event: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods = event.modifiers & (CTRL | ALT | SHIFT);
    let mut code = event.code;
    if let KeyCode::Char(c) = code {
        // Shift is already in the character; Ctrl+letters arrive in either case.
        mods.remove(SHIFT);
        if mods.contains(CTRL) {
            code = KeyCode::Char(c.to_ascii_lowercase());
        }
    }
    (code, mods)
}

/// The action for a key press in `mode`, or `None` when the key is unbound there.
/// In text modes an unbound printable character becomes [`Action::Insert`].
pub fn action_for(mode: ModeKind, event: &KeyEvent) -> Option<Action> {
    let (code, mods) = normalise(event);
    let text_mode = matches!(mode, Capture | Prompt | Search);
    if text_mode && let Some(action) = paired(code, mods) {
        return Some(action);
    }
    for binding in bindings().iter().filter(|b| b.modes.contains(&mode)) {
        // In text modes plain characters are text, so letter shortcuts never apply there.
        for key in binding.keys {
            match *key {
                Key::Code(kc, km) if kc == code && km == mods => {
                    let is_plain_char = matches!(kc, KeyCode::Char(_)) && km == NONE;
                    if text_mode && is_plain_char {
                        continue;
                    }
                    return Some(binding.action.clone());
                }
                Key::Digits(km) if km == mods => {
                    if let KeyCode::Char(c @ '1'..='9') = code {
                        return Some(Action::JumpTheme(c as usize - '0' as usize));
                    }
                }
                _ => {}
            }
        }
    }
    match (code, mods) {
        (KeyCode::Char(c), NONE) if text_mode => Some(Action::Insert(c)),
        _ => None,
    }
}

/// How a key is written in the help screen and hints.
pub fn key_label(key: &Key) -> String {
    let (code, mods) = match *key {
        Key::Code(code, mods) => (code, mods),
        Key::Digits(mods) => return format!("{}1…9", mods_label(mods)),
    };
    let name = match code {
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => return "Shift+Tab".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Delete => "Del".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_uppercase().to_string(),
        other => format!("{other:?}"),
    };
    let name = match (code, mods) {
        (KeyCode::Char(c), NONE) if c != ' ' => c.to_string(),
        _ => name,
    };
    format!("{}{name}", mods_label(mods))
}

fn mods_label(mods: KeyModifiers) -> String {
    let mut out = String::new();
    if mods.contains(CTRL) {
        out.push_str("Ctrl+");
    }
    if mods.contains(ALT) {
        out.push_str("Alt+");
    }
    if mods.contains(SHIFT) {
        out.push_str("Shift+");
    }
    out
}

/// All keys of a binding, as shown in help: `Enter / e`.
pub fn keys_label(binding: &Binding) -> String {
    let mut labels: Vec<String> = Vec::new();
    for label in binding.keys.iter().map(key_label) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join(" / ")
}

/// The bindings the footer shows in `mode`.
pub fn hints(mode: ModeKind) -> impl Iterator<Item = &'static Binding> {
    bindings()
        .iter()
        .filter(move |b| b.hint && b.modes.contains(&mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn letters_are_text_in_capture_and_commands_in_organize() {
        let d = key(KeyCode::Char('d'), NONE);
        assert_eq!(action_for(Capture, &d), Some(Action::Insert('d')));
        assert_eq!(action_for(Organize, &d), Some(Action::Delete));
        let shift_a = key(KeyCode::Char('Ä'), SHIFT);
        assert_eq!(action_for(Capture, &shift_a), Some(Action::Insert('Ä')));
    }

    #[test]
    fn digits_choose_themes() {
        let alt3 = key(KeyCode::Char('3'), ALT);
        assert_eq!(action_for(Capture, &alt3), Some(Action::JumpTheme(3)));
        let three = key(KeyCode::Char('3'), NONE);
        assert_eq!(action_for(Capture, &three), Some(Action::Insert('3')));
        assert_eq!(action_for(Organize, &three), Some(Action::JumpTheme(3)));
    }

    #[test]
    fn paired_keys_resolve_both_directions() {
        assert_eq!(
            action_for(Capture, &key(KeyCode::Right, NONE)),
            Some(Action::CursorRight)
        );
        assert_eq!(
            action_for(Capture, &key(KeyCode::Left, NONE)),
            Some(Action::CursorLeft)
        );
        assert_eq!(
            action_for(Prompt, &key(KeyCode::End, NONE)),
            Some(Action::End)
        );
        assert_eq!(
            action_for(Organize, &key(KeyCode::Right, NONE)),
            Some(Action::Right)
        );
    }

    #[test]
    fn ctrl_keys_ignore_case() {
        let z = key(KeyCode::Char('Z'), CTRL | SHIFT);
        assert_eq!(action_for(Capture, &z), Some(Action::Undo));
    }

    #[test]
    fn every_mode_has_hints_and_labels_are_readable() {
        for mode in [
            Capture,
            Organize,
            Focus,
            Prompt,
            Export,
            Present,
            Search,
            List(ListKind::Actions),
            Help,
        ] {
            assert!(hints(mode).next().is_some(), "{mode:?} has no hints");
        }
        assert_eq!(key_label(&Key::Digits(ALT)), "Alt+1…9");
        assert_eq!(key_label(&ctrl('z')), "Ctrl+Z");
    }
}
