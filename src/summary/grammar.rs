//! The vocabulary a summary is written in and read back by: separators, bullets, vote
//! labels, merged wordings, agenda lines and the Finnish genitive of a title. The exports
//! write with these and the imports read with them, so neither needs the other.

use chrono::{NaiveTime, Timelike};

use super::clean::sanitize;
use crate::i18n::{Msg, format_time, format_time_span};
use crate::model::{AgendaItem, Lang};

/// Joins parent and sub-theme names in the heading of a sub-theme in the text export:
/// `Tilat – Kokoontumistilat`.
pub const SUB_THEME_SEPARATOR: &str = " – ";

/// Separator of sub-points in their one cell.
pub const SUB_POINT_SEPARATOR: &str = " / ";

/// Bullet of an idea.
pub const BULLET: &str = "• ";
/// Bullet of a sub-point (after two spaces of indentation).
pub const SUB_BULLET: &str = "  – ";

/// "3 ääntä" / "1 ääni".
pub fn votes_label(lang: Lang, votes: u32) -> String {
    Msg::count(lang, votes, Msg::VotesOne, Msg::VotesMany)
}

/// Splits a trailing `(3 ääntä)` off an idea, written in `lang`; only the exact form the
/// export writes for that number is read as votes.
pub fn split_votes(text: &str, lang: Lang) -> (String, u32) {
    let t = text.trim_end();
    if let Some(open) = t.rfind(" (")
        && t.ends_with(')')
    {
        let inner = &t[open + 2..t.len() - 1];
        let number: String = inner.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = number.parse::<u32>()
            && votes_label(lang, n) == inner
        {
            return (t[..open].to_string(), n);
        }
    }
    (text.to_string(), 0)
}

/// The wording inside a `(yhdistetty: …)` sub-point in any language, for reading a
/// summary back.
pub fn merged_wording(sub_point: &str) -> Option<&str> {
    Lang::ALL.into_iter().find_map(|lang| {
        let (before, after) = Msg::MergedWording.get(lang).split_once("{}")?;
        sub_point.trim().strip_prefix(before)?.strip_suffix(after)
    })
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

/// The genitive of an upper-case Finnish title by the small rule the summary heading uses
/// ([`crate::export::summary_heading`]), or `None` when the rule does not apply.
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
