//! A roadmap report's text, as pasted from its PDF (like seed 003), into a roadmap:
//! goals (TAVOITE N), action areas, each year's actions with their status ("Toteutuu",
//! "Toteutuu osittain"), what was done per goal, the binding goal with its indicators and
//! the footnote marks (`*` carried over, `**` raised by a survey). Every line that fits
//! nowhere is kept in the roadmap's notes and reported with its line number.
//!
//! PDF text breaks names over lines ("Toistensa" / "tunteminen", "Palvelu-" /
//! "kokonaisuudet", even "kehittämin" / "en"): a line that starts in lower case continues
//! the text before it, and one area met in two tables is recognised by its letters alone.

use chrono::NaiveDate;

use crate::i18n::parse_date;
use crate::model::roadmap::{ActionArea, Assessment, Goal, Roadmap, RoadmapAction, Status, Target};
use crate::model::{Session, key_from_name, text::clean};

/// A parsed roadmap and the lines it could not place (line number from 1, text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The new roadmap session.
    pub session: Session,
    /// Lines kept in the notes because they fit nowhere.
    pub unplaced: Vec<(usize, String)>,
}

/// Which part of the report the lines belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Before the first table: title, board and date, vision, diagrams.
    Front,
    /// A table of a year's actions; `assessed` when it has a status column.
    Table { year: i32, assessed: bool },
    /// What was done in a year, per goal.
    Done { year: i32 },
    /// Binding goal, indicators, proposals.
    Notes,
}

/// What the last text line belonged to, so a continuation line can follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    GoalName,
    /// The name of a goal already known, repeated on a later page: skipped.
    GoalRepeat,
    Area,
    Action,
    Done,
    Indicator,
    Note,
}

struct Parser {
    roadmap: Roadmap,
    title: String,
    date: Option<NaiveDate>,
    part: Part,
    last: Last,
    goal: Option<String>,
    area: Option<String>,
    /// Raw area names as met, by key, with a score of how broken they look.
    area_names: Vec<(String, String)>,
    /// Footnote marks per action id (`*`, `**`).
    marks: Vec<(u64, String)>,
    legend: Vec<(String, String)>,
    unplaced: Vec<(usize, String)>,
    in_vision: bool,
    blank_before: bool,
}

const STATUSES: [(&str, Status); 4] = [
    ("toteutuu osittain", Status::Partly),
    ("ei toteudu", Status::NotAchieved),
    ("ei arvioitu", Status::NotAssessed),
    ("toteutuu", Status::Achieved),
];

/// Letters only, lower case: how an area is recognised across tables.
fn letters(name: &str) -> String {
    key_from_name(name).replace('-', "")
}

/// How broken a name looks: hyphens and stray short fragments.
fn brokenness(name: &str) -> usize {
    name.matches('-').count()
        + name
            .split(' ')
            .filter(|w| w.chars().count() <= 2 && !matches!(*w, "ja" | "ml" | "ja/tai"))
            .count()
}

/// `text` with a trailing status cut off, and the status.
fn split_status(text: &str) -> (String, Option<Status>) {
    let lower = text.to_lowercase();
    for (word, status) in STATUSES {
        if lower == word {
            return (String::new(), Some(status));
        }
        if lower.ends_with(&format!(" {word}")) {
            let cut = text.len() - word.len();
            return (text[..cut].trim_end().to_string(), Some(status));
        }
    }
    (text.to_string(), None)
}

/// Appends a continuation line: a word broken at a hyphen joins without a space.
fn join(text: &mut String, more: &str) {
    // "hyte-" + "palvelutarjottimelle": the hyphen stays and no space goes in.
    if text.ends_with('-') && !text.ends_with(" -") {
        text.push_str(more);
    } else {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(more);
    }
}

fn goal_number(line: &str) -> Option<(u32, &str)> {
    let rest = line.strip_prefix("TAVOITE ")?;
    let (n, rest) = rest.split_once(':')?;
    Some((n.trim().parse().ok()?, rest.trim()))
}

/// The year of a heading `<prefix> YEAR <tail>` whose tail is exactly `tail` (any case).
fn year_in(line: &str, prefix: &str, tail: &str) -> Option<i32> {
    let lower = line.trim().to_lowercase();
    let rest = lower.strip_prefix(prefix)?;
    let (year, rest) = rest.split_once(' ')?;
    (rest.trim() == tail).then_some(())?;
    year.parse().ok()
}

