//! The words the formats share: titles and headings, the facts of the session, the series
//! link, agenda lines, theme names and vote counts, all from the string catalogue.

use chrono::{NaiveTime, Timelike};

use super::Options;
use super::clean::sanitize;
use crate::i18n::{Msg, format_date, format_time, format_time_span};
use crate::model::{AgendaItem, Idea, Lang, Session, Theme};

/// The display name of `theme` in `lang`, sanitized; the key when the name is empty.
pub fn theme_name(theme: &Theme, lang: Lang) -> String {
    let name = sanitize(theme.name.get(lang));
    if name.is_empty() {
        sanitize(&theme.key)
    } else {
        name
    }
}

/// The sub-points an idea is written with: its own, then each wording merged into it as
/// `(yhdistetty: …)`, so the summary keeps what participants said. Not yet escaped.
pub fn idea_sub_points(idea: &Idea, lang: Lang) -> Vec<String> {
    let mut out = idea.sub_points.clone();
    out.extend(
        idea.merged_from
            .iter()
            .map(|w| Msg::MergedWording.fill(lang, &[&sanitize(w)])),
    );
    out
}

/// The wording inside a `(yhdistetty: …)` sub-point in any language, for reading a
/// summary back.
pub fn merged_wording(sub_point: &str) -> Option<&str> {
    Lang::ALL.into_iter().find_map(|lang| {
        let (before, after) = Msg::MergedWording.get(lang).split_once("{}")?;
        sub_point.trim().strip_prefix(before)?.strip_suffix(after)
    })
}

/// Joins parent and sub-theme names in the heading of a sub-theme in the text export:
/// `Tilat – Kokoontumistilat`.
pub const SUB_THEME_SEPARATOR: &str = " – ";

/// "3 ääntä" / "1 ääni".
pub fn votes_label(lang: Lang, votes: u32) -> String {
    Msg::count(lang, votes, Msg::VotesOne, Msg::VotesMany)
}

/// "Jatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019" when the session
/// continues an earlier one.
pub fn series_link(session: &Session, lang: Lang) -> Option<String> {
    let previous = session.previous.as_ref()?;
    let mut what = sanitize(&previous.title);
    if let Some(date) = previous.date {
        if !what.is_empty() {
            what.push(' ');
        }
        what.push_str(&format_date(date));
    }
    if what.is_empty() {
        return None;
    }
    Some(sanitize(&Msg::ContinuesSession.fill(lang, &[&what])))
}

/// An agenda item on one line: `klo 13.00–13.10 Avaus (10 min)`; the time span when a
/// start is known, the length only when there is no start.
pub fn agenda_line(lang: Lang, item: &AgendaItem) -> String {
    let title = sanitize(&item.title);
    match item.start {
        Some(start) if item.minutes > 0 => {
            let end = add_minutes(start, item.minutes);
            format!("{} {title}", format_time_span(lang, start, Some(end)))
        }
        Some(start) => format!("{} {title}", format_time(lang, start)),
        None if item.minutes > 0 => {
            format!("{title} ({})", Msg::Minutes.fill(lang, &[&item.minutes]))
        }
        None => title,
    }
}

fn add_minutes(start: NaiveTime, minutes: u32) -> NaiveTime {
    let total = (start.hour() * 60 + start.minute() + minutes) % (24 * 60);
    NaiveTime::from_hms_opt(total / 60, total % 60, 0).unwrap_or(start)
}

/// The facts of the session as (label, value) pairs: date, time, place, participants,
/// organisers; only those that are known.
pub fn facts(session: &Session, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(date) = session.date {
        out.push((Msg::ExportDate.get(lang), format_date(date)));
    }
    if let Some(start) = session.start {
        out.push((
            Msg::ExportTime.get(lang),
            format_time_span(lang, start, session.end),
        ));
    }
    let place = sanitize(&session.place);
    if !place.is_empty() {
        out.push((Msg::ExportPlace.get(lang), place));
    }
    if let Some(n) = session.participants {
        out.push((Msg::ExportParticipants.get(lang), n.to_string()));
    }
    let organisers: Vec<String> = session
        .organisers
        .iter()
        .map(|o| sanitize(o))
        .filter(|o| !o.is_empty())
        .collect();
    if !organisers.is_empty() {
        out.push((Msg::ExportOrganisers.get(lang), organisers.join(", ")));
    }
    out
}

