//! A roadmap (tiekartta): vision, goals, action areas, actions per year and the yearly
//! assessment of them. A roadmap rides in a [`Session`](super::Session) (its `roadmap`
//! part), so the store's journal, recovery, `check` and undo serve it unchanged; its
//! changes are [`RoadmapChange`]s wrapped in [`Change::Roadmap`](super::Change::Roadmap).

mod change;
mod clean;
mod counts;
mod problems;
mod year;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use change::RoadmapChange;
pub use counts::{GoalCounts, StatusCounts, area_counts, goal_counts};
pub use problems::Problem;
pub use year::{action_status, next_year, promote, set_status, set_text};

/// The roadmap part of a session file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roadmap {
    /// First and last year the roadmap covers, e.g. (2022, 2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<(i32, i32)>,
    /// The vision the goals are drawn from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vision: String,
    /// The board (lautakunta) the assessment is reported to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub board: String,
    /// The year being planned and assessed now.
    pub year: i32,
    /// Goals in order; the binding goal (sitova tavoite) is marked.
    pub goals: Vec<Goal>,
    /// Action areas (toimenpidekokonaisuudet), each under one goal, in order.
    pub areas: Vec<ActionArea>,
    /// Actions of every year.
    #[serde(default)]
    pub actions: Vec<RoadmapAction>,
    /// Assessments of every year, kept sorted by year and target.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// Text that belongs to no goal (footnotes, proposals, what an import could not place).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A goal (tavoite).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable ASCII key, e.g. `t1`.
    pub key: String,
    /// Its number as printed (TAVOITE 1), none for the binding goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The goal's wording.
    pub name: String,
    /// True for the binding goal (sitova tavoite).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub binding: bool,
    /// A short line under the name (e.g. the development path's aim).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How reaching it is measured (mittarit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

/// An action area (toimenpidekokonaisuus) under a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionArea {
    /// Stable ASCII key, e.g. `suunta`.
    pub key: String,
    /// Key of the goal it belongs to.
    pub goal: String,
    /// Its name, e.g. "Yhteinen suunta ja mittarit".
    pub name: String,
    /// A short description, when the source has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// One action (toimenpide) planned for one year in one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadmapAction {
    /// Stable id within the roadmap.
    pub id: u64,
    /// Key of its action area.
    pub area: String,
    /// The year it is planned for.
    pub year: i32,
    /// What is done.
    pub text: String,
    /// Who is responsible (vastuutahot).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<String>,
    /// The year it was carried over from (Siirtyi vuodelta 2024).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<i32>,
    /// Where it came from, in words (e.g. "Nostettu selvityksestä").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin: String,
    /// The forum ideas or actions it was promoted from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<SourceLink>,
}

/// Where a roadmap action came from: a session and the item in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceLink {
    /// The session's title and date, e.g. "Kumppanuuspöytä 17.4.2019".
    pub session: String,
    /// The session file's name, when promoted from a file.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The idea or action text as it was in the session.
    pub item: String,
}

/// What an assessment is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Target {
    /// A whole goal (the "what was done" slides of a report).
    Goal(String),
    /// An action area (the status column of the board's table).
    Area(String),
    /// One action.
    Action(u64),
}

/// How far a year's plan came true.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Toteutuu.
    Achieved,
    /// Toteutuu osittain.
    Partly,
    /// Ei toteudu.
    NotAchieved,
    /// Ei arvioitu.
    #[default]
    NotAssessed,
}

impl Status {
    /// Every status, in report order.
    pub const ALL: [Status; 4] = [
        Status::Achieved,
        Status::Partly,
        Status::NotAchieved,
        Status::NotAssessed,
    ];

    /// Index in [`Status::ALL`].
    pub fn index(self) -> usize {
        Status::ALL.iter().position(|s| *s == self).unwrap_or(3)
    }
}

/// The assessment of one target for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// What is assessed.
    pub target: Target,
    /// The year whose plan is assessed.
    pub year: i32,
    /// The verdict.
    #[serde(default)]
    pub status: Status,
    /// What was done, one point each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<String>,
    /// Comments from the room.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// The meeting that assessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl Assessment {
    /// An empty, not yet assessed assessment of `target` for `year`.
    pub fn new(target: Target, year: i32) -> Assessment {
        Assessment {
            target,
            year,
            status: Status::NotAssessed,
            done: Vec::new(),
            comments: Vec::new(),
            date: None,
        }
    }

    /// The order assessments are kept in.
    fn sort_key(&self) -> (i32, &Target) {
        (self.year, &self.target)
    }
}

impl Roadmap {
    /// The goal with `key`.
    pub fn goal(&self, key: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.key == key)
    }

    /// The action area with `key`.
    pub fn area(&self, key: &str) -> Option<&ActionArea> {
        self.areas.iter().find(|a| a.key == key)
    }

    /// The action with `id`.
    pub fn action(&self, id: u64) -> Option<&RoadmapAction> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// Areas of goal `key`, in order.
    pub fn areas_of<'a>(&'a self, goal: &'a str) -> impl Iterator<Item = &'a ActionArea> + 'a {
        self.areas.iter().filter(move |a| a.goal == goal)
    }

    /// Actions of area `key` planned for `year`, in order.
    pub fn actions_in<'a>(
        &'a self,
        area: &'a str,
        year: i32,
    ) -> impl Iterator<Item = &'a RoadmapAction> + 'a {
        self.actions
            .iter()
            .filter(move |a| a.area == area && a.year == year)
    }

    /// Areas that have actions in `year`, in goal order (the rows of a year's table).
    pub fn areas_in_year(&self, year: i32) -> Vec<&ActionArea> {
        self.goals
            .iter()
            .flat_map(|g| self.areas_of(&g.key))
            .filter(|a| self.actions_in(&a.key, year).next().is_some())
            .collect()
    }

    /// Years that have actions, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.actions.iter().map(|a| a.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The assessment of `target` in `year`, if any.
    pub fn assessment(&self, target: &Target, year: i32) -> Option<&Assessment> {
        self.assessments
            .iter()
            .find(|a| a.year == year && a.target == *target)
    }

    /// The status of `target` in `year` (not assessed when there is no assessment).
    pub fn status(&self, target: &Target, year: i32) -> Status {
        self.assessment(target, year)
            .map_or(Status::NotAssessed, |a| a.status)
    }

    /// Where the assessment of `target` in `year` is (`Ok`), or where a new one goes (`Err`):
    /// after every assessment that sorts before it, so a sorted list stays sorted.
    fn assessment_slot(&self, target: &Target, year: i32) -> Result<usize, usize> {
        match self
            .assessments
            .iter()
            .position(|a| a.year == year && a.target == *target)
        {
            Some(at) => Ok(at),
            None => Err(self
                .assessments
                .partition_point(|a| a.sort_key() < (year, target))),
        }
    }

    /// The id the next new action gets.
    pub fn next_action_id(&self) -> u64 {
        self.actions.iter().map(|a| a.id + 1).max().unwrap_or(1)
    }
}
