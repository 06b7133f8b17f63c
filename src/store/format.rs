//! The session file format: RON, human-editable, `version: 1`.

use std::collections::HashSet;
use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::error::Problem;
use super::replay::MAX_IDEA_ID;
use super::{StoreError, clean};
use crate::model::{FORMAT_VERSION, Session};

/// The session as the RON text written to disk (with `#![enable(implicit_some)]`, 4-space
/// indent, no struct names, so hand edits stay short: `date: "2015-02-04"`).
pub fn to_ron(session: &Session) -> String {
    let config = PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME);
    // Every field of a session is a string, number, date, list or option: RON can write all
    // of them, so this cannot fail for any session value.
    let mut text =
        ron::ser::to_string_pretty(session, config).expect("every Session value serialises to RON");
    text.push('\n');
    text
}

/// Only the version, read when the full parse fails: a newer file may have fields this build
/// does not know, and "too new" is the helpful message then, not "unknown field".
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    version: u32,
}

fn options() -> ron::Options {
    // Accept `Some(x)` and bare `x` alike, with or without the header, as people edit by hand.
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses and validates a session file's text; `name` (the file) is used in errors.
///
/// Every text is cleaned with [`crate::model::text::clean`] after parsing, and `next_id` is
/// raised past every idea id, so what a hand edit left behind cannot break the board.
pub fn parse_session(text: &str, name: &str) -> Result<Session, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let newer = |found| StoreError::NewerVersion {
        name: name.to_string(),
        found,
        supported: FORMAT_VERSION,
    };
    // One parse when the file is good; the version alone is probed only when the full parse
    // fails, so a newer file's unknown fields are reported as "too new", not as errors.
    let mut session: Session = match options().from_str(text) {
        Ok(session) => session,
        Err(e) => {
            if let Ok(probe) = options().from_str::<Probe>(text)
                && probe.version > FORMAT_VERSION
            {
                return Err(newer(probe.version));
            }
            return Err(StoreError::Parse {
                name: name.to_string(),
                line: e.span.start.line,
                column: e.span.start.col,
                code: e.code,
            });
        }
    };
    if session.version > FORMAT_VERSION {
        return Err(newer(session.version));
    }
    clean::session(&mut session);
    validate(&session).map_err(|problem| StoreError::Invalid {
        name: name.to_string(),
        problem,
    })?;
    // `next_id` is derived data: past the limit (a hand edit) it is recomputed, so the next
    // new idea cannot overflow the model's id arithmetic.
    if session.next_id > MAX_IDEA_ID {
        session.next_id = 0;
    }
    session.next_id = session.peek_id().0;
    // A hand-edited file may point past its agenda; no item is current then.
    if session
        .current_agenda
        .is_some_and(|i| i >= session.agenda.len())
    {
        session.current_agenda = None;
    }
    Ok(session)
}

/// Parses a session from bytes that should be UTF-8 text.
pub(crate) fn parse_bytes(bytes: &[u8], name: &str) -> Result<Session, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| StoreError::NotUtf8 {
        name: name.to_string(),
        at: e.valid_up_to(),
    })?;
    parse_session(text, name)
}

/// Reads, parses and validates the session file at `path`, ignoring journal and backups.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let bytes = std::fs::read(path).map_err(|e| StoreError::read(path, e))?;
    parse_bytes(&bytes, &path.display().to_string())
}

