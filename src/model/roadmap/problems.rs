//! What a hand-edited roadmap file can get wrong beyond its syntax: an action in an area that
//! does not exist, an area under an unknown goal, an id or key used twice. The commands refuse
//! such a file and name each problem, instead of leaving the orphans silently off the wall.

use std::collections::HashSet;

use super::Roadmap;

/// One thing in a roadmap that does not hold together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An action names an area the roadmap does not have.
    UnknownArea {
        /// The action's id.
        action: u64,
        /// The area key it names.
        area: String,
    },
    /// An area names a goal the roadmap does not have.
    UnknownGoal {
        /// The area's key.
        area: String,
        /// The goal key it names.
        goal: String,
    },
    /// Two actions share an id.
    DuplicateAction(u64),
    /// Two areas or two goals share a key.
    DuplicateKey(String),
}

impl Roadmap {
    /// Every problem, in file order; empty when the roadmap holds together.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut keys = HashSet::new();
        for key in self
            .goals
            .iter()
            .map(|g| &g.key)
            .chain(self.areas.iter().map(|a| &a.key))
        {
            if !keys.insert(key.as_str()) {
                out.push(Problem::DuplicateKey(key.clone()));
            }
        }
        for a in &self.areas {
            if self.goal(&a.goal).is_none() {
                out.push(Problem::UnknownGoal {
                    area: a.key.clone(),
                    goal: a.goal.clone(),
                });
            }
        }
        let mut ids = HashSet::new();
        for a in &self.actions {
            if !ids.insert(a.id) {
                out.push(Problem::DuplicateAction(a.id));
            }
            if self.area(&a.area).is_none() {
                out.push(Problem::UnknownArea {
                    action: a.id,
                    area: a.area.clone(),
                });
            }
        }
        out
    }
}
