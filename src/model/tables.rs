//! Many tables, one summary: the sessions that group-work tables captured on their own
//! laptops, merged into one session whose ideas keep their table.
//!
//! Themes are matched by key, then by name in any language (case, accents and Finnish
//! endings ignored, with the stems the duplicate finder uses); a theme nothing matches is
//! added. A table's file given again (the same content, under any table name) adds
//! nothing, and from a table's later copy only what is new is added: an idea counts as
//! there already when the same table has it with the same moment of capture and text (as
//! many times as it has it). Agenda items, actions, parking-lot items and notes that are
//! there already are not added again.

use std::collections::HashMap;

use super::fold::fold;
use super::similar::{Features, same_words};
use super::{Idea, IdeaId, Session, Theme, Timestamp};

/// One table's session and the name its ideas are tagged with.
#[derive(Debug, Clone, Copy)]
pub struct TableSession<'a> {
    /// The table's name, e.g. "Ryhmä 3".
    pub table: &'a str,
    /// What the table captured.
    pub session: &'a Session,
}

/// How a table's theme found its place in the merged session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeMatch {
    /// The same key.
    Key,
    /// A name that reads the same.
    Name,
    /// Nothing matched: added as a new theme.
    Added,
}

/// Where one theme of a table went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeMapping {
    /// The theme's key in the table's file.
    pub from: String,
    /// Its key in the merged session.
    pub to: String,
    /// How it was matched.
    pub how: ThemeMatch,
}

/// What merging one table did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableReport {
    /// The table's name.
    pub table: String,
    /// Where each of its themes that holds ideas went, in its own order (the empty ones
    /// are matched or added too, but need no saying).
    pub themes: Vec<ThemeMapping>,
    /// Ideas added.
    pub added: usize,
    /// Ideas left out because the merged session had them already.
    pub already: usize,
}

/// Merges `tables` into `into`, in order, and says what went where.
pub fn merge_tables(into: &mut Session, tables: &[TableSession]) -> Vec<TableReport> {
    let mut seen: Seen = HashMap::new();
    for idea in &into.ideas {
        *seen.entry(idea_key(idea, None)).or_default() += 1;
    }
    let mut merged: Vec<&Session> = Vec::new();
    let mut names: Vec<(String, Vec<Features>)> = into
        .themes
        .iter()
        .map(|t| (t.key.clone(), name_forms(t)))
        .collect();
    tables
        .iter()
        .map(|t| {
            if merged.contains(&t.session) {
                return TableReport {
                    table: t.table.to_string(),
                    themes: Vec::new(),
                    added: 0,
                    already: t.session.ideas.len(),
                };
            }
            merged.push(t.session);
            merge_one(into, t, &mut seen, &mut names)
        })
        .collect()
}

/// How many times each (table, moment, folded text) is in the merged session.
type Seen = HashMap<(Option<String>, Timestamp, String), usize>;

/// What makes an idea the same idea when a table's file is merged again.
fn idea_key(idea: &Idea, table: Option<&str>) -> (Option<String>, Timestamp, String) {
    let table = idea.table.as_deref().or(table).map(str::to_string);
    (table, idea.created, fold(&idea.text))
}

