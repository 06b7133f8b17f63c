//! Why a change does not fit a session, said in the user's language. The model names what is
//! wrong as data ([`ModelError`]); the words for it belong here, with the catalogue.

use super::Msg;
use crate::model::{Lang, ModelError};

/// Why a change does not fit a session, in `lang`.
pub fn model_error_text(error: &ModelError, lang: Lang) -> String {
    match error {
        ModelError::BadThemeKey(_) => Msg::EmptyThemeKey.get(lang).to_string(),
        ModelError::IdeaIdTooLarge(id) => Msg::IdeaIdTooLarge.fill(lang, &[id]),
        ModelError::NoSuchIdea(id) => Msg::NoSuchIdeaNumber.fill(lang, &[id]),
        ModelError::DuplicateIdea(id) => Msg::IdeaNumberTaken.fill(lang, &[id]),
        ModelError::NoSuchTheme(k) => Msg::NoSuchThemeKey.fill(lang, &[k]),
        ModelError::DuplicateTheme(k) => Msg::ThemeKeyTaken.fill(lang, &[k]),
        ModelError::ThemeNotEmpty(k) => Msg::ThemeKeyNotEmpty.fill(lang, &[k]),
        ModelError::NoSuchGroup(g) => Msg::NoSuchGroup.fill(lang, &[g]),
        ModelError::GroupInUse(g) => Msg::GroupInUse.fill(lang, &[g]),
        ModelError::TooDeep(k) => Msg::ThemeTooDeep.fill(lang, &[k]),
        // Items are numbered from 1 for people, from 0 in the model.
        ModelError::NoSuchAgendaItem(i) => {
            Msg::NoSuchAgendaItem.fill(lang, &[&i.saturating_add(1)])
        }
        ModelError::NoSuchParkingItem(i) => {
            Msg::NoSuchParkingItem.fill(lang, &[&i.saturating_add(1)])
        }
        ModelError::NoSuchAction(i) => Msg::NoSuchAction.fill(lang, &[&i.saturating_add(1)]),
        ModelError::OverVoteCap { id, cap } => {
            Msg::for_count(*cap, Msg::OverVoteCapOne, Msg::OverVoteCap).fill(lang, &[id, cap])
        }
        ModelError::VotingClosed => Msg::VotingClosed.get(lang).to_string(),
        ModelError::NothingToMerge => Msg::NothingToMerge.get(lang).to_string(),
        ModelError::AlreadyDismissed(a, b) => Msg::AlreadyDismissed.fill(lang, &[a, b]),
        ModelError::NotDismissed(a, b) => Msg::NotDismissed.fill(lang, &[a, b]),
        ModelError::SameIdea(id) => Msg::SameIdea.fill(lang, &[id]),
        roadmap @ (ModelError::NotARoadmap
        | ModelError::NoSuchGoal(_)
        | ModelError::NoSuchArea(_)
        | ModelError::NoSuchRoadmapAction(_)
        | ModelError::DuplicateRoadmapAction(_)
        | ModelError::AssessmentMismatch
        | ModelError::YearNotAfter(_)) => crate::i18n::roadmap_error_text(roadmap, lang),
        ModelError::NoSuchInboxItem(s) => Msg::NoSuchInboxItem.fill(lang, &[s]),
        ModelError::DuplicateSubmission(s) => Msg::DuplicateSubmission.fill(lang, &[s]),
        // The code came from a file or a change: cleaned before it reaches the terminal.
        ModelError::BadJoinCode(c) => Msg::BadJoinCode.fill(lang, &[&crate::model::text::clean(c)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IdeaId;

    #[test]
    fn meeting_errors_count_items_from_one() {
        let text = |e: ModelError| model_error_text(&e, Lang::Fi);
        assert_eq!(
            text(ModelError::NoSuchAgendaItem(0)),
            "esityslistan kohtaa 1 ei ole"
        );
        assert_eq!(
            text(ModelError::OverVoteCap {
                id: IdeaId(7),
                cap: 3
            }),
            "idealla 7 voi olla enintään 3 ääntä"
        );
        // A cap of one vote is one vote, in every language.
        let cap_one = ModelError::OverVoteCap {
            id: IdeaId(7),
            cap: 1,
        };
        assert_eq!(text(cap_one.clone()), "idealla 7 voi olla enintään 1 ääni");
        for lang in Lang::ALL {
            let said = model_error_text(&cap_one, lang);
            assert_eq!(crate::i18n::plural_after_one(&said), None, "{said}");
        }
        // An index read from a damaged journal must not overflow when shown.
        assert!(text(ModelError::NoSuchAction(usize::MAX)).contains(&usize::MAX.to_string()));
    }
}
