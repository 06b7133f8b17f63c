//! Suggesting ideas that say the same thing, so the secretary can merge them, and
//! remembering the pairs the secretary said are different.

use std::collections::HashSet;

use super::similar::{Features, duplicate_score};
use super::{Change, IdeaId, ModelError, Session};

/// Most ideas one call of [`suggest_duplicates`] looks at (the first ones in board order),
/// so the pairwise comparison stays quick even for a huge session.
pub const MAX_COMPARED: usize = 2000;

/// The pair with the smaller id first, as stored in [`Session::dismissed_pairs`].
pub fn ordered_pair(pair: (IdeaId, IdeaId)) -> (IdeaId, IdeaId) {
    (pair.0.min(pair.1), pair.0.max(pair.1))
}

impl Session {
    /// Position of a dismissed pair (in either order) in [`Session::dismissed_pairs`].
    pub fn dismissed_index(&self, pair: (IdeaId, IdeaId)) -> Option<usize> {
        let pair = ordered_pair(pair);
        self.dismissed_pairs
            .iter()
            .position(|p| ordered_pair(*p) == pair)
    }

    /// Refuses to dismiss a pair twice.
    pub(super) fn check_dismiss(&self, pair: (IdeaId, IdeaId)) -> Result<(), ModelError> {
        let (a, b) = ordered_pair(pair);
        match self.dismissed_index(pair) {
            Some(_) => Err(ModelError::AlreadyDismissed(a, b)),
            None => Ok(()),
        }
    }

    /// Refuses to un-dismiss a pair that is not dismissed.
    pub(super) fn check_undismiss(&self, pair: (IdeaId, IdeaId)) -> Result<(), ModelError> {
        let (a, b) = ordered_pair(pair);
        match self.dismissed_index(pair) {
            Some(_) => Ok(()),
            None => Err(ModelError::NotDismissed(a, b)),
        }
    }
}

/// Pairs of ideas that probably say the same thing, most alike first, as (smaller id,
/// larger id, similarity ≥ [`DUPLICATE_THRESHOLD`](super::similar::DUPLICATE_THRESHOLD)).
///
/// Ideas are compared within a theme; an unsorted idea is compared with every idea.
/// Dismissed pairs are left out, and only the first [`MAX_COMPARED`] ideas are looked at.
/// Meant to be called on request, not per keystroke: 2,000 ideas in one theme take about
/// half a second in a release build.
pub fn suggest_duplicates(session: &Session) -> Vec<(IdeaId, IdeaId, f32)> {
    let ideas = &session.ideas[..session.ideas.len().min(MAX_COMPARED)];
    let features: Vec<Features> = ideas.iter().map(|i| Features::new(&i.text)).collect();
    let dismissed: HashSet<(IdeaId, IdeaId)> = session
        .dismissed_pairs
        .iter()
        .map(|p| ordered_pair(*p))
        .collect();
    let mut found = Vec::new();
    for (i, a) in ideas.iter().enumerate() {
        for (j, b) in ideas.iter().enumerate().skip(i + 1) {
            let comparable = a.theme == b.theme || a.theme.is_none() || b.theme.is_none();
            if !comparable {
                continue;
            }
            let pair = ordered_pair((a.id, b.id));
            if dismissed.contains(&pair) {
                continue;
            }
            if let Some(score) = duplicate_score(&features[i], &features[j]) {
                found.push((pair.0, pair.1, score));
            }
        }
    }
    found.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    found
}

