//! A roadmap report's text, as pasted from its PDF (like seed 003), into a roadmap:
//! goals (TAVOITE N), action areas, each year's actions with their status ("Toteutuu",
//! "Toteutuu osittain"), what was done per goal, the binding goal with its indicators and
//! the footnote marks (`*` carried over, `**` raised by a survey). Every line that fits
//! nowhere is kept in the roadmap's notes and reported with its line number.
//!
//! PDF text breaks names over lines ("Toistensa" / "tunteminen", "Palvelu-" /
//! "kokonaisuudet", even "kehittämin" / "en"): a line that starts in lower case continues
//! the text before it, and one area met in two tables is recognised by its letters alone.

mod table;
mod words;

use chrono::NaiveDate;
use words::{goal_number, join, year_in};

use crate::i18n::parse_date;
use crate::model::roadmap::{Goal, Roadmap};
use crate::model::{Session, text::clean};

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
