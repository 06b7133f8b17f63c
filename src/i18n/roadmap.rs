//! Roadmap words for people: the statuses and why a roadmap change does not fit.

use super::{Lang, Msg};
use crate::model::ModelError;
use crate::model::roadmap::{Problem, Status};

impl Status {
    /// The catalogue message naming this status ("Toteutuu osittain" …).
    pub fn msg(self) -> Msg {
        match self {
            Status::Achieved => Msg::RmAchieved,
            Status::Partly => Msg::RmPartly,
            Status::NotAchieved => Msg::RmNotAchieved,
            Status::NotAssessed => Msg::RmNotAssessed,
        }
    }

    /// The status in `lang`, e.g. "Toteutuu osittain".
    pub fn label(self, lang: Lang) -> &'static str {
        self.msg().get(lang)
    }
}

/// A problem of a roadmap file in `lang`, naming the action, area or key.
pub fn roadmap_problem_text(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::UnknownArea { action, area } => Msg::RmProblemArea.fill(lang, &[action, area]),
        Problem::UnknownGoal { area, goal } => Msg::RmProblemGoal.fill(lang, &[area, goal]),
        Problem::DuplicateAction(id) => Msg::RmProblemId.fill(lang, &[id]),
        Problem::DuplicateKey(key) => Msg::RmProblemKey.fill(lang, &[key]),
    }
}

/// A roadmap model error in `lang`; other errors go through [`super::model_error_text`].
pub fn roadmap_error_text(error: &ModelError, lang: Lang) -> String {
    match error {
        ModelError::NotARoadmap => Msg::RmNotARoadmap.get(lang).to_string(),
        ModelError::NoSuchGoal(k) => Msg::RmNoSuchGoal.fill(lang, &[k]),
        ModelError::NoSuchArea(k) => Msg::RmNoSuchArea.fill(lang, &[k]),
        ModelError::NoSuchRoadmapAction(id) => Msg::RmNoSuchAction.fill(lang, &[id]),
        ModelError::DuplicateRoadmapAction(id) => Msg::RmDuplicateAction.fill(lang, &[id]),
        ModelError::AssessmentMismatch => Msg::RmAssessmentMismatch.get(lang).to_string(),
        ModelError::YearNotAfter(y) => Msg::RmYearNotAfter.fill(lang, &[y]),
        other => other.to_string(),
    }
}
