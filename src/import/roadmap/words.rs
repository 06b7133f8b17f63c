//! Words of a roadmap report: statuses, goal lines, headings and how PDF text breaks them.

use crate::model::key_from_name;
use crate::model::roadmap::Status;

/// The statuses as a report writes them, longest first so "Toteutuu osittain" wins.
pub(super) const STATUSES: [(&str, Status); 4] = [
    ("toteutuu osittain", Status::Partly),
    ("ei toteudu", Status::NotAchieved),
    ("ei arvioitu", Status::NotAssessed),
    ("toteutuu", Status::Achieved),
];

/// Letters only, lower case: how an area is recognised across tables.
pub(super) fn letters(name: &str) -> String {
    key_from_name(name).replace('-', "")
}

/// How broken a name looks: hyphens and stray short fragments.
pub(super) fn brokenness(name: &str) -> usize {
    name.matches('-').count()
        + name
            .split(' ')
            .filter(|w| w.chars().count() <= 2 && !matches!(*w, "ja" | "ml" | "ja/tai"))
            .count()
}

/// `text` with a trailing status cut off, and the status.
pub(super) fn split_status(text: &str) -> (String, Option<Status>) {
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
pub(super) fn join(text: &mut String, more: &str) {
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

/// "TAVOITE 2: rest" as the goal's number and the rest of the line.
pub(super) fn goal_number(line: &str) -> Option<(u32, &str)> {
    let rest = line.strip_prefix("TAVOITE ")?;
    let (n, rest) = rest.split_once(':')?;
    Some((n.trim().parse().ok()?, rest.trim()))
}

/// The year of a heading `<prefix> YEAR <tail>` whose tail is exactly `tail` (any case).
pub(super) fn year_in(line: &str, prefix: &str, tail: &str) -> Option<i32> {
    let lower = line.trim().to_lowercase();
    let rest = lower.strip_prefix(prefix)?;
    let (year, rest) = rest.split_once(' ')?;
    (rest.trim() == tail).then_some(())?;
    year.parse().ok()
}
