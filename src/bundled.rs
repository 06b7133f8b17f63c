//! Theme sets and example sessions shipped in `themes/` and `sessions/`, embedded so an
//! installed binary works anywhere.

use crate::model::{Session, ThemeSet};

/// The default theme set's key.
pub const DEFAULT_THEME_SET: &str = "kumppanuus";

/// File name and RON text of every shipped theme set.
pub const THEME_SETS: &[(&str, &str)] = &[
    ("kumppanuus.ron", include_str!("../themes/kumppanuus.ron")),
    ("turku-2015.ron", include_str!("../themes/turku-2015.ron")),
    ("keski-suomi.ron", include_str!("../themes/keski-suomi.ron")),
    (
        "varsinais-suomi-2018.ron",
        include_str!("../themes/varsinais-suomi-2018.ron"),
    ),
];

/// File name and RON text of every shipped session.
pub const SESSIONS: &[(&str, &str)] = &[
    (
        "2015-02-04-yhteistyofoorumi.ron",
        include_str!("../sessions/2015-02-04-yhteistyofoorumi.ron"),
    ),
    (
        "2019-04-17-kumppanuuspoyta.ron",
        include_str!("../sessions/2019-04-17-kumppanuuspoyta.ron"),
    ),
];

/// File name and RON text of every shipped roadmap (sessions that carry a roadmap part).
pub const ROADMAPS: &[(&str, &str)] = &[
    (
        "vake-tiekartta-2022-2025.roadmap.ron",
        include_str!("../sessions/vake-tiekartta-2022-2025.roadmap.ron"),
    ),
    (
        "varsinais-suomi-tiekartta-2018-2020.roadmap.ron",
        include_str!("../sessions/varsinais-suomi-tiekartta-2018-2020.roadmap.ron"),
    ),
    (
        "keski-suomi-yhteistyomalli.roadmap.ron",
        include_str!("../sessions/keski-suomi-yhteistyomalli.roadmap.ron"),
    ),
];

/// The shipped roadmap whose file name starts with `name`, parsed.
pub fn roadmap(name: &str) -> Option<Session> {
    ROADMAPS
        .iter()
        .find(|(file, _)| file.starts_with(name))
        .map(|(file, text)| {
            ron::from_str(text).unwrap_or_else(|e| panic!("shipped roadmap {file} is broken: {e}"))
        })
}

/// The demo session opened when the user has none: the 4.2.2015 forum.
pub const DEMO: (&str, &str) = SESSIONS[0];

/// Every shipped theme set, in the order above.
pub fn theme_sets() -> Vec<ThemeSet> {
    THEME_SETS
        .iter()
        .map(|(name, text)| {
            ron::from_str(text)
                .unwrap_or_else(|e| panic!("shipped theme set {name} is broken: {e}"))
        })
        .collect()
}

/// The shipped theme set with `key`, or whose name in some language is `key` as a key
/// (`partnerskapsbord`).
pub fn theme_set(key: &str) -> Option<ThemeSet> {
    let sets = theme_sets();
    let exact = sets.iter().position(|s| s.key == key);
    let index = exact.or_else(|| sets.iter().position(|s| s.answers_to(key)))?;
    sets.into_iter().nth(index)
}

/// The shipped demo session, parsed.
pub fn demo_session() -> Session {
    ron::from_str(DEMO.1).unwrap_or_else(|e| panic!("shipped session {} is broken: {e}", DEMO.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse_and_default_exists() {
        assert_eq!(theme_sets().len(), THEME_SETS.len());
        assert!(theme_set(DEFAULT_THEME_SET).is_some());
        assert_eq!(demo_session().themes.len(), 6);
        for (name, _) in ROADMAPS {
            let session = roadmap(name).expect("listed");
            assert!(session.roadmap.is_some(), "{name} carries a roadmap");
        }
    }
}
