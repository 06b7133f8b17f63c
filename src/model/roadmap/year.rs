//! The changes a roadmap year is made of: setting a status, noting what was done, promoting a
//! forum's idea into an action, and starting the next year with what is unfinished.

use chrono::NaiveDate;

use super::{Assessment, Roadmap, RoadmapAction, RoadmapChange, SourceLink, Status, Target};
use crate::model::{Change, ModelError};

/// The change that gives `target` the status `status` in `year`, dated `date`; what was
/// done and the comments already noted stay.
pub fn set_status(
    roadmap: &Roadmap,
    target: Target,
    year: i32,
    status: Status,
    date: Option<NaiveDate>,
) -> Change {
    let mut assessment = roadmap
        .assessment(&target, year)
        .cloned()
        .unwrap_or_else(|| Assessment::new(target.clone(), year));
    assessment.status = status;
    assessment.date = date.or(assessment.date);
    Change::Roadmap(RoadmapChange::SetAssessment {
        target,
        year,
        assessment: Some(assessment),
        position: None,
    })
}

/// The change that adds one point of what was done (`comment` false) or one comment from the
/// room (`comment` true) to the assessment of `target` in `year`.
pub fn set_text(roadmap: &Roadmap, target: Target, year: i32, comment: bool, text: &str) -> Change {
    let mut assessment = roadmap
        .assessment(&target, year)
        .cloned()
        .unwrap_or_else(|| Assessment::new(target.clone(), year));
    let list = if comment {
        &mut assessment.comments
    } else {
        &mut assessment.done
    };
    list.push(text.trim().to_string());
    Change::Roadmap(RoadmapChange::SetAssessment {
        target,
        year,
        assessment: Some(assessment),
        position: None,
    })
}

/// The change that adds an action to `area` in `year` from a forum's idea or action, keeping
/// where it came from.
pub fn promote(
    roadmap: &Roadmap,
    area: &str,
    year: i32,
    text: &str,
    link: SourceLink,
) -> Result<Change, ModelError> {
    if roadmap.area(area).is_none() {
        return Err(ModelError::NoSuchArea(area.to_string()));
    }
    Ok(Change::Roadmap(RoadmapChange::AddAction {
        action: RoadmapAction {
            id: roadmap.next_action_id(),
            area: area.to_string(),
            year,
            text: text.trim().to_string(),
            owners: Vec::new(),
            carried_from: None,
            origin: String::new(),
            links: vec![link],
        },
        position: None,
    }))
}

/// The status an action of `year` ended with: its own assessment, else its area's.
pub fn action_status(roadmap: &Roadmap, action: &RoadmapAction) -> Status {
    match roadmap.assessment(&Target::Action(action.id), action.year) {
        Some(a) => a.status,
        None => roadmap.status(&Target::Area(action.area.clone()), action.year),
    }
}

/// The change that starts `year`: every action of the current year that was not achieved is
/// copied into it (marked as carried over, owners and links kept; the old one stays as
/// history), and `year` becomes the current year. Returns the change and how many actions
/// were carried.
pub fn next_year(roadmap: &Roadmap, year: i32) -> Result<(Change, usize), ModelError> {
    let from = roadmap.year;
    if year <= from {
        return Err(ModelError::YearNotAfter(from));
    }
    let mut id = roadmap.next_action_id();
    let mut changes = Vec::new();
    for action in roadmap.actions.iter().filter(|a| a.year == from) {
        if action_status(roadmap, action) == Status::Achieved {
            continue;
        }
        let mut copy = action.clone();
        copy.id = id;
        id += 1;
        copy.year = year;
        copy.carried_from = Some(from);
        changes.push(Change::Roadmap(RoadmapChange::AddAction {
            action: copy,
            position: None,
        }));
    }
    let carried = changes.len();
    changes.push(Change::Roadmap(RoadmapChange::SetYear { year }));
    Ok((Change::Batch(changes), carried))
}