/// The main title of the memo formats: [`Options::heading`], else the session title.
pub fn title(session: &Session, options: &Options) -> String {
    match &options.heading {
        Some(h) => sanitize(h),
        None => sanitize(&session.title),
    }
}

/// The heading of the written summary.
///
/// [`Options::heading`] wins, then [`Session::summary_heading`]; otherwise it is built
/// from the catalogue: `YHTEENVETO {date} {TITLE IN GENITIVE} RYHMÄTÖISTÄ` in Finnish,
/// `SAMMANFATTNING {date} AV GRUPPARBETENA VID {TITLE}` and
/// `SUMMARY {date} OF THE GROUP WORK AT {TITLE}` in Swedish and English.
///
/// The Finnish genitive rule is deliberately small (see [`genitive_fi`]): a title whose
/// last word ends in a, ä, o, ö, u, y or i gets an `N`, with the common consonant
/// gradations of the last syllable (pöytä → PÖYDÄN, viikko → VIIKON, ilta → ILLAN);
/// any other title is written `YHTEENVETO {date} RYHMÄTÖISTÄ: {TITLE}`. When that is not
/// good Finnish for a title, set `summary_heading` on the session.
pub fn summary_heading(session: &Session, options: &Options) -> String {
    if let Some(h) = &options.heading {
        return sanitize(h);
    }
    let own = sanitize(&session.summary_heading);
    if !own.is_empty() {
        return own;
    }
    built_summary_heading(session, options.lang)
}

/// The summary heading built from the catalogue (see [`summary_heading`]).
pub fn built_summary_heading(session: &Session, lang: Lang) -> String {
    let date = session.date.map(format_date).unwrap_or_default();
    let title = sanitize(&session.title).to_uppercase();
    let genitive = if lang == Lang::Fi {
        genitive_fi(&title)
    } else {
        None
    };
    let heading = match genitive {
        Some(g) => Msg::SummaryHeading.fill(lang, &[&date, &g]),
        None => Msg::SummaryHeadingPlain.fill(lang, &[&date, &title]),
    };
    let heading = sanitize(&heading);
    heading.trim_end_matches(':').trim_end().to_string()
}

/// The genitive of an upper-case Finnish title by the small rule of [`summary_heading`],
/// or `None` when the rule does not apply.
pub fn genitive_fi(upper: &str) -> Option<String> {
    let chars: Vec<char> = upper.chars().collect();
    let n = chars.len();
    let last = *chars.last()?;
    if !matches!(last, 'A' | 'Ä' | 'O' | 'Ö' | 'U' | 'Y' | 'I') {
        return None;
    }
    let vowel = |c: char| "AEIOUYÄÖÅ".contains(c);
    let mut stem: Vec<char> = chars[..n - 1].to_vec();
    let k = stem.len();
    if k >= 2 {
        let (a, b) = (stem[k - 2], stem[k - 1]);
        match (a, b) {
            ('K', 'K') | ('P', 'P') | ('T', 'T') => {
                stem.pop();
            }
            ('N', 'T') => stem[k - 1] = 'N',
            ('L', 'T') => stem[k - 1] = 'L',
            ('R', 'T') => stem[k - 1] = 'R',
            ('N', 'K') => stem[k - 1] = 'G',
            ('M', 'P') => stem[k - 1] = 'M',
            (a, 'T') if vowel(a) => stem[k - 1] = 'D',
            _ => {}
        }
    }
    let mut out: String = stem.into_iter().collect();
    out.push(last);
    out.push('N');
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_genitive() {
        assert_eq!(
            genitive_fi("YHTEISTYÖFOORUMI").as_deref(),
            Some("YHTEISTYÖFOORUMIN")
        );
        assert_eq!(
            genitive_fi("JÄRJESTÖJEN KUMPPANUUSPÖYTÄ").as_deref(),
            Some("JÄRJESTÖJEN KUMPPANUUSPÖYDÄN")
        );
        assert_eq!(genitive_fi("INFO-ILTA").as_deref(), Some("INFO-ILLAN"));
        assert_eq!(genitive_fi("TYÖPAJA").as_deref(), Some("TYÖPAJAN"));
        assert_eq!(
            genitive_fi("FOORUMIVIIKKO").as_deref(),
            Some("FOORUMIVIIKON")
        );
        assert_eq!(genitive_fi("KEVÄTKOKOUS"), None);
        assert_eq!(genitive_fi("PERHE"), None);
        assert_eq!(genitive_fi(""), None);
    }
}
