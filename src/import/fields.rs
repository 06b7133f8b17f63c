//! Fields of a text summary: the title line, agenda items, actions, votes, theme names and
//! the series link, read from the lines the text import has classified.

use super::line::all_caps;
use super::{Builder, matches_msg};
use crate::i18n::{Msg, parse_date};
use crate::model::{ActionItem, ActionStatus, AgendaItem, AgendaKind, Lang, SeriesLink, Session};
use crate::summary::{SUB_THEME_SEPARATOR, agenda_line};

pub(super) fn theme_named(theme: &crate::model::Theme, text: &str) -> bool {
    let f = super::fold(text);
    [&theme.name.fi, &theme.name.sv, &theme.name.en]
        .iter()
        .any(|n| !n.is_empty() && super::fold(n) == f)
}

pub(super) fn has_date(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| parse_date(w.trim_end_matches([',', ':', '.'])).is_some())
}

/// Title, date and language read from a summary heading by the catalogue's templates.
pub(super) fn parse_summary_title(line: &str) -> (String, Option<chrono::NaiveDate>, Option<Lang>) {
    let upper = line.to_uppercase();
    for lang in Lang::ALL {
        for (msg, genitive) in [
            (Msg::SummaryHeadingPlain, false),
            (Msg::SummaryHeading, true),
        ] {
            let pieces: Vec<String> = msg
                .get(lang)
                .split("{}")
                .map(|p| p.trim().to_uppercase())
                .collect();
            let [p0, p1, p2] = pieces.as_slice() else {
                continue;
            };
            let Some(rest) = upper.strip_prefix(p0.as_str()) else {
                continue;
            };
            let Some(middle) = rest.trim_end().strip_suffix(p2.as_str()) else {
                continue;
            };
            let middle = middle.trim();
            let mut date = None;
            let mut after = middle;
            if let Some(first) = middle.split_whitespace().next()
                && let Some(d) = parse_date(first)
            {
                date = Some(d);
                after = middle[first.len()..].trim_start();
            }
            let Some(title) = after.strip_prefix(p1.as_str()) else {
                continue;
            };
            let title = title.trim();
            if title.is_empty() {
                continue;
            }
            let title = if genitive && lang == Lang::Fi {
                match title.strip_suffix('N') {
                    Some(stem) => undo_gradation(stem),
                    None => continue,
                }
            } else {
                title.to_string()
            };
            // The heading was upper-cased; give the title back a sentence case.
            return (sentence_case(&title), date, Some(lang));
        }
    }
    let date = line
        .split_whitespace()
        .find_map(|w| parse_date(w.trim_end_matches([',', ':', '.'])));
    (line.to_string(), date, None)
}

/// Reverses the two gradations of [`crate::summary::genitive_fi`] that can be told back.
pub(super) fn undo_gradation(stem: &str) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let vowel = |c: char| "AEIOUYÄÖÅ".contains(c);
    if n >= 3 && chars[n - 2] == 'D' && vowel(chars[n - 1]) && vowel(chars[n - 3]) {
        let mut c = chars.clone();
        c[n - 2] = 'T';
        return c.into_iter().collect();
    }
    if n >= 3 && chars[n - 3] == 'N' && chars[n - 2] == 'G' && vowel(chars[n - 1]) {
        let mut c = chars.clone();
        c[n - 2] = 'K';
        return c.into_iter().collect();
    }
    stem.to_string()
}

pub(super) fn sentence_case(text: &str) -> String {
    if !all_caps(text) {
        return text.to_string();
    }
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub use crate::summary::split_votes;

/// Reads an agenda line as the export writes it (time span, title, length), keeping the
/// whole line as the title when the reading would not write back the same line.
pub(super) fn agenda_item(line: &str, prompt: String, lang: Lang) -> AgendaItem {
    let plain = AgendaItem {
        title: line.to_string(),
        start: None,
        minutes: 0,
        kind: AgendaKind::default(),
        prompt,
    };
    let mut parsed = plain.clone();
    let mut rest = line;
    for prefix in ["klo ", "kl. ", "kl "] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            break;
        }
    }
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let (from, to) = match first.split_once(['–', '-']) {
        Some((a, b)) => (a, Some(b)),
        None => (first, None),
    };
    let time = |t: &str| {
        let (h, m) = t.split_once(['.', ':'])?;
        if m.len() != 2 {
            return None;
        }
        chrono::NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
    };
    if let Some(start) = time(from) {
        parsed.start = Some(start);
        parsed.title = after.to_string();
        if let Some(end) = to.and_then(time) {
            let minutes = (end - start).num_minutes().rem_euclid(24 * 60);
            parsed.minutes = u32::try_from(minutes).unwrap_or(0);
        }
    } else if let Some(open) = line.rfind(" (")
        && let Some(inner) = line[open + 2..].strip_suffix(')')
        && let Some(n) = inner.strip_suffix(" min")
        && let Ok(n) = n.parse::<u32>()
    {
        parsed.title = line[..open].to_string();
        parsed.minutes = n;
    }
    if agenda_line(lang, &parsed) == line {
        parsed
    } else {
        plain
    }
}

