//! The user's configuration file (`config.ron` in the config directory).

use serde::Deserialize;

use crate::i18n::Lang;
use crate::store::StoreError;
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
    /// Reads the configuration; a missing file gives defaults, a broken one a warning in
    /// `lang` (the `--lang` given, else Finnish: the file's own choice is what failed) and
    /// defaults.
    pub fn load(lang: Option<Lang>) -> Config {
        match Config::read() {
            Ok(config) => config,
            Err(e) => {
                eprintln!("foorumi: {}", e.text(lang.unwrap_or_default()));
                Config::default()
            }
        }
    }

    /// The language the configuration asks for, without a word when the file is broken:
    /// for the help and usage errors, before `load` reports.
    pub fn language() -> Option<Lang> {
        Config::read().ok().and_then(|c| c.lang)
    }

    fn read() -> Result<Config, StoreError> {
        let Ok(dir) = crate::store::config_dir() else {
            return Ok(Config::default());
        };
        let path = dir.join("config.ron");
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Ok(Config::default());
        };
        // `(lang: sv)` as the README shows it, not only `(lang: Some(sv))`.
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        options.from_str(&text).map_err(|e| StoreError::Parse {
            name: path.display().to_string(),
            line: e.span.start.line,
            column: e.span.start.col,
            code: e.code,
        })
    }
}
