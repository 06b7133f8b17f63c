//! `foorumi themes`: the shipped theme sets and their keys.

use super::Failure;
use crate::bundled;
use crate::i18n::{Lang, Msg};

/// Prints every theme set with its keys and names.
pub fn run(lang: Lang) -> Result<(), Failure> {
    let mut text = format!("{}\n", Msg::ThemeSetsHeading.get(lang));
    for set in bundled::theme_sets() {
        text.push_str(&format!("\n{} — {}\n", set.key, set.name.get(lang)));
        for theme in &set.themes {
            let indent = if theme.parent.is_some() { "    " } else { "  " };
            text.push_str(&format!(
                "{indent}{:<28} {}\n",
                theme.key_in(lang),
                theme.name.get(lang)
            ));
        }
    }
    super::print(&text);
    Ok(())
}