/// Reads an action with its `Label: value` sub-points; sub-points that are no known
/// field are returned for the notes.
pub(super) fn action_item(text: String, subs: &[String]) -> (ActionItem, Vec<String>) {
    let mut action = ActionItem {
        text,
        owner: String::new(),
        due: None,
        status: ActionStatus::Open,
        ideas: Vec::new(),
    };
    let mut left = Vec::new();
    for sub in subs {
        let Some((label, value)) = sub.split_once(':') else {
            left.push(sub.clone());
            continue;
        };
        let value = value.trim();
        if matches_msg(label, Msg::ExportOwner).is_some() && action.owner.is_empty() {
            action.owner = value.to_string();
        } else if matches_msg(label, Msg::ExportDue).is_some()
            && let Some(d) = parse_date(value)
        {
            action.due = Some(d);
        } else if matches_msg(label, Msg::ExportStatus).is_some()
            && let Some(status) = status_from(value)
        {
            action.status = status;
        } else {
            left.push(sub.clone());
        }
    }
    (action, left)
}

pub(super) fn status_from(value: &str) -> Option<ActionStatus> {
    [
        (Msg::StatusOpen, ActionStatus::Open),
        (Msg::StatusDone, ActionStatus::Done),
        (Msg::StatusPartly, ActionStatus::Partly),
        (Msg::StatusNotDone, ActionStatus::NotDone),
    ]
    .into_iter()
    .find_map(|(m, s)| matches_msg(value, m).map(|_| s))
}

/// Adds an idea whose text may end in `(3 ääntä)` in the session's language and then in
/// its table, `[Ryhmä 3]`, as the export writes them.
pub(super) fn idea_with_votes(b: &mut Builder, text: &str, theme: Option<&str>, subs: &[String]) {
    let (text, table) = split_table(text);
    let (text, votes) = split_votes(&text, b.session.language);
    // Word writes the votes in a run of their own after the table: "… [Ryhmä 1] (2 ääntä)".
    let (text, table) = match table {
        Some(t) => (text, Some(t)),
        None => split_table(&text),
    };
    let index = b.idea(&text, theme, subs);
    b.session.ideas[index].votes = votes;
    b.session.ideas[index].table = table.map(|t| crate::model::text::clean(&t));
}

/// Splits a trailing ` [Ryhmä 3]` (the idea's table) off an idea; text in brackets
/// elsewhere, or brackets inside the name, stay text.
pub fn split_table(text: &str) -> (String, Option<String>) {
    let t = text.trim_end();
    if let Some(open) = t.rfind(" [")
        && t.ends_with(']')
    {
        let inner = t[open + 2..t.len() - 1].trim();
        if !inner.is_empty() && !inner.contains(['[', ']']) && !t[..open].trim().is_empty() {
            return (t[..open].to_string(), Some(inner.to_string()));
        }
    }
    (text.to_string(), None)
}

/// A line of the voting result: nothing when it names an idea read already (its votes came
/// with it), else a new idea with its votes, in the theme its first sub-point names.
pub(super) fn ranked_item(b: &mut Builder, text: &str, subs: &[String]) {
    let (text, votes) = split_votes(text, b.session.language);
    let cleaned = crate::model::text::clean(&text);
    if b.session.ideas.iter().any(|i| i.text == cleaned) {
        return;
    }
    let mut subs = subs.to_vec();
    let place = subs
        .first()
        .and_then(|name| theme_by_name(&b.session, name));
    let key = match place {
        Some(key) => {
            subs.remove(0);
            key
        }
        None => None,
    };
    let index = b.idea(&text, key.as_deref(), &subs);
    b.session.ideas[index].votes = votes;
}

/// The theme a summary names `name` (`Tilat`, `Tilat – Salit`): `Some(None)` for the
/// unsorted pool, `None` when no theme has that name.
pub(super) fn theme_by_name(session: &Session, name: &str) -> Option<Option<String>> {
    if matches_msg(name, Msg::Unsorted).is_some() {
        return Some(None);
    }
    if let Some((parent, child)) = name.split_once(SUB_THEME_SEPARATOR) {
        let hit = session.themes.iter().find(|t| {
            theme_named(t, child)
                && t.parent
                    .as_deref()
                    .and_then(|p| session.theme(p))
                    .is_some_and(|p| theme_named(p, parent))
        });
        if let Some(t) = hit {
            return Some(Some(t.key.clone()));
        }
    }
    session
        .themes
        .iter()
        .find(|t| theme_named(t, name))
        .map(|t| Some(t.key.clone()))
}

/// The session a paragraph "Jatkoa tilaisuudelle Title 17.4.2019" (in any language,
/// also in Markdown italics) names.
pub(super) fn series_link(text: &str) -> Option<SeriesLink> {
    let text = text.trim().trim_matches(['*', '_']).trim();
    Lang::ALL.into_iter().find_map(|lang| {
        let template = Msg::ContinuesSession.get(lang);
        let (before, after) = template.split_once("{}")?;
        let rest = text.strip_prefix(before)?.strip_suffix(after)?.trim();
        let (title, date) = match rest.rsplit_once(' ') {
            Some((title, last)) if parse_date(last).is_some() => (title, parse_date(last)),
            _ => match parse_date(rest) {
                Some(d) => ("", Some(d)),
                None => (rest, None),
            },
        };
        (!title.is_empty() || date.is_some()).then(|| SeriesLink {
            title: title.trim().to_string(),
            date,
        })
    })
}
