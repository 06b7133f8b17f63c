//! Changes to a roadmap: each one checked, performed and turned into its inverse, so undo,
//! redo and the journal work for roadmaps exactly as for sessions.

use serde::{Deserialize, Serialize};

use super::{Assessment, RoadmapAction, Target};
use crate::model::change::clamp;
use crate::model::{ModelError, Session};

/// One change to the roadmap part of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoadmapChange {
    /// Set (or with `None` remove) the assessment of `target` in `year`.
    SetAssessment {
        /// What is assessed.
        target: Target,
        /// Which year.
        year: i32,
        /// The new assessment; its own target and year must match.
        assessment: Option<Assessment>,
        /// Where a new one goes in the list (`None`: its sorted place); undoing a removal
        /// puts it back where it was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        position: Option<usize>,
    },
    /// Insert an action at `position` in the action list (`None`: at the end).
    AddAction {
        /// The new action, with an unused id and an existing area.
        action: RoadmapAction,
        /// Where in the list it goes.
        position: Option<usize>,
    },
    /// Delete an action.
    RemoveAction {
        /// Which action.
        id: u64,
    },
    /// Replace an action (text, owners, area, year and links at once).
    EditAction {
        /// The new contents; its id says which action.
        action: RoadmapAction,
    },
    /// Make `year` the year being planned and assessed.
    SetYear {
        /// The year.
        year: i32,
    },
}

impl Session {
    /// Validates a roadmap change without changing anything.
    pub(crate) fn check_roadmap(&self, change: &RoadmapChange) -> Result<(), ModelError> {
        let Some(roadmap) = self.roadmap.as_deref() else {
            return Err(ModelError::NotARoadmap);
        };
        let need_area = |key: &str| match roadmap.area(key) {
            Some(_) => Ok(()),
            None => Err(ModelError::NoSuchArea(key.to_string())),
        };
        let need_action = |id: u64| match roadmap.action(id) {
            Some(_) => Ok(()),
            None => Err(ModelError::NoSuchRoadmapAction(id)),
        };
        match change {
            RoadmapChange::SetAssessment {
                target,
                year,
                assessment,
                ..
            } => {
                if let Some(a) = assessment
                    && (a.target != *target || a.year != *year)
                {
                    return Err(ModelError::AssessmentMismatch);
                }
                match target {
                    Target::Goal(key) if roadmap.goal(key).is_none() => {
                        Err(ModelError::NoSuchGoal(key.clone()))
                    }
                    Target::Area(key) => need_area(key),
                    Target::Action(id) => need_action(*id),
                    Target::Goal(_) => Ok(()),
                }
            }
            RoadmapChange::AddAction { action, .. } => {
                if roadmap.action(action.id).is_some() {
                    return Err(ModelError::DuplicateRoadmapAction(action.id));
                }
                need_area(&action.area)
            }
            RoadmapChange::RemoveAction { id } => need_action(*id),
            RoadmapChange::EditAction { action } => {
                need_action(action.id)?;
                need_area(&action.area)
            }
            RoadmapChange::SetYear { .. } => Ok(()),
        }
    }

    /// Performs a checked roadmap change and returns its inverse.
    pub(crate) fn apply_roadmap(&mut self, change: RoadmapChange) -> RoadmapChange {
        let roadmap = self.roadmap.as_deref_mut().expect("checked before apply");
        match change {
            RoadmapChange::SetAssessment {
                target,
                year,
                assessment,
                position,
            } => {
                let (old, back) = match (roadmap.assessment_slot(&target, year), assessment) {
                    (Ok(at), Some(new)) => (
                        Some(std::mem::replace(&mut roadmap.assessments[at], new)),
                        None,
                    ),
                    (Ok(at), None) => (Some(roadmap.assessments.remove(at)), Some(at)),
                    (Err(sorted), Some(new)) => {
                        let len = roadmap.assessments.len();
                        let at = position.map_or(sorted, |p| clamp(Some(p), len));
                        roadmap.assessments.insert(at, new);
                        (None, None)
                    }
                    (Err(_), None) => (None, None),
                };
                RoadmapChange::SetAssessment {
                    target,
                    year,
                    assessment: old,
                    position: back,
                }
            }
            RoadmapChange::AddAction { action, position } => {
                let id = action.id;
                let at = clamp(position, roadmap.actions.len());
                roadmap.actions.insert(at, action);
                RoadmapChange::RemoveAction { id }
            }
            RoadmapChange::RemoveAction { id } => {
                let at = roadmap
                    .actions
                    .iter()
                    .position(|a| a.id == id)
                    .expect("checked before apply");
                RoadmapChange::AddAction {
                    action: roadmap.actions.remove(at),
                    position: Some(at),
                }
            }
            RoadmapChange::EditAction { action } => {
                let at = roadmap
                    .actions
                    .iter()
                    .position(|a| a.id == action.id)
                    .expect("checked before apply");
                RoadmapChange::EditAction {
                    action: std::mem::replace(&mut roadmap.actions[at], action),
                }
            }
            RoadmapChange::SetYear { year } => RoadmapChange::SetYear {
                year: std::mem::replace(&mut roadmap.year, year),
            },
        }
    }
}
