//! The three languages of the user interface and of theme names.

use serde::{Deserialize, Serialize};

/// A user-interface language: Finnish by default, Swedish and English on request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// suomi
    #[default]
    Fi,
    /// svenska
    Sv,
    /// English
    En,
}

impl Lang {
    /// All languages in catalogue order.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code, as used on the command line and in HTML `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`fi`, `sv`, `en`), ignoring case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}