impl Parser {
    fn new() -> Parser {
        Parser {
            roadmap: Roadmap {
                period: None,
                vision: String::new(),
                board: String::new(),
                year: 0,
                goals: Vec::new(),
                areas: Vec::new(),
                actions: Vec::new(),
                assessments: Vec::new(),
                notes: Vec::new(),
            },
            title: String::new(),
            date: None,
            part: Part::Front,
            last: Last::Nothing,
            goal: None,
            area: None,
            area_names: Vec::new(),
            marks: Vec::new(),
            legend: Vec::new(),
            unplaced: Vec::new(),
            in_vision: false,
            blank_before: false,
        }
    }

    fn unplaced(&mut self, n: usize, text: &str) {
        self.unplaced.push((n, text.to_string()));
        self.roadmap.notes.push(text.to_string());
        self.last = Last::Note;
    }

    /// A section heading changes the part; true when `line` was one.
    fn heading(&mut self, line: &str) -> bool {
        if let Some(year) = year_in(line, "vuoden ", "toimeenpanosuunnitelman arviointi") {
            self.part = Part::Table {
                year,
                assessed: true,
            };
        } else if let Some(year) = year_in(line, "vuoden ", "toimenpiteet") {
            self.part = Part::Table {
                year,
                assessed: false,
            };
        } else if year_in(line, "vuoden ", "kehittämistyö").is_some() {
            self.part = Part::Notes;
        } else if matches!(self.part, Part::Table { .. })
            && self.goal.is_none()
            && goal_number(line).is_none()
        {
            // Above the first goal of a table: its header row, which every report repeats.
            return true;
        } else if line == "JÄRJESTÖYHTEISTYÖN VISIO" {
            self.in_vision = true;
        } else {
            return false;
        }
        self.goal = None;
        self.area = None;
        self.last = Last::Nothing;
        true
    }

    fn goal_line(&mut self, number: u32, rest: &str) {
        if let Part::Table {
            year,
            assessed: true,
        } = self.part
        {
            // A goal met again after the table: the pages of what was done that year.
            if self.roadmap.goals.iter().any(|g| g.number == Some(number))
                && self
                    .goal
                    .as_deref()
                    .is_some_and(|g| g != format!("t{number}"))
                && number == 1
            {
                self.part = Part::Done { year };
            }
        }
        let key = format!("t{number}");
        if !self.roadmap.goals.iter().any(|g| g.key == key) {
            self.roadmap.goals.push(Goal {
                key: key.clone(),
                number: Some(number),
                name: rest.to_string(),
                binding: false,
                description: String::new(),
                indicators: Vec::new(),
            });
            self.last = Last::GoalName;
        } else {
            // The name is known from the first table; its repeats are not collected again.
            self.last = Last::GoalRepeat;
        }
        self.goal = Some(key);
        self.area = None;
    }

