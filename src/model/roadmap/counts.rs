//! Counts per status: the summary line of the assessment meeting and the status chart.

use super::{Roadmap, Status, Target};

/// How many targets have each status, in [`Status::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusCounts(pub [usize; 4]);

impl StatusCounts {
    /// The count of `status`.
    pub fn get(&self, status: Status) -> usize {
        self.0[status.index()]
    }

    /// All targets counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn add(&mut self, status: Status) {
        self.0[status.index()] += 1;
    }
}

/// One goal's counts in a year and, when the previous year had actions, in that year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalCounts {
    /// The goal's key.
    pub goal: String,
    /// Counts of its areas in the year.
    pub now: StatusCounts,
    /// Counts of its areas in the previous year.
    pub before: Option<StatusCounts>,
}

/// Statuses of the action areas that have actions in `year` (an unassessed area counts as
/// "Ei arvioitu").
pub fn area_counts(roadmap: &Roadmap, year: i32) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for area in roadmap.areas_in_year(year) {
        counts.add(roadmap.status(&Target::Area(area.key.clone()), year));
    }
    counts
}

/// Per goal: the statuses of its areas in `year`, and in the year before.
pub fn goal_counts(roadmap: &Roadmap, year: i32) -> Vec<GoalCounts> {
    let count = |goal: &str, year: i32| {
        let mut counts = StatusCounts::default();
        for area in roadmap.areas_of(goal) {
            if roadmap.actions_in(&area.key, year).next().is_some() {
                counts.add(roadmap.status(&Target::Area(area.key.clone()), year));
            }
        }
        counts
    };
    let had_before = roadmap.actions.iter().any(|a| a.year == year - 1);
    roadmap
        .goals
        .iter()
        .filter(|g| roadmap.areas_of(&g.key).next().is_some())
        .map(|g| GoalCounts {
            goal: g.key.clone(),
            now: count(&g.key, year),
            before: had_before.then(|| count(&g.key, year - 1)),
        })
        .collect()
}
