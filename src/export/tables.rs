//! The summary grouped by table, as group-work summaries are written: each table a
//! heading, its ideas under the themes they were given.
//!
//! Rather than teach every format a second layout, the session is regrouped: each table
//! becomes a theme and each of its themes a sub-theme, so every memo format writes the
//! familiar two levels ("Ryhmä 1 – Tilat").

use std::collections::HashMap;

use crate::i18n::Msg;
use crate::model::{Idea, Lang, Names, Session, Theme};

/// The note that says which table an idea came from (sanitized, not yet escaped for the
/// format); `None` for an idea captured at no table.
pub fn table_label(idea: &Idea) -> Option<String> {
    idea.table
        .as_deref()
        .map(super::sanitize)
        .filter(|t| !t.is_empty())
}

/// `session` with one theme per table, in the order the tables first appear, and one
/// sub-theme per theme a table used; the ideas lose their table tag, which their heading
/// now says. Ideas from no table come last, under "Ei pöytää".
pub fn by_table(session: &Session) -> Session {
    let mut grouped = session.clone();
    let mut tables: Vec<Option<&str>> = Vec::new();
    for idea in &session.ideas {
        if !tables.contains(&idea.table.as_deref()) {
            tables.push(idea.table.as_deref());
        }
    }
    // The idea-less table goes last, as the unsorted pool does.
    if let Some(at) = tables.iter().position(Option::is_none) {
        let none = tables.remove(at);
        tables.push(none);
    }
    let mut themes = Vec::new();
    let mut theme_of: HashMap<(Option<&str>, Option<&str>), String> = HashMap::new();
    for (n, table) in tables.iter().enumerate() {
        let table_key = format!("poyta-{}", n + 1);
        let name = match table {
            Some(t) => Names::same(t),
            None => Names {
                fi: Msg::NoTable.get(Lang::Fi).to_string(),
                sv: Msg::NoTable.get(Lang::Sv).to_string(),
                en: Msg::NoTable.get(Lang::En).to_string(),
            },
        };
        themes.push(Theme {
            key: table_key.clone(),
            parent: None,
            name,
            description: Names::default(),
        });
        theme_of.insert((*table, None), table_key.clone());
        for theme in &session.themes {
            let used = (session.ideas.iter())
                .any(|i| i.table.as_deref() == *table && i.theme.as_deref() == Some(&theme.key));
            if used {
                let key = format!("{table_key}-{}", theme.key);
                themes.push(Theme {
                    key: key.clone(),
                    parent: Some(table_key.clone()),
                    name: theme.name.clone(),
                    description: Names::default(),
                });
                theme_of.insert((*table, Some(&theme.key)), key);
            }
        }
    }
    for (idea, was) in grouped.ideas.iter_mut().zip(&session.ideas) {
        let table = was.table.as_deref();
        let theme = was.theme.as_deref().filter(|k| session.theme(k).is_some());
        idea.theme = theme_of
            .get(&(table, theme))
            .or_else(|| theme_of.get(&(table, None)))
            .cloned();
        idea.table = None;
    }
    grouped.themes = themes;
    grouped
}
