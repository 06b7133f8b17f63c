//! Themes (the clusters on the wall) and the theme sets they come from.

use serde::{Deserialize, Serialize};

use super::Lang;

/// A display name in each UI language; Swedish and English fall back to Finnish.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Finnish name (always present).
    pub fi: String,
    /// Swedish name, empty when not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sv: String,
    /// English name, empty when not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Names {
    /// The same name in every language.
    pub fn same(name: &str) -> Names {
        Names {
            fi: name.to_string(),
            sv: String::new(),
            en: String::new(),
        }
    }

    /// The name in `lang`, or the Finnish one when that is missing.
    pub fn get(&self, lang: Lang) -> &str {
        let name = match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        };
        if name.is_empty() { &self.fi } else { name }
    }

    /// Sets the name in `lang`; setting Finnish also fills an empty Finnish slot.
    pub fn set(&mut self, lang: Lang, name: String) {
        match lang {
            Lang::Fi => self.fi = name,
            Lang::Sv => self.sv = name,
            Lang::En => self.en = name,
        }
    }
}

/// One theme: a cluster of ideas with a stable ASCII key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable ASCII key, e.g. `tilat`; ideas refer to their theme by it.
    pub key: String,
    /// Key of the parent theme when this is a sub-theme (two levels at most).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Display name per language.
    pub name: Names,
    /// Optional short description shown in the focus view and exports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Theme {
    /// A top-level theme with a Finnish name only.
    pub fn new(key: &str, name: &str) -> Theme {
        Theme {
            key: key.to_string(),
            parent: None,
            name: Names::same(name),
            description: String::new(),
        }
    }
}

/// A named, ordered set of themes, as shipped in `themes/*.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSet {
    /// Stable key of the set, e.g. `kumppanuus`; the file is `themes/<key>.ron`.
    pub key: String,
    /// Display name per language.
    pub name: Names,
    /// Where the set comes from and when to use it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The themes in display order; a sub-theme follows its parent.
    pub themes: Vec<Theme>,
}

/// Makes an ASCII key from a display name: `Yhteistyö järjestöjen kesken` → `yhteistyo-jarjestojen-kesken`.
pub fn key_from_name(name: &str) -> String {
    let mut key = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'í' | 'ï' => 'i',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if ascii == '-' && (key.is_empty() || key.ends_with('-')) {
            continue;
        }
        key.push(ascii);
    }
    while key.ends_with('-') {
        key.pop();
    }
    if key.is_empty() {
        key.push_str("teema");
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fall_back_to_finnish() {
        let mut n = Names::same("Tilat");
        assert_eq!(n.get(Lang::En), "Tilat");
        n.set(Lang::En, "Spaces".into());
        assert_eq!(n.get(Lang::En), "Spaces");
        assert_eq!(n.get(Lang::Sv), "Tilat");
    }

    #[test]
    fn keys_are_ascii_and_readable() {
        assert_eq!(
            key_from_name("Yhteistyö järjestöjen kesken"),
            "yhteistyo-jarjestojen-kesken"
        );
        assert_eq!(
            key_from_name("  Tilat / kumppanuustalot "),
            "tilat-kumppanuustalot"
        );
        assert_eq!(key_from_name("???"), "teema");
    }
}
