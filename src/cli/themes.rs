//! `foorumi themes`: the shipped theme sets and their keys.

use super::Failure;
use crate::bundled;
use crate::i18n::{Lang, Msg};

/// Prints every theme set with its keys and names.
pub fn run(lang: Lang) -> Result<(), Failure> {
    println!("{}", Msg::ThemeSetsHeading.get(lang));
    for set in bundled::theme_sets() {
        println!();
        println!("{} — {}", set.key, set.name.get(lang));
        for theme in &set.themes {
            let indent = if theme.parent.is_some() { "    " } else { "  " };
            println!("{indent}{:<28} {}", theme.key, theme.name.get(lang));
        }
    }
    Ok(())
}