/// Checks what the model relies on: unique ids and keys, and every reference resolves.
pub(crate) fn validate(s: &Session) -> Result<(), Problem> {
    let mut keys = HashSet::new();
    for t in &s.themes {
        if !crate::model::theme_key_ok(&t.key) {
            return Err(Problem::EmptyThemeKey);
        }
        if !keys.insert(t.key.as_str()) {
            return Err(Problem::DuplicateTheme(t.key.clone()));
        }
    }
    for t in &s.themes {
        if let Some(parent) = &t.parent {
            let Some(p) = s.theme(parent) else {
                return Err(Problem::ParentMissing(t.key.clone(), parent.clone()));
            };
            // Two levels at most; this also rules out a theme being its own parent.
            if p.parent.is_some() || p.key == t.key {
                return Err(Problem::ParentNested(t.key.clone(), parent.clone()));
            }
        }
    }
    let mut ids = HashSet::with_capacity(s.ideas.len());
    for i in &s.ideas {
        if !crate::model::idea_id_ok(i.id) {
            return Err(Problem::IdeaIdTooLarge(i.id));
        }
        if !ids.insert(i.id) {
            return Err(Problem::DuplicateIdea(i.id));
        }
        if let Some(theme) = &i.theme
            && !keys.contains(theme.as_str())
        {
            return Err(Problem::IdeaTheme(i.id, theme.clone()));
        }
        if let Some(g) = i.group
            && (g == 0 || g > s.groups)
        {
            return Err(Problem::IdeaGroup(i.id, g, s.groups));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Idea, IdeaId, Lang, Theme, ThemeSet};

    fn sample() -> Session {
        let set = ThemeSet {
            key: "kumppanuus".into(),
            name: crate::model::Names::same("Kumppanuus"),
            description: String::new(),
            themes: vec![
                Theme::new("tilat", "Tilat"),
                Theme::new("viestinta", "Viestintä"),
            ],
        };
        let mut s = Session::new(
            "Yhteistyöfoorumi",
            chrono::NaiveDate::from_ymd_opt(2015, 2, 4),
            &set,
        );
        s.groups = 2;
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:05:00+02:00").unwrap();
        let mut idea = Idea::new(
            IdeaId(1),
            "Yhteiset tilat \"kaikille\" 🏠",
            Some("tilat"),
            t,
        );
        idea.group = Some(2);
        s.ideas.push(idea);
        s.next_id = 2;
        s
    }

    #[test]
    fn writes_the_documented_shape() {
        let text = to_ron(&sample());
        assert!(text.starts_with("#![enable(implicit_some)]\n("), "{text}");
        assert!(text.contains("\n    version: 1,\n"), "{text}");
        assert!(text.contains("date: \"2015-02-04\""), "{text}");
        assert!(!text.contains("Session("), "{text}");
        assert!(!text.contains("Some("), "{text}");
    }

    #[test]
    fn round_trips() {
        let s = sample();
        assert_eq!(parse_session(&to_ron(&s), "a.ron").unwrap(), s);
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let text = to_ron(&sample()).replace("title:", "titel:");
        let e = parse_session(&text, "forum.ron").unwrap_err();
        let StoreError::Parse {
            name, line, column, ..
        } = &e
        else {
            panic!("{e:?}");
        };
        assert_eq!(name, "forum.ron");
        let expected_line = text.lines().position(|l| l.contains("titel")).unwrap() + 1;
        assert_eq!(*line, expected_line);
        assert!(*column > 1);
        assert!(
            e.text(Lang::En)
                .starts_with(&format!("forum.ron:{expected_line}:"))
        );
    }

    #[test]
    fn newer_version_is_refused_with_its_own_message() {
        let text = to_ron(&sample())
            .replace("version: 1", "version: 7")
            .replace("title:", "future_field: (),\n    title:");
        let e = parse_session(&text, "new.ron").unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::NewerVersion {
                    found: 7,
                    supported: 1,
                    ..
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn newer_version_is_refused_also_when_everything_else_parses() {
        let text = to_ron(&sample()).replace("version: 1", "version: 2");
        assert!(matches!(
            parse_session(&text, "new.ron"),
            Err(StoreError::NewerVersion {
                found: 2,
                supported: 1,
                ..
            })
        ));
        // A syntax error in a file of this version is a syntax error, not "too new".
        let text = to_ron(&sample()).replace("title:", "title::");
        assert!(matches!(
            parse_session(&text, "a.ron"),
            Err(StoreError::Parse { .. })
        ));
    }

    #[test]
    fn hand_edits_without_header_and_with_some_still_parse() {
        let text = to_ron(&sample())
            .replace("#![enable(implicit_some)]\n", "")
            .replace("group: 2", "group: Some(2)");
        assert_eq!(parse_session(&text, "a.ron").unwrap(), sample());
    }

    #[test]
    fn inconsistencies_are_named() {
        let mut s = sample();
        s.ideas[0].theme = Some("nope".into());
        let e = parse_session(&to_ron(&s), "a.ron").unwrap_err();
        assert!(matches!(
            e,
            StoreError::Invalid {
                problem: Problem::IdeaTheme(IdeaId(1), _),
                ..
            }
        ));
        let mut s = sample();
        s.ideas[0].group = Some(3);
        assert!(matches!(
            parse_session(&to_ron(&s), "a.ron"),
            Err(StoreError::Invalid {
                problem: Problem::IdeaGroup(IdeaId(1), 3, 2),
                ..
            })
        ));
        let mut s = sample();
        s.ideas.push(s.ideas[0].clone());
        assert!(matches!(
            parse_session(&to_ron(&s), "a.ron"),
            Err(StoreError::Invalid {
                problem: Problem::DuplicateIdea(IdeaId(1)),
                ..
            })
        ));
        let mut s = sample();
        s.themes[1].parent = Some("viestinta".into());
        assert!(matches!(
            parse_session(&to_ron(&s), "a.ron"),
            Err(StoreError::Invalid {
                problem: Problem::ParentNested(..),
                ..
            })
        ));
    }

    #[test]
    fn texts_are_cleaned_and_next_id_repaired() {
        let mut s = sample();
        s.title = "Foorumi\u{1b}]0;pwned\u{7}".into();
        s.next_id = 0;
        let parsed = parse_session(&to_ron(&s), "a.ron").unwrap();
        assert_eq!(parsed.title, "Foorumi");
        assert_eq!(parsed.next_id, 2);
    }

    #[test]
    fn huge_ids_are_refused_not_overflowed() {
        let text = to_ron(&sample()).replace("id: 1,", "id: 18446744073709551615,");
        assert!(matches!(
            parse_session(&text, "a.ron"),
            Err(StoreError::Invalid {
                problem: Problem::IdeaIdTooLarge(_),
                ..
            })
        ));
        let text = to_ron(&sample()).replace("next_id: 2", "next_id: 18446744073709551615");
        assert_eq!(parse_session(&text, "a.ron").unwrap().next_id, 2);
    }

    #[test]
    fn meeting_fields_round_trip_and_a_stale_current_item_is_dropped() {
        use crate::model::{
            ActionItem, ActionStatus, AgendaItem, AgendaKind, ParkingItem, SeriesLink,
        };
        let mut s = sample();
        s.agenda.push(AgendaItem::new("Avaus", AgendaKind::Opening));
        s.current_agenda = Some(0);
        s.voting.cap_per_idea = Some(3);
        s.voting.hidden = true;
        s.dismissed_pairs.push((IdeaId(1), IdeaId(4)));
        s.previous = Some(SeriesLink {
            title: "Kumppanuuspöytä".into(),
            date: chrono::NaiveDate::from_ymd_opt(2019, 4, 17),
        });
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:05:00+02:00").unwrap();
        let mut p = ParkingItem::new("Parkissa", t);
        p.sub_points.push("alakohta".into());
        p.from_idea = Some(IdeaId(4));
        s.parking.push(p);
        let mut a = ActionItem::new("Tehdään");
        a.status = ActionStatus::Partly;
        s.actions.push(a);
        assert!(to_ron(&s).contains("voting: (\n"));
        // The session went up to idea 4 before it was parked: its id is not handed out again.
        s.next_id = 5;
        let text = to_ron(&s);
        assert_eq!(parse_session(&text, "a.ron").unwrap(), s);
        let stale = text.replace("current_agenda: 0", "current_agenda: 3");
        assert_eq!(parse_session(&stale, "a.ron").unwrap().current_agenda, None);
        // Without meeting data nothing new is written: version 1 files stay as they were.
        let plain = to_ron(&sample());
        for field in ["current_agenda", "voting", "dismissed_pairs", "previous"] {
            assert!(!plain.contains(field), "{plain}");
        }
    }

    #[test]
    fn not_utf8_is_named() {
        let e = parse_bytes(b"(version: 1, title: \"\xff\")", "x.ron").unwrap_err();
        assert!(matches!(e, StoreError::NotUtf8 { at: 21, .. }), "{e:?}");
    }
}