fn merge_one(
    into: &mut Session,
    table: &TableSession,
    seen: &mut Seen,
    names: &mut Vec<(String, Vec<Features>)>,
) -> TableReport {
    let from = table.session;
    let mut themes = Vec::new();
    let mut key_map: HashMap<&str, String> = HashMap::new();
    for theme in &from.themes {
        let mapping = map_theme(into, theme, &key_map, names);
        key_map.insert(&theme.key, mapping.to.clone());
        if from.ideas_in(Some(&theme.key)).next().is_some() {
            themes.push(mapping);
        }
    }
    let mut id_map: HashMap<IdeaId, IdeaId> = HashMap::new();
    let (mut added, mut already) = (0, 0);
    // Counted within this table, so its own two identical lines are both kept.
    let mut here: Seen = HashMap::new();
    for idea in &from.ideas {
        let key = idea_key(idea, Some(table.table));
        let nth = here.entry(key.clone()).or_default();
        *nth += 1;
        let before = seen.get(&key).copied().unwrap_or(0);
        if *nth <= before {
            already += 1;
            continue;
        }
        seen.insert(key, *nth);
        let id = IdeaId(into.next_id);
        into.next_id += 1;
        id_map.insert(idea.id, id);
        let theme = (idea.theme.as_deref()).and_then(|k| key_map.get(k).cloned());
        into.ideas.push(Idea {
            id,
            theme,
            table: Some(
                idea.table
                    .clone()
                    .unwrap_or_else(|| table.table.to_string()),
            ),
            ..idea.clone()
        });
        added += 1;
    }
    into.groups = into.groups.max(from.groups);
    let relink = |id: &IdeaId| id_map.get(id).copied();
    for pair in &from.dismissed_pairs {
        if let (Some(a), Some(b)) = (relink(&pair.0), relink(&pair.1)) {
            into.dismissed_pairs.push(super::ordered_pair((a, b)));
        }
    }
    for item in &from.agenda {
        if !into
            .agenda
            .iter()
            .any(|a| a.title == item.title && a.start == item.start)
        {
            into.agenda.push(item.clone());
        }
    }
    for action in &from.actions {
        if !(into.actions.iter()).any(|a| a.text == action.text && a.owner == action.owner) {
            let mut action = action.clone();
            action.ideas = action.ideas.iter().filter_map(relink).collect();
            into.actions.push(action);
        }
    }
    for item in &from.parking {
        if !into.parking.iter().any(|p| p.text == item.text) {
            let mut item = item.clone();
            item.from_idea = item.from_idea.as_ref().and_then(relink);
            into.parking.push(item);
        }
    }
    for note in &from.notes {
        if !into.notes.contains(note) {
            into.notes.push(note.clone());
        }
    }
    TableReport {
        table: table.table.to_string(),
        themes,
        added,
        already,
    }
}

/// Finds or adds the merged session's theme for a table's `theme`.
fn map_theme(
    into: &mut Session,
    theme: &Theme,
    key_map: &HashMap<&str, String>,
    names: &mut Vec<(String, Vec<Features>)>,
) -> ThemeMapping {
    let mapping = |to: &str, how| ThemeMapping {
        from: theme.key.clone(),
        to: to.to_string(),
        how,
    };
    if into.theme(&theme.key).is_some() {
        return mapping(&theme.key, ThemeMatch::Key);
    }
    let forms = name_forms(theme);
    let matches = |theirs: &[Features]| {
        theirs
            .iter()
            .any(|t| forms.iter().any(|f| same_words(t, f)))
    };
    if let Some((key, _)) = names.iter().find(|(_, theirs)| matches(theirs)) {
        return mapping(key, ThemeMatch::Name);
    }
    // A sub-theme stays one when its parent landed on a top-level theme.
    let parent = (theme.parent.as_deref())
        .and_then(|p| key_map.get(p))
        .filter(|p| into.theme(p).is_some_and(|t| t.parent.is_none()))
        .cloned();
    into.themes.push(Theme {
        parent,
        ..theme.clone()
    });
    names.push((theme.key.clone(), forms));
    mapping(&theme.key, ThemeMatch::Added)
}

