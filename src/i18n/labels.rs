//! Names of model values for people, from the catalogue.

use super::{Lang, Msg};
use crate::model::{ActionStatus, AgendaKind};

impl ActionStatus {
    /// The catalogue message naming this status ("avoin", "toteutuu osittain" …).
    pub fn msg(self) -> Msg {
        match self {
            ActionStatus::Open => Msg::StatusOpen,
            ActionStatus::Done => Msg::StatusDone,
            ActionStatus::Partly => Msg::StatusPartly,
            ActionStatus::NotDone => Msg::StatusNotDone,
        }
    }

    /// The status in `lang`, e.g. "toteutuu osittain".
    pub fn label(self, lang: Lang) -> &'static str {
        self.msg().get(lang)
    }
}

impl AgendaKind {
    /// The catalogue message naming this kind of agenda item.
    pub fn msg(self) -> Msg {
        match self {
            AgendaKind::Opening => Msg::KindOpening,
            AgendaKind::Capture => Msg::KindCapture,
            AgendaKind::Grouping => Msg::KindGrouping,
            AgendaKind::Voting => Msg::KindVoting,
            AgendaKind::Discussion => Msg::KindDiscussion,
            AgendaKind::Break => Msg::KindBreak,
            AgendaKind::Summary => Msg::KindSummary,
        }
    }

    /// The kind in `lang`, e.g. "Keskustelu".
    pub fn label(self, lang: Lang) -> &'static str {
        self.msg().get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_as_in_the_roadmap_reports() {
        let fi: Vec<&str> = ActionStatus::ALL
            .iter()
            .map(|s| s.label(Lang::Fi))
            .collect();
        assert_eq!(fi, ["avoin", "toteutuu", "toteutuu osittain", "ei toteudu"]);
        assert_eq!(ActionStatus::Partly.label(Lang::En), "partly done");
    }

    #[test]
    fn every_kind_has_its_own_name() {
        let mut names: Vec<&str> = AgendaKind::ALL.iter().map(|k| k.label(Lang::Fi)).collect();
        names.dedup();
        assert_eq!(names.len(), AgendaKind::ALL.len());
        assert_eq!(AgendaKind::Discussion.label(Lang::Fi), "Keskustelu");
    }
}
