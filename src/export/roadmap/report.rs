//! The assessment report of one roadmap year as plain data, which every format renders:
//! the table "Vuoden N toimeenpanosuunnitelman arviointi" (goal | action area | actions |
//! assessment), what was done per goal, the next year's updated actions and the status
//! summary per goal with the change from the year before.

use crate::export::sanitize;
use crate::i18n::{Lang, Msg, format_date};
use crate::model::Session;
use crate::model::roadmap::{Roadmap, Status, StatusCounts, Target, goal_counts};

/// One row of a year's table: an action area with its actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaRow {
    /// The goal's heading ("Tavoite 1: …").
    pub goal: String,
    /// True on the first row of a goal (the goal cell spans its rows).
    pub goal_first: bool,
    /// Rows this goal spans (set on its first row).
    pub goal_rows: usize,
    /// The action area's name.
    pub area: String,
    /// The actions, each with its carried-over or origin note.
    pub actions: Vec<String>,
    /// The status.
    pub status: Status,
    /// What was done, as noted in the assessment.
    pub done: Vec<String>,
    /// Comments from the room.
    pub comments: Vec<String>,
}

/// One goal's line of the status summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// The goal's heading.
    pub goal: String,
    /// Counts this year.
    pub now: StatusCounts,
    /// Counts the year before, when it had actions.
    pub before: Option<StatusCounts>,
}

/// Everything the report says, already cleaned for output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The language of the words.
    pub lang: Lang,
    /// The roadmap's title.
    pub title: String,
    /// The subtitle line.
    pub subtitle: String,
    /// "Esitellään: lautakunta 18.3.2025", when known.
    pub presented: Option<String>,
    /// The vision.
    pub vision: String,
    /// The binding goals with their indicators.
    pub binding: Vec<(String, Vec<String>)>,
    /// The assessed year.
    pub year: i32,
    /// The assessed year's table.
    pub rows: Vec<AreaRow>,
    /// What was done per goal (the goal's own assessment).
    pub done_by_goal: Vec<(String, Vec<String>)>,
    /// The next year, when it has actions.
    pub plan_year: Option<i32>,
    /// The next year's table (status not shown).
    pub plan_rows: Vec<AreaRow>,
    /// The status summary per goal.
    pub summary: Vec<SummaryRow>,
    /// Notes of the roadmap.
    pub notes: Vec<String>,
}

/// The column headings of a report table: goal, action area, `actions` (the actions column,
/// which names its year) and, with `status`, the assessment.
pub fn column_heads(lang: Lang, actions: String, status: bool) -> Vec<String> {
    let mut heads = vec![
        Msg::RmColGoal.get(lang).to_string(),
        Msg::RmColArea.get(lang).to_string(),
        actions,
    ];
    if status {
        heads.push(Msg::RmColAssessment.get(lang).to_string());
    }
    heads
}

/// The heading of a goal in reports: "Tavoite 1: name".
pub fn goal_title(r: &Roadmap, key: &str, lang: Lang) -> String {
    match r.goal(key) {
        Some(g) => match g.number {
            Some(n) => format!("{}: {}", Msg::RmGoal.fill(lang, &[&n]), sanitize(&g.name)),
            None => sanitize(&g.name),
        },
        None => sanitize(key),
    }
}

/// An action's text with its notes: "(siirtyi vuodelta 2024)", its origin, its source.
pub fn action_line(r: &Roadmap, id: u64, lang: Lang) -> String {
    let Some(a) = r.action(id) else {
        return String::new();
    };
    let mut notes = Vec::new();
    // An action assessed on its own says so beside it, with what was done.
    if let Some(own) = r.assessment(&Target::Action(id), a.year) {
        notes.push(own.status.label(lang).to_string());
        notes.extend(own.done.iter().chain(&own.comments).map(|d| sanitize(d)));
    }
    if let Some(y) = a.carried_from {
        notes.push(Msg::RmCarried.fill(lang, &[&y]));
    }
    if !a.origin.is_empty() {
        notes.push(sanitize(&a.origin));
    }
    for link in &a.links {
        notes.push(Msg::RmFromSession.fill(lang, &[&sanitize(&link.session)]));
    }
    let mut line = sanitize(&a.text);
    if !a.owners.is_empty() {
        line.push_str(&format!(" — {}", sanitize(&a.owners.join(", "))));
    }
    if !notes.is_empty() {
        line.push_str(&format!(" ({})", notes.join("; ")));
    }
    line
}