/// The theme's names in every language, prepared for comparison as idea texts are.
fn name_forms(theme: &Theme) -> Vec<Features> {
    [&theme.name.fi, &theme.name.sv, &theme.name.en]
        .into_iter()
        .map(|n| Features::new(n))
        .filter(|f| !f.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(&format!("2015-02-04T13:{minute:02}:00+02:00"))
            .unwrap()
    }

    fn table(title: &str, themes: &[(&str, &str)], ideas: &[(&str, &str, u32)]) -> Session {
        let mut s = Session::new(
            title,
            None,
            &crate::model::ThemeSet {
                key: String::new(),
                name: Default::default(),
                description: String::new(),
                themes: themes.iter().map(|(k, n)| Theme::new(k, n)).collect(),
            },
        );
        for (n, (theme, text, votes)) in ideas.iter().enumerate() {
            let mut idea = Idea::new(IdeaId(n as u64), text, Some(theme), at(n as u32));
            idea.votes = *votes;
            s.ideas.push(idea);
            s.next_id = n as u64 + 1;
        }
        s
    }

    fn empty() -> Session {
        table("Yhteenveto", &[], &[])
    }

    fn same_name(a: &str, b: &str) -> bool {
        same_words(&Features::new(a), &Features::new(b))
    }

    #[test]
    fn names_match_across_case_accents_and_endings() {
        assert!(same_name("Tilat", "TILOISSA"));
        assert!(same_name(
            "Yhteistyö järjestöjen kesken",
            "yhteistyo jarjestojen kesken"
        ));
        assert!(same_name(
            "Kumppanuuden kehittäminen",
            "Kumppanuuden kehittämisestä"
        ));
        assert!(!same_name("Tilat", "Viestintä"));
        assert!(!same_name("Tilat", "Tilat/kumppanuustalot"));
    }

    #[test]
    fn same_file_twice_adds_nothing_and_keeps_votes() {
        let a = table(
            "Ryhmä 1",
            &[("tilat", "Tilat")],
            &[("tilat", "Koulut iltaisin", 3)],
        );
        let mut into = empty();
        let tables = [
            TableSession {
                table: "Ryhmä 1",
                session: &a,
            },
            TableSession {
                table: "Ryhmä 1",
                session: &a,
            },
        ];
        let report = merge_tables(&mut into, &tables);
        assert_eq!(
            (report[0].added, report[1].added, report[1].already),
            (1, 0, 1)
        );
        assert_eq!(into.ideas.len(), 1);
        assert_eq!(into.ideas[0].votes, 3);
        assert_eq!(into.ideas[0].table.as_deref(), Some("Ryhmä 1"));
    }

    #[test]
    fn a_theme_with_another_key_but_the_same_name_is_one_theme() {
        let a = table("Ryhmä 1", &[("tilat", "Tilat")], &[("tilat", "Koulut", 1)]);
        let b = table("Ryhmä 2", &[("t2", "TILA")], &[("t2", "Kirjastot", 2)]);
        let mut into = empty();
        let report = merge_tables(
            &mut into,
            &[
                TableSession {
                    table: "Ryhmä 1",
                    session: &a,
                },
                TableSession {
                    table: "Ryhmä 2",
                    session: &b,
                },
            ],
        );
        assert_eq!(into.themes.len(), 1);
        assert_eq!(report[1].themes[0].how, ThemeMatch::Name);
        assert!(
            into.ideas
                .iter()
                .all(|i| i.theme.as_deref() == Some("tilat"))
        );
        assert_eq!(into.ideas.iter().map(|i| i.votes).sum::<u32>(), 3);
    }

    #[test]
    fn the_same_words_at_two_tables_stay_two_ideas_and_a_later_copy_adds_only_the_new() {
        // Imported files stamp every idea with the same moment.
        let a = table("Ryhmä 1", &[("tilat", "Tilat")], &[("tilat", "Koulut", 1)]);
        let mut b = a.clone();
        b.title = "Ryhmä 2".into();
        b.ideas[0].votes = 2;
        let mut later = a.clone();
        later
            .ideas
            .push(Idea::new(IdeaId(1), "Kirjastot", Some("tilat"), at(0)));
        let mut into = empty();
        let report = merge_tables(
            &mut into,
            &[
                TableSession {
                    table: "Ryhmä 1",
                    session: &a,
                },
                TableSession {
                    table: "Ryhmä 2",
                    session: &b,
                },
                TableSession {
                    table: "Ryhmä 1",
                    session: &later,
                },
            ],
        );
        let added: Vec<usize> = report.iter().map(|r| r.added).collect();
        assert_eq!(added, [1, 1, 1]);
        assert_eq!(into.ideas.iter().map(|i| i.votes).sum::<u32>(), 3);
    }
}
