//! How keys are written in the help screen and the footer.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{ALT, Binding, CTRL, Key, NONE, SHIFT};

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
