//! What runs a meeting besides ideas: agenda, parking lot and actions.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{IdeaId, Timestamp};

/// What an agenda item is for; it decides what the board offers during it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgendaKind {
    /// Welcome and introductions.
    Opening,
    /// Ideas are captured.
    #[default]
    Capture,
    /// Ideas are sorted into themes.
    Grouping,
    /// The room votes.
    Voting,
    /// Open discussion of a question.
    Discussion,
    /// A break.
    Break,
    /// Summing up and next steps.
    Summary,
}

/// One step of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Title shown on the agenda.
    pub title: String,
    /// Planned start (klo 13.00).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    /// Planned length in minutes.
    #[serde(default)]
    pub minutes: u32,
    /// What the item is for.
    #[serde(default)]
    pub kind: AgendaKind,
    /// The question or task shown on the board during the item.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
}

/// An item set aside in the parking lot (parkkipaikka) for later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParkingItem {
    /// The matter as written.
    pub text: String,
    /// When it was parked.
    pub created: Timestamp,
    /// The idea it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_idea: Option<IdeaId>,
    /// Sub-points of the idea it came from, kept so nothing said is lost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_points: Vec<String>,
}

impl ParkingItem {
    /// A new parking-lot item that came from no idea.
    pub fn new(text: &str, created: Timestamp) -> ParkingItem {
        ParkingItem {
            text: text.to_string(),
            created,
            from_idea: None,
            sub_points: Vec::new(),
        }
    }
}

/// Follow-up state of an action, as in the county roadmap reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    /// avoin
    #[default]
    Open,
    /// toteutuu
    Done,
    /// toteutuu osittain
    Partly,
    /// ei toteudu
    NotDone,
}

/// An action (toimenpide): who does what by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// What is to be done.
    pub text: String,
    /// Who is responsible (vastuutaho).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Due date (määräaika).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Follow-up state.
    #[serde(default)]
    pub status: ActionStatus,
    /// Ideas the action came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<IdeaId>,
}

impl ActionStatus {
    /// Every status in follow-up order.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Partly,
        ActionStatus::NotDone,
    ];

    /// True for the states that carry over to the next session: open and partly done.
    pub fn carries_over(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::Partly)
    }
}

impl ActionItem {
    /// A new open action with no owner, due date or linked ideas.
    pub fn new(text: &str) -> ActionItem {
        ActionItem {
            text: text.to_string(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            ideas: Vec::new(),
        }
    }
}

impl AgendaItem {
    /// A new agenda item of `kind` with no time, length or prompt.
    pub fn new(title: &str, kind: AgendaKind) -> AgendaItem {
        AgendaItem {
            title: title.to_string(),
            start: None,
            minutes: 0,
            kind,
            prompt: String::new(),
        }
    }
}

impl AgendaKind {
    /// Every kind in the usual order of a session.
    pub const ALL: [AgendaKind; 7] = [
        AgendaKind::Opening,
        AgendaKind::Capture,
        AgendaKind::Grouping,
        AgendaKind::Voting,
        AgendaKind::Discussion,
        AgendaKind::Break,
        AgendaKind::Summary,
    ];
}
