//! The one keymap: a table that drives input, the help screen and the footer hints,
//! so they can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::mode::ModeKind::{self, Capture, Organize, Prompt, Search};
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

mod labels;
mod table;

pub use labels::{key_label, keys_label};
pub use table::bindings;

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const ALT: KeyModifiers = KeyModifiers::ALT;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

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
/// In text modes an unbound printable character becomes [`Action::Insert`]; in organize
/// mode it becomes [`Action::NotACommand`], so the board can say how to get back to typing.
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
                        let n = c as usize - '0' as usize;
                        return Some(match binding.action {
                            Action::MoveToTheme(_) => Action::MoveToTheme(n),
                            _ => Action::JumpTheme(n),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    match (code, mods) {
        (KeyCode::Char(c), NONE) if text_mode => Some(Action::Insert(c)),
        (KeyCode::Char(c), NONE) if mode == Organize && !c.is_control() => {
            Some(Action::NotACommand)
        }
        _ => None,
    }
}

/// How the keys bound to `action` in `mode` are written, e.g. `Esc / i`.
pub fn keys_for(mode: ModeKind, action: &Action) -> Option<String> {
    bindings()
        .iter()
        .find(|b| b.modes.contains(&mode) && b.action == *action)
        .map(keys_label)
}

/// The bindings the footer shows in `mode`.
pub fn hints(mode: ModeKind) -> impl Iterator<Item = &'static Binding> {
    bindings()
        .iter()
        .filter(move |b| b.hint && b.modes.contains(&mode))
}

#[cfg(test)]
mod tests {
    use super::super::mode::ListKind;
    use super::super::mode::ModeKind::{Export, Focus, Help, Inbox, List, Present, Roadmap, Room};
    use super::super::roadmap::Screen;
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
    fn unbound_letters_in_organize_are_reported_not_ignored() {
        // 'x' and 'Ö' have no command in organize mode; a facilitator typing there needs telling.
        for c in ['x', 'Ö', ' '] {
            let event = key(KeyCode::Char(c), NONE);
            assert_eq!(action_for(Organize, &event), Some(Action::NotACommand));
        }
        // Bound letters keep their commands, and other modes are unchanged.
        assert_eq!(
            action_for(Organize, &key(KeyCode::Char('i'), NONE)),
            Some(Action::Capture)
        );
        assert_eq!(action_for(Focus, &key(KeyCode::Char('x'), NONE)), None);
        assert_eq!(action_for(Organize, &key(KeyCode::Char('x'), ALT)), None);
        assert_eq!(
            keys_for(Organize, &Action::Capture).as_deref(),
            Some("Esc / i")
        );
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

    /// Every mode the board can be in, for table-wide checks.
    const ALL_MODES: [ModeKind; 18] = [
        Room,
        Inbox,
        Roadmap(Screen::Board),
        Roadmap(Screen::Assess),
        Roadmap(Screen::Chart),
        Capture,
        Organize,
        Focus,
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

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        let mut clashes = Vec::new();
        for mode in ALL_MODES {
            let text_mode = matches!(mode, Capture | Prompt | Search);
            let mut seen: Vec<((KeyCode, KeyModifiers), &Binding)> = Vec::new();
            for binding in bindings().iter().filter(|b| b.modes.contains(&mode)) {
                let keys: Vec<(KeyCode, KeyModifiers)> = binding
                    .keys
                    .iter()
                    .flat_map(|key| match *key {
                        Key::Code(code, mods) => vec![(code, mods)],
                        Key::Digits(mods) => {
                            ('1'..='9').map(|c| (KeyCode::Char(c), mods)).collect()
                        }
                    })
                    // In text modes plain characters are text, never commands.
                    .filter(|(code, mods)| {
                        !(text_mode && matches!(code, KeyCode::Char(_)) && *mods == NONE)
                    })
                    .collect();
                for key in keys {
                    match seen.iter().find(|(k, _)| *k == key) {
                        Some((_, first)) => clashes.push(format!(
                            "{mode:?}: {} is {:?} and {:?}",
                            key_label(&Key::Code(key.0, key.1)),
                            first.action,
                            binding.action
                        )),
                        None => seen.push((key, binding)),
                    }
                }
            }
        }
        assert!(clashes.is_empty(), "{clashes:#?}");
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
        assert_eq!(key_label(&Key::Code(KeyCode::Char('z'), CTRL)), "Ctrl+Z");
    }
}
