//! Text hygiene for roadmaps read from disk or the journal: no control sequences reach the
//! board or an export. The store calls these next to its own cleaning of sessions.

use super::{ActionArea, Assessment, Goal, Roadmap, RoadmapAction, RoadmapChange, Target};
use crate::model::text::{clean, is_clean};

fn tidy(s: &mut String) {
    if !is_clean(s) {
        *s = clean(s);
    }
}

fn tidy_all(v: &mut [String]) {
    v.iter_mut().for_each(tidy);
}

fn tidy_goal(g: &mut Goal) {
    tidy(&mut g.key);
    tidy(&mut g.name);
    tidy(&mut g.description);
    tidy_all(&mut g.indicators);
}

fn tidy_area(a: &mut ActionArea) {
    tidy(&mut a.key);
    tidy(&mut a.goal);
    tidy(&mut a.name);
    tidy(&mut a.description);
}

fn tidy_action(a: &mut RoadmapAction) {
    tidy(&mut a.area);
    tidy(&mut a.text);
    tidy_all(&mut a.owners);
    tidy(&mut a.origin);
    for link in &mut a.links {
        tidy(&mut link.session);
        tidy(&mut link.file);
        tidy(&mut link.item);
    }
}

fn tidy_target(t: &mut Target) {
    match t {
        Target::Goal(key) | Target::Area(key) => tidy(key),
        Target::Action(_) => {}
    }
}

fn tidy_assessment(a: &mut Assessment) {
    tidy_target(&mut a.target);
    tidy_all(&mut a.done);
    tidy_all(&mut a.comments);
}

impl Roadmap {
    /// Removes control characters and escape sequences from every text.
    pub fn clean_texts(&mut self) {
        tidy(&mut self.vision);
        tidy(&mut self.board);
        self.goals.iter_mut().for_each(tidy_goal);
        self.areas.iter_mut().for_each(tidy_area);
        self.actions.iter_mut().for_each(tidy_action);
        self.assessments.iter_mut().for_each(tidy_assessment);
        tidy_all(&mut self.notes);
    }
}

impl RoadmapChange {
    /// Removes control characters and escape sequences from every text the change carries.
    pub fn clean_texts(&mut self) {
        match self {
            RoadmapChange::SetAssessment {
                target, assessment, ..
            } => {
                tidy_target(target);
                if let Some(a) = assessment {
                    tidy_assessment(a);
                }
            }
            RoadmapChange::AddAction { action, .. } | RoadmapChange::EditAction { action } => {
                tidy_action(action)
            }
            RoadmapChange::RemoveAction { .. } | RoadmapChange::SetYear { .. } => {}
        }
    }
}
