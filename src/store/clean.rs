//! Text hygiene for everything read from disk: a hand-edited session or a tampered journal
//! must not carry control sequences to the board or an export.

use crate::model::text::{clean, is_clean};
use crate::model::{Change, Idea, Names, Session, Theme};

fn tidy(s: &mut String) {
    // Most texts are already clean: a scan, no allocation and no copy for them.
    if !is_clean(s) {
        *s = clean(s);
    }
}

fn tidy_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        tidy(s);
    }
}

fn tidy_all(v: &mut [String]) {
    v.iter_mut().for_each(tidy);
}

/// Cleans a multi-line text line by line, keeping its line breaks (paragraphs of the intro).
fn tidy_lines(s: &mut String) {
    if !s.contains(['\n', '\r']) {
        return tidy(s);
    }
    // Already clean paragraphs: every line clean and no blank line at either end.
    if !s.contains('\r')
        && !s.starts_with('\n')
        && !s.ends_with('\n')
        && s.split('\n').all(is_clean)
    {
        return;
    }
    let cleaned: Vec<String> = s.lines().map(clean).collect();
    let joined = cleaned.join("\n").trim_matches('\n').to_string();
    if joined != *s {
        *s = joined;
    }
}

fn tidy_names(n: &mut Names) {
    tidy(&mut n.fi);
    tidy(&mut n.sv);
    tidy(&mut n.en);
}

fn tidy_theme(t: &mut Theme) {
    tidy(&mut t.key);
    tidy_opt(&mut t.parent);
    tidy_names(&mut t.name);
    tidy(&mut t.description);
}

fn tidy_idea(i: &mut Idea) {
    tidy(&mut i.text);
    tidy_opt(&mut i.theme);
    tidy_all(&mut i.sub_points);
    tidy_all(&mut i.merged_from);
}

/// Cleans every text of a session as read from a file.
pub(crate) fn session(s: &mut Session) {
    tidy(&mut s.title);
    tidy(&mut s.place);
    tidy_all(&mut s.organisers);
    tidy(&mut s.subtitle);
    tidy_lines(&mut s.intro);
    tidy(&mut s.summary_heading);
    tidy(&mut s.theme_set);
    s.themes.iter_mut().for_each(tidy_theme);
    s.ideas.iter_mut().for_each(tidy_idea);
    tidy_all(&mut s.notes);
    for a in &mut s.agenda {
        tidy(&mut a.title);
        tidy(&mut a.prompt);
    }
    for p in &mut s.parking {
        tidy(&mut p.text);
    }
    for a in &mut s.actions {
        tidy(&mut a.text);
        tidy(&mut a.owner);
    }
}

/// Cleans every text of a change as read from the journal.
pub(crate) fn change(c: &mut Change) {
    match c {
        Change::AddIdea { idea, .. } => tidy_idea(idea),
        Change::RemoveIdea { .. } | Change::SetGroup { .. } | Change::SetGroupCount { .. } => {}
        Change::EditIdea { text, .. } => tidy(text),
        Change::MoveIdea { theme, .. } => tidy_opt(theme),
        Change::SetSubPoints { sub_points, .. } => tidy_all(sub_points),
        Change::AddTheme { theme, .. } => tidy_theme(theme),
        Change::RemoveTheme { key } => tidy(key),
        Change::RenameTheme { key, name, .. } => {
            tidy(key);
            tidy(name);
        }
        Change::Batch(changes) => changes.iter_mut().for_each(change),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IdeaId;

    #[test]
    fn intro_keeps_paragraphs_but_loses_escapes() {
        let mut s = String::from("Tavoitteet:\n\u{1b}[31m- yhteistyö\r\n- tilat\t kuntoon\n");
        tidy_lines(&mut s);
        assert_eq!(s, "Tavoitteet:\n- yhteistyö\n- tilat kuntoon");
    }

    #[test]
    fn changes_inside_batches_are_cleaned() {
        let mut c = Change::Batch(vec![Change::EditIdea {
            id: IdeaId(1),
            text: "a\u{7}b".into(),
        }]);
        change(&mut c);
        assert_eq!(
            c,
            Change::Batch(vec![Change::EditIdea {
                id: IdeaId(1),
                text: "ab".into()
            }])
        );
    }
}
