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

    /// True when there is no text in any language.
    pub fn is_empty(&self) -> bool {
        self.fi.is_empty() && self.sv.is_empty() && self.en.is_empty()
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

impl From<&str> for Names {
    /// The same text in every language: [`Names::same`].
    fn from(text: &str) -> Names {
        Names::same(text)
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
    /// Optional short description shown in the focus view and exports, per language; in a
    /// file a plain string (Finnish) or `(fi: "…", sv: "…", en: "…")`.
    #[serde(
        default,
        skip_serializing_if = "Names::is_empty",
        with = "plain_or_names"
    )]
    pub description: Names,
}

/// A [`Names`] that is written as a plain string while it has Finnish only, so sessions
/// and theme sets written before translations existed read and write back unchanged.
mod plain_or_names {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Names;

    /// Either shape, as read from a file.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Plain(String),
        PerLanguage(Names),
    }

    /// Writes a plain string while only the Finnish text is there.
    pub fn serialize<S: Serializer>(names: &Names, out: S) -> Result<S::Ok, S::Error> {
        if names.sv.is_empty() && names.en.is_empty() {
            out.serialize_str(&names.fi)
        } else {
            names.serialize(out)
        }
    }

    /// Reads either shape.
    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Names, D::Error> {
        Ok(match Either::deserialize(input)? {
            Either::Plain(fi) => Names::same(&fi),
            Either::PerLanguage(names) => names,
        })
    }
}

impl Theme {
    /// The key people type in `lang`: the stable key in Finnish, in Swedish and English
    /// the key made from the name in that language (`lokaler`, `spaces`).
    pub fn key_in(&self, lang: Lang) -> String {
        key_in(&self.key, &self.name, lang)
    }

    /// True when `word` names this theme in some language: its stable key, or the key made
    /// from its name in Finnish, Swedish or English, ignoring case and accents.
    pub fn answers_to(&self, word: &str) -> bool {
        answers_to(&self.key, &self.name, word)
    }

    /// A top-level theme with a Finnish name only.
    pub fn new(key: &str, name: &str) -> Theme {
        Theme {
            key: key.to_string(),
            parent: None,
            name: Names::same(name),
            description: Names::default(),
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

impl ThemeSet {
    /// True when `word` names this set: its key, or its name in any language as a key
    /// (`partnerskapsbord`).
    pub fn answers_to(&self, word: &str) -> bool {
        answers_to(&self.key, &self.name, word)
    }
}

/// The key of a theme with `key` and `names` as a user of `lang` types it: the stable key in
/// Finnish, else the key made from the name in `lang` (`lokaler`).
pub fn key_in(key: &str, names: &Names, lang: Lang) -> String {
    match lang {
        Lang::Fi => key.to_string(),
        _ if names.get(lang) == names.fi => key.to_string(),
        _ => key_from_name(names.get(lang)),
    }
}

/// True when `word` is `key` or the key made from one of `names` (any language, any case).
pub fn answers_to(key: &str, names: &Names, word: &str) -> bool {
    let word = key_from_name(word);
    word == key
        || [&names.fi, &names.sv, &names.en]
            .iter()
            .any(|n| !n.is_empty() && key_from_name(n) == word)
}

/// Makes an ASCII key from a display name: `Yhteistyö järjestöjen kesken` → `yhteistyo-jarjestojen-kesken`.
pub fn key_from_name(name: &str) -> String {
    let mut key = String::new();
    for c in super::fold::fold(name).chars() {
        let ascii = if c.is_ascii_alphanumeric() { c } else { '-' };
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
    fn a_theme_answers_to_its_key_in_every_language() {
        let mut t = Theme::new("tilat", "Tilat");
        t.name.set(Lang::Sv, "Lokaler".into());
        t.name.set(Lang::En, "Meeting spaces".into());
        for word in [
            "tilat",
            "Tilat",
            "lokaler",
            "LOKALER",
            "meeting-spaces",
            "Meeting spaces",
        ] {
            assert!(t.answers_to(word), "{word}");
        }
        assert!(!t.answers_to("avustukset"));
        assert_eq!(t.key_in(Lang::Sv), "lokaler");
        assert_eq!(t.key_in(Lang::En), "meeting-spaces");
        assert_eq!(t.key_in(Lang::Fi), "tilat");
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

    #[test]
    fn keys_fold_like_search_does() {
        // One fold for the crate: a decomposed ä (as macOS pastes it) and letters beyond the
        // Nordic ones make the same key as their plain forms.
        assert_eq!(
            key_from_name("Ta\u{308}rkea\u{308}"),
            key_from_name("Tärkeä")
        );
        assert_eq!(key_from_name("Łódź – Škoda"), "lodz-skoda");
    }
}