/// Dismisses the suggestion that `a` and `b` are duplicates.
pub fn dismiss_duplicate(session: &Session, a: IdeaId, b: IdeaId) -> Result<Change, ModelError> {
    for id in [a, b] {
        session.idea(id).ok_or(ModelError::NoSuchIdea(id))?;
    }
    if a == b {
        return Err(ModelError::SameIdea(a));
    }
    session.check_dismiss((a, b))?;
    Ok(Change::DismissDuplicate {
        pair: ordered_pair((a, b)),
        position: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Idea, Theme, ThemeSet};

    /// Ideas from Liite 1 of the 4.2.2015 forum (seed 004) and rewordings of them, as a
    /// facilitator might type them when two groups say the same thing.
    fn session(ideas: &[(&str, Option<&str>)]) -> Session {
        let set = ThemeSet {
            key: "turku".into(),
            name: crate::model::Names::same("Turku"),
            description: String::new(),
            themes: vec![
                Theme::new("tilat", "Tilat/kumppanuustalot"),
                Theme::new("avustukset", "Toiminta-avustukset"),
                Theme::new("viestinta", "Tiedonkulku/viestintä/tiedotus"),
            ],
        };
        let mut s = Session::new("Yhteistyöfoorumi", None, &set);
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:00:00+02:00").unwrap();
        for (n, (text, theme)) in ideas.iter().enumerate() {
            let idea = Idea::new(IdeaId(n as u64 + 1), text, *theme, t);
            s.apply(Change::AddIdea {
                idea,
                position: None,
            })
            .unwrap();
        }
        s
    }

    fn score(a: &str, b: &str) -> f32 {
        super::super::similar::text_similarity(a, b)
    }

    const DUPLICATES: &[(&str, &str)] = &[
        (
            "Tilat avattaisiin yhdistysten käyttöön maksutta, käyttäjä vastaa siivouksesta",
            "Maksuttomat tilat yhdistysten käyttöön",
        ),
        (
            "tietoa järjestöjen ja kaupungin tiloista: koko (eri suuruiset ryhmät); hinta",
            "Tieto kaupungin ja järjestöjen tiloista",
        ),
        (
            "Tilojen osoittaminen yhdistyksille, niin pienille kuin suuremmille tilaisuuksille",
            "Tilat osoitetaan yhdistyksille pieniin ja suuriin tilaisuuksiin",
        ),
        ("Kumppanuustalot", "Kumppanuustalo"),
        ("Kumppanuustalot", "kumppanuus talot"),
        (
            "Kaupunki voisi listata yhdistykset jotka toimivat ikäihmisten kanssa",
            "Lista ikäihmisten kanssa toimivista yhdistyksistä",
        ),
        (
            "Säännölliset tapaamiset, jotka kaikki tietävät",
            "Säännöllisiä tapaamisia",
        ),
        (
            "Yhteiset koulutukset kaupungin ja järjestöjen kesken",
            "Järjestöjen ja kaupungin yhteinen koulutus",
        ),
    ];

    const DIFFERENT: &[(&str, &str)] = &[
        (
            "Tilat avattaisiin yhdistysten käyttöön maksutta, käyttäjä vastaa siivouksesta",
            "Tilojen osoittaminen yhdistyksille, niin pienille kuin suuremmille tilaisuuksille",
        ),
        (
            "Tilat avattaisiin yhdistysten käyttöön maksutta, käyttäjä vastaa siivouksesta",
            "ESTEETTÖMYYS mahdollistaa osallistumisen",
        ),
        (
            "Järjestöt hyvinvointikeskuksiin",
            "tietoa järjestöjen ja kaupungin tiloista: koko (eri suuruiset ryhmät); hinta",
        ),
        (
            "Kaupungin avustusten järkiperäistäminen ja prosessien nopeuttaminen",
            "Kaupungin tuki ennustettavampi: asiantuntijat; avustus; tilat;",
        ),
        (
            "Kotisivut, google-haun optimointi",
            "Kaupunki voisi listata yhdistykset jotka toimivat ikäihmisten kanssa",
        ),
        (
            "Avustusten hakeminen/saaminen vaikeaa -> prosessia voisi kehittää ja kuunnella \
             yhdistyksiä ennen avustuskäytäntöjen luomista",
            "Joku apu niille yhdistyksille joilla ei ole palkattua työvoimaa",
        ),
        ("Tilat", "Tilaisuudet"),
    ];

    #[test]
    fn rewordings_from_the_appendix_reach_the_threshold() {
        for (a, b) in DUPLICATES {
            let s = score(a, b);
            assert!(
                s >= super::super::similar::DUPLICATE_THRESHOLD,
                "{a} ~ {b}: {s}"
            );
        }
    }

    #[test]
    fn different_ideas_of_one_theme_stay_below() {
        for (a, b) in DIFFERENT {
            let s = score(a, b);
            assert!(
                s < super::super::similar::DUPLICATE_THRESHOLD,
                "{a} !~ {b}: {s}"
            );
        }
    }

    #[test]
    fn suggestions_are_made_within_a_theme_or_with_unsorted_ideas() {
        let s = session(&[
            ("Kumppanuustalot", Some("tilat")),
            ("Tilat maksutta yhdistyksille", Some("tilat")),
            ("Kumppanuustalo", Some("viestinta")),
            ("kumppanuustaloja", None),
            ("Tilat maksutta yhdistyksille!", Some("tilat")),
        ]);
        let pairs: Vec<(u64, u64)> = suggest_duplicates(&s)
            .iter()
            .map(|(a, b, _)| (a.0, b.0))
            .collect();
        // 1 and 3 are in different themes; 4 is unsorted and pairs with both.
        assert_eq!(pairs.len(), 3, "{pairs:?}");
        assert_eq!(pairs[0], (2, 5), "the identical wording is the best match");
        assert!(pairs.contains(&(1, 4)) && pairs.contains(&(3, 4)));
        let scores: Vec<f32> = suggest_duplicates(&s).iter().map(|p| p.2).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn a_dismissed_pair_is_not_suggested_again_until_undismissed() {
        let mut s = session(&[
            ("Kumppanuustalot", Some("tilat")),
            ("Kumppanuustalo", Some("tilat")),
        ]);
        assert_eq!(suggest_duplicates(&s).len(), 1);
        let undo = s
            .apply(dismiss_duplicate(&s, IdeaId(2), IdeaId(1)).unwrap())
            .unwrap();
        assert_eq!(s.dismissed_pairs, [(IdeaId(1), IdeaId(2))]);
        assert!(suggest_duplicates(&s).is_empty());
        assert_eq!(
            dismiss_duplicate(&s, IdeaId(1), IdeaId(2)),
            Err(ModelError::AlreadyDismissed(IdeaId(1), IdeaId(2)))
        );
        assert_eq!(
            dismiss_duplicate(&s, IdeaId(1), IdeaId(7)),
            Err(ModelError::NoSuchIdea(IdeaId(7)))
        );
        assert_eq!(
            dismiss_duplicate(&s, IdeaId(2), IdeaId(2)),
            Err(ModelError::SameIdea(IdeaId(2)))
        );
        s.apply(undo).unwrap();
        assert!(s.dismissed_pairs.is_empty());
        assert_eq!(suggest_duplicates(&s).len(), 1);
        assert_eq!(
            s.apply(Change::UndismissDuplicate {
                pair: (IdeaId(1), IdeaId(2))
            }),
            Err(ModelError::NotDismissed(IdeaId(1), IdeaId(2)))
        );
    }

    #[test]
    fn only_the_first_ideas_are_compared_in_a_huge_session() {
        let mut ideas: Vec<(String, Option<&str>)> = (0..MAX_COMPARED)
            .map(|n| (format!("{n}"), Some("tilat")))
            .collect();
        ideas.push(("Kumppanuustalot".into(), Some("tilat")));
        ideas.push(("Kumppanuustalo".into(), Some("tilat")));
        let refs: Vec<(&str, Option<&str>)> = ideas.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        let s = session(&refs);
        // Ideas 2001 and 2002 are alike but beyond the cap.
        let beyond = |found: &[(IdeaId, IdeaId, f32)]| {
            found.iter().any(|(a, b, _)| (a.0, b.0) == (2001, 2002))
        };
        assert!(!beyond(&suggest_duplicates(&s)));
        let mut small = s.clone();
        small.ideas.drain(..MAX_COMPARED);
        assert!(beyond(&suggest_duplicates(&small)));
    }
}