    /// The area name being collected grew by a continuation line: look it up again.
    fn rename_area(&mut self, more: &str) {
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

    fn start_area(&mut self, name: &str) {
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

    fn set_status(&mut self, status: Status) {
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

    fn add_action(&mut self, text: &str) {
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

    fn extend_action(&mut self, more: &str) {
        if let Some(a) = self.roadmap.actions.last_mut() {
            join(&mut a.text, more);
        }
    }

    fn add_done(&mut self, text: &str) {
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
    fn last_done_open(&self) -> bool {
        self.roadmap
            .assessments
            .iter()
            .rev()
            .find(|a| matches!(a.target, Target::Goal(_)))
            .and_then(|a| a.done.last())
            .is_some_and(|d| !d.ends_with(['.', ')', ':']))
    }

    fn extend_done(&mut self, more: &str) {
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

    fn line(&mut self, n: usize, raw: &str) {
        let line = clean(raw);
        let line = line.trim();
        if line.is_empty() {
            self.blank_before = true;
            return;
        }
        let blank_before = std::mem::take(&mut self.blank_before);
        if self.title.is_empty() {
            self.title = line.to_string();
            if let Some((a, b)) = line
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<i32>().ok())
                .collect::<Vec<_>>()
                .get(..2)
                .map(|v| (v[0], v[1]))
            {
                self.roadmap.period = Some((a, b));
            }
            return;
        }
        if self.heading(line) {
            return;
        }
        // Footnote legend: "* Siirtyi vuodelta 2024".
        if let Some((marks, meaning)) = line.split_once(' ')
            && !marks.is_empty()
            && marks.chars().all(|c| c == '*')
        {
            self.legend
                .push((marks.to_string(), meaning.trim().to_string()));
            return;
        }
        // The board and the date: "Lähidemokratia ja osallisuuslautakunta 18.3.2025".
        if self.part == Part::Front
            && self.date.is_none()
            && let Some((board, date)) = line.rsplit_once(' ')
            && let Some(date) = parse_date(date)
        {
            self.date = Some(date);
            self.roadmap.board = board.trim().to_string();
            return;
        }
        if self.in_vision {
            join(&mut self.roadmap.vision, line);
            if line.ends_with('.') {
                self.in_vision = false;
            }
            return;
        }
        if let Some((number, rest)) = goal_number(line) {
            self.goal_line(number, rest);
            return;
        }
        let starts_lower = line.starts_with(char::is_lowercase);
        let (bullet, body) = match line.strip_prefix('•') {
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        // "SITOVA TAVOITE: name" and its indicators.
        if let Some(name) = body.strip_prefix("SITOVA TAVOITE:") {
            self.roadmap.goals.push(Goal {
                key: "sitova".to_string(),
                number: None,
                name: name.trim().to_string(),
                binding: true,
                description: String::new(),
                indicators: Vec::new(),
            });
            self.last = Last::Nothing;
            return;
        }
        if body
            .to_lowercase()
            .starts_with("sitovan tavoitteen mittarit")
        {
            self.last = Last::Indicator;
            return;
        }
        if self.last == Last::GoalRepeat && !blank_before && !bullet {
            return;
        }
        let done_open = self.last == Last::Done && self.last_done_open();
        match self.part {
            Part::Table { .. } => {
                self.table_line(n, line, bullet, body, starts_lower, blank_before)
            }
            Part::Done { .. } if bullet => self.add_done(body),
            Part::Done { .. } if (starts_lower || done_open) && self.last == Last::Done => {
                self.extend_done(body)
            }
            Part::Notes if self.last == Last::Indicator && bullet && !body.ends_with(':') => {
                if let Some(g) = self.roadmap.goals.iter_mut().find(|g| g.binding) {
                    g.indicators.push(body.to_string());
                }
            }
            Part::Notes if self.last == Last::Indicator && !bullet && starts_lower => {
                if let Some(i) = self
                    .roadmap
                    .goals
                    .iter_mut()
                    .find(|g| g.binding)
                    .and_then(|g| g.indicators.last_mut())
                {
                    join(i, body);
                }
            }
            Part::Front if self.last == Last::GoalName => {}
            _ if (starts_lower || !blank_before) && self.last == Last::Note => {
                let n_last = self.unplaced.len();
                if n_last > 0 {
                    join(&mut self.unplaced[n_last - 1].1, body);
                    let notes = &mut self.roadmap.notes;
                    let last = notes.len() - 1;
                    join(&mut notes[last], body);
                }
            }
            _ => self.unplaced(n, line),
        }
    }

    fn table_line(
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

    /// Resolves footnote marks, sorts the assessments and settles the current year.
    fn finish(mut self) -> Option<Imported> {
        if self.roadmap.goals.iter().all(|g| g.binding) {
            return None;
        }
        for a in &mut self.roadmap.actions {
            let marks: String = a.text.chars().rev().take_while(|c| *c == '*').collect();
            if marks.is_empty() {
                continue;
            }
            a.text = a.text.trim_end_matches('*').trim_end().to_string();
            self.marks.push((a.id, marks));
        }
        for (id, marks) in std::mem::take(&mut self.marks) {
            let Some(meaning) = self
                .legend
                .iter()
                .find(|(m, _)| *m == marks)
                .map(|(_, t)| t.clone())
            else {
                continue;
            };
            let Some(a) = self.roadmap.actions.iter_mut().find(|a| a.id == id) else {
                continue;
            };
            let year = meaning
                .split(' ')
                .filter_map(|w| w.parse::<i32>().ok())
                .find(|y| (1900..3000).contains(y));
            match year {
                Some(y) if meaning.to_lowercase().starts_with("siirtyi") => {
                    a.carried_from = Some(y)
                }
                _ => a.origin = meaning,
            }
        }
        // Areas that never got a name (a stray fragment) go back to the notes.
        self.roadmap.areas.retain(|a| !a.name.is_empty());
        self.roadmap
            .assessments
            .sort_by(|a, b| (a.year, &a.target).cmp(&(b.year, &b.target)));
        self.roadmap.year = self.roadmap.years().last().copied().unwrap_or(0);
        let mut session = Session::new(
            &self.title,
            self.date,
            &crate::model::ThemeSet {
                key: String::new(),
                name: Default::default(),
                description: String::new(),
                themes: Vec::new(),
            },
        );
        session.place = self.roadmap.board.clone();
        session.roadmap = Some(Box::new(self.roadmap));
        Some(Imported {
            session,
            unplaced: self.unplaced,
        })
    }
}

/// Parses a roadmap report's text; `None` when it names no goal (TAVOITE N).
pub fn parse(text: &str) -> Option<Imported> {
    let mut parser = Parser::new();
    for (n, line) in text.lines().enumerate() {
        parser.line(n + 1, line);
    }
    parser.finish()
}
