//! Text hygiene for everything read from disk: a hand-edited session or a tampered journal
//! must not carry control sequences to the board or an export.

use crate::model::text::{clean, is_clean};
use crate::model::{ActionItem, AgendaItem, Change, Idea, Names, ParkingItem, Session, Theme};

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
    tidy_names(&mut t.description);
}

fn tidy_idea(i: &mut Idea) {
    tidy(&mut i.text);
    tidy_opt(&mut i.theme);
    tidy_all(&mut i.sub_points);
    tidy_all(&mut i.merged_from);
    if let Some(source) = i.source.as_deref_mut() {
        tidy_source(source);
    }
}

fn tidy_source(s: &mut crate::model::Source) {
    tidy(&mut s.name);
    tidy(&mut s.organisation);
}

fn tidy_inbox(item: &mut crate::model::InboxItem) {
    tidy(&mut item.text);
    tidy_opt(&mut item.theme);
    tidy_source(&mut item.source);
}

fn tidy_agenda(a: &mut AgendaItem) {
    tidy(&mut a.title);
    tidy(&mut a.prompt);
}

fn tidy_parking(p: &mut ParkingItem) {
    tidy(&mut p.text);
    tidy_all(&mut p.sub_points);
}

fn tidy_action(a: &mut ActionItem) {
    tidy(&mut a.text);
    tidy(&mut a.owner);
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
    s.agenda.iter_mut().for_each(tidy_agenda);
    s.parking.iter_mut().for_each(tidy_parking);
    s.actions.iter_mut().for_each(tidy_action);
    s.inbox.iter_mut().for_each(tidy_inbox);
    if let Some(p) = &mut s.previous {
        tidy(&mut p.title);
    }
    if let Some(r) = &mut s.roadmap {
        r.clean_texts();
    }
}

/// Cleans every text of a change as read from the journal.
pub(crate) fn change(c: &mut Change) {
    match c {
        Change::AddIdea { idea, .. } => tidy_idea(idea),
        Change::RemoveIdea { .. }
        | Change::SetGroup { .. }
        | Change::SetGroupCount { .. }
        | Change::RemoveAgendaItem { .. }
        | Change::MoveAgendaItem { .. }
        | Change::SetCurrentAgenda { .. }
        | Change::Vote { .. }
        | Change::SetVotes { .. }
        | Change::SetVotingRules { .. }
        | Change::DismissDuplicate { .. }
        | Change::UndismissDuplicate { .. }
        | Change::RemoveParkingItem { .. }
        | Change::RemoveAction { .. }
        | Change::RemoveInboxItem { .. }
        | Change::SetRoomRules { .. }
        | Change::SetJoinCode { .. } => {}
        Change::AddInboxItem { item, .. } => tidy_inbox(item),
        Change::EditInboxItem { text, .. } => tidy(text),
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
        Change::AddAgendaItem { item, .. } | Change::EditAgendaItem { item, .. } => {
            tidy_agenda(item)
        }
        Change::SetMergedFrom { merged_from, .. } => tidy_all(merged_from),
        Change::AddParkingItem { item, .. } => tidy_parking(item),
        Change::EditParkingItem { text, .. } => tidy(text),
        Change::AddAction { action, .. } | Change::EditAction { action, .. } => tidy_action(action),
        Change::Roadmap(c) => c.clean_texts(),
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
    fn meeting_changes_are_cleaned() {
        let t = chrono::DateTime::parse_from_rfc3339("2019-04-17T13:00:00+03:00").unwrap();
        let mut item = ParkingItem::new("park\u{1b}[2J", t);
        item.sub_points = vec!["a\u{7}".into()];
        let mut action = ActionItem::new("teh\u{9b}1mdään");
        action.owner = "kunta\tja järjestöt".into();
        let mut c = Change::Batch(vec![
            Change::AddParkingItem {
                item,
                position: None,
            },
            Change::EditAction { index: 0, action },
            Change::SetMergedFrom {
                id: IdeaId(1),
                merged_from: vec!["x\u{202e}y".into()],
            },
            Change::AddAgendaItem {
                item: AgendaItem::new("Avaus\r\n", crate::model::AgendaKind::Opening),
                position: None,
            },
        ]);
        change(&mut c);
        let Change::Batch(cs) = c else { panic!() };
        assert!(matches!(&cs[0], Change::AddParkingItem { item, .. }
            if item.text == "park" && item.sub_points == ["a"]));
        assert!(matches!(&cs[1], Change::EditAction { action, .. }
            if action.text == "tehdään" && action.owner == "kunta ja järjestöt"));
        assert!(
            matches!(&cs[2], Change::SetMergedFrom { merged_from, .. } if merged_from == &["xy"])
        );
        assert!(matches!(&cs[3], Change::AddAgendaItem { item, .. } if item.title == "Avaus"));
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
