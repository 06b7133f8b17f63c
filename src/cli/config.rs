//! The user's configuration file (`config.ron` in the config directory).

use serde::Deserialize;

use crate::i18n::Lang;
use crate::tui::style::Palette;

/// Settings read from `config.ron`; every field is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Interface language.
    pub lang: Option<Lang>,
    /// Colour palette.
    pub palette: Option<Palette>,
}

impl Config {
    /// Reads the configuration; a missing file gives defaults, a broken one a warning and defaults.
    pub fn load() -> Config {
        let Ok(dir) = crate::store::config_dir() else {
            return Config::default();
        };
        let path = dir.join("config.ron");
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Config::default();
        };
        match ron::from_str(&text) {
            Ok(config) => config,
            Err(e) => {
                eprintln!("foorumi: {}: {e}", super::shown(&path));
                Config::default()
            }
        }
    }
}
