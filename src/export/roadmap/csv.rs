//! The roadmap as CSV: one row per action of the year (goal, action area, year, action,
//! owner, assessment, what was done), UTF-8 with BOM and `;` for Finnish Excel.

use crate::export::csv::guard;
use crate::export::sanitize;
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::{Roadmap, Target, action_status};

use super::report::goal_title;

/// The actions of `year` as CSV bytes.
pub fn render(r: &Roadmap, year: i32, lang: Lang) -> Vec<u8> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let head = [
            Msg::RmColGoal,
            Msg::RmColArea,
            Msg::RmColYear,
            Msg::RmColAction,
            Msg::RmColOwner,
            Msg::RmColAssessment,
            Msg::RmColDone,
        ];
        let _ = w.write_record(head.iter().map(|m| m.get(lang)));
        for goal in &r.goals {
            for area in r.areas_of(&goal.key) {
                let done: Vec<String> = r
                    .assessment(&Target::Area(area.key.clone()), year)
                    .map_or(Vec::new(), |a| a.done.iter().map(|d| sanitize(d)).collect());
                for action in r.actions_in(&area.key, year) {
                    let status = action_status(r, action);
                    let row = [
                        goal_title(r, &goal.key, lang),
                        sanitize(&area.name),
                        year.to_string(),
                        sanitize(&action.text),
                        sanitize(&action.owners.join(", ")),
                        status.label(lang).to_string(),
                        done.join(" | "),
                    ];
                    let _ = w.write_record(row.iter().map(|c| guard(c)));
                }
            }
        }
        let _ = w.flush();
    }
    out
}
