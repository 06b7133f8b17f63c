//! Starting the next session of a series (`foorumi new PATH --from PREVIOUS`): open
//! actions and the parking lot carry over, to be reviewed first.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AgendaItem, AgendaKind, Session, ThemeSet, VotingRules};

/// Which session a session continues: enough to name it in the memo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesLink {
    /// Title of the previous session.
    pub title: String,
    /// Its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// The next session after `previous`, titled `title` on `date`.
///
/// Themes come from `themes`, or when `None` from `previous` as it ended (with any themes
/// added during it). Carried over: language, place, organisers, the voting rules (opened
/// again), the open and partly done actions, and the whole parking lot. Links to ideas of
/// the previous session are dropped, since idea ids start afresh. When anything carried
/// over, the agenda starts with a discussion item titled `review_title` (the caller passes
/// the catalogue's "Edellisen kerran toimenpiteet ja parkkipaikka" in the session's
/// language) to review it; the previous agenda itself is not copied.
pub fn carry_over(
    previous: &Session,
    title: &str,
    date: Option<NaiveDate>,
    themes: Option<&ThemeSet>,
    review_title: &str,
) -> Session {
    let mut next = match themes {
        Some(set) => Session::new(title, date, set),
        None => {
            let set = ThemeSet {
                key: previous.theme_set.clone(),
                name: Default::default(),
                description: String::new(),
                themes: previous.themes.clone(),
            };
            Session::new(title, date, &set)
        }
    };
    next.language = previous.language;
    next.place = previous.place.clone();
    next.organisers = previous.organisers.clone();
    next.voting = VotingRules {
        closed: false,
        ..previous.voting
    };
    next.actions = previous
        .actions
        .iter()
        .filter(|a| a.status.carries_over())
        .map(|a| {
            let mut a = a.clone();
            a.ideas.clear();
            a
        })
        .collect();
    next.parking = previous
        .parking
        .iter()
        .map(|p| {
            let mut p = p.clone();
            p.from_idea = None;
            p
        })
        .collect();
    if !next.actions.is_empty() || !next.parking.is_empty() {
        next.agenda
            .push(AgendaItem::new(review_title, AgendaKind::Discussion));
    }
    next.previous = Some(SeriesLink {
        title: previous.title.clone(),
        date: previous.date,
    });
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActionItem, ActionStatus, IdeaId, ParkingItem, Theme};

    const REVIEW: &str = "Edellisen kerran toimenpiteet ja parkkipaikka";

    fn previous() -> Session {
        let set = ThemeSet {
            key: "kumppanuus".into(),
            name: crate::model::Names::same("Kumppanuus"),
            description: String::new(),
            themes: vec![Theme::new("tilat", "Tilat")],
        };
        let mut s = Session::new(
            "Järjestöjen kumppanuuspöytä",
            NaiveDate::from_ymd_opt(2019, 4, 17),
            &set,
        );
        s.place = "Maakuntatalo".into();
        s.themes.push(Theme::new("uusi", "Lisätty kesken"));
        s.voting.cap_per_idea = Some(3);
        s.voting.closed = true;
        s.agenda.push(AgendaItem::new("Avaus", AgendaKind::Opening));
        for (text, status) in [
            ("Hyte-palvelutarjotin", ActionStatus::Done),
            ("Yhteiset työkalut", ActionStatus::Partly),
            ("Järjestöinfo", ActionStatus::Open),
            ("Tilapankki", ActionStatus::NotDone),
        ] {
            let mut a = ActionItem::new(text);
            a.status = status;
            a.ideas = vec![IdeaId(4)];
            s.actions.push(a);
        }
        let t = chrono::DateTime::parse_from_rfc3339("2019-04-17T15:00:00+03:00").unwrap();
        let mut p = ParkingItem::new("Maakunnan avustukset", t);
        p.from_idea = Some(IdeaId(9));
        s.parking.push(p);
        s
    }

    #[test]
    fn open_actions_and_the_parking_lot_carry_over_with_a_review_item_first() {
        let prev = previous();
        let date = NaiveDate::from_ymd_opt(2019, 9, 18);
        let next = carry_over(&prev, "Järjestöjen kumppanuuspöytä", date, None, REVIEW);
        assert_eq!(next.date, date);
        let texts: Vec<&str> = next.actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Yhteiset työkalut", "Järjestöinfo"]);
        assert_eq!(next.actions[0].status, ActionStatus::Partly);
        assert!(next.actions.iter().all(|a| a.ideas.is_empty()));
        assert_eq!(next.parking.len(), 1);
        assert_eq!(next.parking[0].from_idea, None);
        assert_eq!(next.agenda.len(), 1);
        assert_eq!(next.agenda[0].title, REVIEW);
        assert_eq!(next.agenda[0].kind, AgendaKind::Discussion);
        assert_eq!(
            next.previous,
            Some(SeriesLink {
                title: "Järjestöjen kumppanuuspöytä".into(),
                date: NaiveDate::from_ymd_opt(2019, 4, 17),
            })
        );
        assert_eq!(next.place, "Maakuntatalo");
        assert!(next.ideas.is_empty());
        assert_eq!(next.peek_id(), IdeaId(1));
        // Themes as the previous session ended; voting open again with the same cap.
        assert_eq!(next.themes, prev.themes);
        assert_eq!(next.theme_set, "kumppanuus");
        assert_eq!(next.voting.cap_per_idea, Some(3));
        assert!(!next.voting.closed);
    }

    #[test]
    fn a_theme_set_can_replace_the_themes_and_nothing_to_review_adds_no_item() {
        let mut prev = previous();
        prev.actions.retain(|a| !a.status.carries_over());
        prev.parking.clear();
        let set = ThemeSet {
            key: "muu".into(),
            name: crate::model::Names::same("Muu"),
            description: String::new(),
            themes: vec![Theme::new("avustukset", "Avustukset")],
        };
        let next = carry_over(&prev, "Seuraava", None, Some(&set), REVIEW);
        assert_eq!(next.theme_set, "muu");
        assert_eq!(next.themes, set.themes);
        assert!(next.agenda.is_empty() && next.actions.is_empty());
        assert!(next.previous.is_some());
    }
}