fn rows(r: &Roadmap, year: i32, lang: Lang) -> Vec<AreaRow> {
    let mut out: Vec<AreaRow> = Vec::new();
    for goal in &r.goals {
        let areas: Vec<_> = r
            .areas_of(&goal.key)
            .filter(|a| r.actions_in(&a.key, year).next().is_some())
            .collect();
        for (n, a) in areas.iter().enumerate() {
            let assessment = r.assessment(&Target::Area(a.key.clone()), year);
            out.push(AreaRow {
                goal: goal_title(r, &goal.key, lang),
                goal_first: n == 0,
                goal_rows: if n == 0 { areas.len() } else { 0 },
                area: sanitize(&a.name),
                actions: r
                    .actions_in(&a.key, year)
                    .map(|x| action_line(r, x.id, lang))
                    .collect(),
                status: assessment.map_or(Status::NotAssessed, |x| x.status),
                done: assessment
                    .map_or(Vec::new(), |x| x.done.iter().map(|d| sanitize(d)).collect()),
                comments: assessment.map_or(Vec::new(), |x| {
                    x.comments.iter().map(|d| sanitize(d)).collect()
                }),
            });
        }
    }
    out
}

/// The report of `year` of the roadmap `session` carries, in `lang`.
pub fn build(session: &Session, r: &Roadmap, year: i32, lang: Lang) -> Report {
    let presented = match (r.board.is_empty(), session.date) {
        (false, Some(d)) => {
            Some(Msg::RmReportedTo.fill(lang, &[&sanitize(&r.board), &format_date(d)]))
        }
        (false, None) => Some(Msg::RmReportedTo.fill(lang, &[&sanitize(&r.board), &""])),
        _ => None,
    };
    let done_by_goal = r
        .goals
        .iter()
        .filter_map(|g| {
            let a = r.assessment(&Target::Goal(g.key.clone()), year)?;
            (!a.done.is_empty()).then(|| {
                (
                    goal_title(r, &g.key, lang),
                    a.done.iter().map(|d| sanitize(d)).collect(),
                )
            })
        })
        .collect();
    let plan_year = r
        .actions
        .iter()
        .any(|a| a.year == year + 1)
        .then_some(year + 1);
    Report {
        lang,
        title: sanitize(&session.title),
        subtitle: sanitize(&session.subtitle),
        presented,
        vision: sanitize(&r.vision),
        binding: r
            .goals
            .iter()
            .filter(|g| g.binding)
            .map(|g| {
                (
                    sanitize(&g.name),
                    g.indicators.iter().map(|i| sanitize(i)).collect(),
                )
            })
            .collect(),
        year,
        rows: rows(r, year, lang),
        done_by_goal,
        plan_year,
        plan_rows: plan_year.map_or(Vec::new(), |y| rows(r, y, lang)),
        summary: goal_counts(r, year)
            .into_iter()
            .map(|c| SummaryRow {
                goal: goal_title(r, &c.goal, lang),
                now: c.now,
                before: c.before,
            })
            .collect(),
        notes: r.notes.iter().map(|n| sanitize(n)).collect(),
    }
}

impl SummaryRow {
    /// The change from the year before in words: "Toteutuu +1, Toteutuu osittain −1", or "–".
    pub fn change(&self, lang: Lang) -> String {
        let Some(before) = self.before else {
            return "–".to_string();
        };
        let parts: Vec<String> = Status::ALL
            .iter()
            .filter_map(|s| {
                let d = self.now.get(*s) as i64 - before.get(*s) as i64;
                (d != 0).then(|| {
                    let sign = if d > 0 { "+" } else { "−" };
                    format!("{} {sign}{}", s.label(lang), d.abs())
                })
            })
            .collect();
        if parts.is_empty() {
            "±0".to_string()
        } else {
            parts.join(", ")
        }
    }
}
