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
