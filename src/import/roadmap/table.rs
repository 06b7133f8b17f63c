//! The lines of a year's table: action areas (their names broken over lines), actions and
//! statuses, and the points of what was done per goal.

use super::words::{brokenness, join, letters, split_status};
use super::{Last, Parser, Part};
use crate::model::key_from_name;
use crate::model::roadmap::{ActionArea, Assessment, RoadmapAction, Status, Target};

impl Parser {
    /// The area name being collected grew by a continuation line: look it up again.
    pub(super) fn rename_area(&mut self, more: &str) {
        let Some(key) = self.area.clone() else { return };
        let Some(at) = self.roadmap.areas.iter().position(|a| a.key == key) else {
            return;
        };
        let mut name = self.roadmap.areas[at].name.clone();
        join(&mut name, more);
        // A second table's name may now match an area of the first: use that one.
        let wanted = letters(&name);
        if let Some((other, old)) = self
            .area_names
            .iter()
            .find(|(k, n)| *k != key && letters(n) == wanted)
            .cloned()
        {
            let fresh = self.roadmap.actions.iter().all(|a| a.area != key);
            if fresh {
                self.roadmap.areas.remove(at);
                self.area_names.retain(|(k, _)| *k != key);
                if brokenness(&name) < brokenness(&old)
                    && let Some(a) = self.roadmap.areas.iter_mut().find(|a| a.key == other)
                {
                    a.name = name;
                }
                self.area = Some(other);
                return;
            }
        }
        self.roadmap.areas[at].name = name.clone();
        if let Some(entry) = self.area_names.iter_mut().find(|(k, _)| *k == key) {
            entry.1 = name;
        }
    }

    pub(super) fn start_area(&mut self, name: &str) {
        // Start a fresh, not yet matched area; it is matched when its name is complete.
        let Some(goal) = self.goal.clone() else {
            return;
        };
        let mut key = key_from_name(name);
        let base = key.clone();
        let mut n = 2;
        while self.roadmap.areas.iter().any(|a| a.key == key) {
            key = format!("{base}-{n}");
            n += 1;
        }
        self.roadmap.areas.push(ActionArea {
            key: key.clone(),
            goal,
            name: String::new(),
            description: String::new(),
        });
        self.area_names.push((key.clone(), String::new()));
        self.area = Some(key);
        self.rename_area(name);
    }

    pub(super) fn set_status(&mut self, status: Status) {
        let (Part::Table { year, .. }, Some(area)) = (self.part, self.area.clone()) else {
            return;
        };
        let mut a = Assessment::new(Target::Area(area), year);
        a.status = status;
        a.date = self.date;
        self.roadmap
            .assessments
            .retain(|x| !(x.target == a.target && x.year == year));
        self.roadmap.assessments.push(a);
    }

    pub(super) fn add_action(&mut self, text: &str) {
        let (Part::Table { year, .. }, Some(area)) = (self.part, self.area.clone()) else {
            return;
        };
        let id = self.roadmap.next_action_id();
        self.roadmap.actions.push(RoadmapAction {
            id,
            area,
            year,
            text: text.to_string(),
            owners: Vec::new(),
            carried_from: None,
            origin: String::new(),
            links: Vec::new(),
        });
        self.last = Last::Action;
    }

    pub(super) fn extend_action(&mut self, more: &str) {
        if let Some(a) = self.roadmap.actions.last_mut() {
            join(&mut a.text, more);
        }
    }

    pub(super) fn add_done(&mut self, text: &str) {
        let (Part::Done { year }, Some(goal)) = (self.part, self.goal.clone()) else {
            return;
        };
        let target = Target::Goal(goal);
        match self
            .roadmap
            .assessments
            .iter_mut()
            .find(|a| a.target == target && a.year == year)
        {
            Some(a) => a.done.push(text.to_string()),
            None => {
                let mut a = Assessment::new(target, year);
                a.done.push(text.to_string());
                a.date = self.date;
                self.roadmap.assessments.push(a);
            }
        }
        self.last = Last::Done;
    }

    /// True when the last point of what was done has not ended its sentence yet.
    pub(super) fn last_done_open(&self) -> bool {
        self.roadmap
            .assessments
            .iter()
            .rev()
            .find(|a| matches!(a.target, Target::Goal(_)))
            .and_then(|a| a.done.last())
            .is_some_and(|d| !d.ends_with(['.', ')', ':']))
    }

    pub(super) fn extend_done(&mut self, more: &str) {
        if let Some(a) = self
            .roadmap
            .assessments
            .iter_mut()
            .rev()
            .find(|a| matches!(a.target, Target::Goal(_)))
            && let Some(d) = a.done.last_mut()
        {
            join(d, more);
        }
    }

    pub(super) fn table_line(
        &mut self,
        n: usize,
        line: &str,
        bullet: bool,
        body: &str,
        starts_lower: bool,
        blank_before: bool,
    ) {
        if matches!(self.last, Last::GoalName | Last::GoalRepeat) && !blank_before {
            if let Some(g) = self
                .roadmap
                .goals
                .iter_mut()
                .find(|g| Some(&g.key) == self.goal.as_ref())
            {
                join(&mut g.name, line);
            }
            return;
        }
        if self.goal.is_none() {
            self.unplaced(n, line);
            return;
        }
        let (text, status) = split_status(body);
        if bullet {
            if !text.is_empty() {
                self.add_action(&text);
            }
        } else if let Some((name, first)) = body.split_once(" • ") {
            // "Yhteiset työkalut • Järjestöt ovat …": an area and its action on one line.
            self.start_area(name.trim());
            let (first, status) = split_status(first.trim());
            self.add_action(&first);
            if let Some(s) = status {
                self.set_status(s);
            }
            return;
        } else if text.is_empty() {
            // A status alone on its line.
        } else if starts_lower && matches!(self.last, Last::Action | Last::Area) {
            if self.last == Last::Action {
                self.extend_action(&text);
            } else {
                self.rename_area(&text);
            }
        } else if self.last == Last::Area && !blank_before {
            self.rename_area(&text);
        } else if self.last == Last::Action
            && !blank_before
            && !text.starts_with(char::is_uppercase)
        {
            self.extend_action(&text);
        } else {
            self.start_area(&text);
            self.last = Last::Area;
        }
        if let Some(s) = status {
            self.set_status(s);
        }
    }
}
