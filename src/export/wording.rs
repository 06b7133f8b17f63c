//! The words the formats share: titles and headings, the facts of the session, the series
//! link, agenda lines, theme names and vote counts, all from the string catalogue.

use super::Options;
use crate::i18n::{Msg, format_date, format_time_span};
use crate::model::{Idea, Lang, Session, Theme};
use crate::summary::{genitive_fi, sanitize};

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
