//! Dates and times as Finnish people write them: 4.2.2015, klo 13.00.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::Lang;

/// A date as `4.2.2015` (no leading zeros), the same in all three languages.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%-d.%-m.%Y").to_string()
}

/// A time as `klo 13.00` (fi), `kl. 13.00` (sv) or `13:00` (en).
pub fn format_time(lang: Lang, time: NaiveTime) -> String {
    let (h, m) = (time.hour(), time.minute());
    match lang {
        Lang::Fi => format!("klo {h}.{m:02}"),
        Lang::Sv => format!("kl. {h}.{m:02}"),
        Lang::En => format!("{h}:{m:02}"),
    }
}

/// A time span as `klo 13.00–15.30`.
pub fn format_time_span(lang: Lang, start: NaiveTime, end: Option<NaiveTime>) -> String {
    let mut out = format_time(lang, start);
    if let Some(end) = end {
        let sep = if lang == Lang::En { ':' } else { '.' };
        out.push_str(&format!("–{}{sep}{:02}", end.hour(), end.minute()));
    }
    out
}

/// Parses a full date: `4.2.2015`, `04.02.2015` or ISO `2015-02-04`. The year has four
/// digits here (text read from files); typed dates go through [`parse_typed_date`].
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Some((d, m, y)) = day_month_year(text) {
        return (y.len() == 4).then(|| ymd(y, m, d)).flatten();
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// What a typed date without a year belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// The date of a session: `31.5.` is in the reference year.
    Session,
    /// A due date: `31.5.` is the next 31.5. on or after the reference date.
    Due,
}

/// Parses a date as people type it: `4.2.2015`, `4.2.15` (20YY), `31.5.` or `31.5`
/// (no year: see [`DateKind`]) or ISO `2015-02-04`; `reference` is the session's date or
/// today. `None` for anything else, and for a day that does not exist (31.2.).
pub fn parse_typed_date(text: &str, reference: NaiveDate, kind: DateKind) -> Option<NaiveDate> {
    let text = text.trim();
    let Some((d, m, y)) = day_month_year(text) else {
        return parse_date(text);
    };
    match y.len() {
        4 => ymd(y, m, d),
        2 => ymd(&format!("20{y}"), m, d),
        0 => {
            let year = reference.year();
            let this_year = ymd(&year.to_string(), m, d);
            match kind {
                DateKind::Session => this_year,
                // 29.2. is found in the next leap year, within eight years.
                DateKind::Due => (year..=year + 8)
                    .filter_map(|y| ymd(&y.to_string(), m, d))
                    .find(|date| *date >= reference),
            }
        }
        _ => None,
    }
}

/// Why `text` is not a date, in `lang`, showing the formats that are read: a day that
/// does not exist (31.2.2015) is told apart from text that is no date at all.
pub fn bad_date_message(lang: Lang, text: &str) -> String {
    let text = crate::model::text::clean(text);
    let shaped = day_month_year(text.trim()).is_some_and(|(_, _, y)| matches!(y.len(), 0 | 2 | 4));
    let msg = if shaped {
        super::Msg::NoSuchDay
    } else {
        super::Msg::BadTypedDate
    };
    msg.fill(lang, &[&text])
}

/// Splits `D.M.Y`, `D.M.` or `D.M` into digit strings; the year is empty when missing.
fn day_month_year(text: &str) -> Option<(&str, &str, &str)> {
    let mut parts = text.split('.');
    let (d, m) = (parts.next()?, parts.next()?);
    let y = parts.next().unwrap_or("");
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let ok = parts.next().is_none()
        && (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && digits(d)
        && digits(m)
        && digits(y);
    ok.then_some((d, m, y))
}

fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_dates_and_times() {
        let d = NaiveDate::from_ymd_opt(2015, 2, 4).unwrap();
        assert_eq!(format_date(d), "4.2.2015");
        let t = NaiveTime::from_hms_opt(13, 0, 0).unwrap();
        let e = NaiveTime::from_hms_opt(15, 30, 0).unwrap();
        assert_eq!(format_time(Lang::Fi, t), "klo 13.00");
        assert_eq!(format_time_span(Lang::Fi, t, Some(e)), "klo 13.00–15.30");
        assert_eq!(parse_date("4.2.2015"), Some(d));
        assert_eq!(parse_date("2015-02-04"), Some(d));
        assert_eq!(parse_date("31.2.2015"), None);
    }

    fn day(d: u32, m: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn two_digit_years_are_this_century() {
        let today = day(7, 12, 2026);
        let typed = |t| parse_typed_date(t, today, DateKind::Session);
        assert_eq!(typed("17.4.19"), Some(day(17, 4, 2019)));
        assert_eq!(
            parse_typed_date("1.6.26", today, DateKind::Due),
            Some(day(1, 6, 2026))
        );
        assert_eq!(typed("04.02.2015"), Some(day(4, 2, 2015)));
        // Read from a file, a short year is not a date rather than the year 19.
        assert_eq!(parse_date("17.4.19"), None);
    }

    #[test]
    fn a_date_without_a_year_is_near_the_session() {
        let session = day(17, 4, 2019);
        assert_eq!(
            parse_typed_date("31.5.", session, DateKind::Due),
            Some(day(31, 5, 2019))
        );
        assert_eq!(
            parse_typed_date("1.3", session, DateKind::Due),
            Some(day(1, 3, 2020))
        );
        assert_eq!(
            parse_typed_date("1.3.", session, DateKind::Session),
            Some(day(1, 3, 2019))
        );
        assert_eq!(
            parse_typed_date("29.2.", session, DateKind::Due),
            Some(day(29, 2, 2020))
        );
    }

    #[test]
    fn a_bad_date_is_named_with_the_format() {
        let fi = bad_date_message(Lang::Fi, "31.2.2015");
        assert!(
            fi.contains("'31.2.2015' ei ole") && fi.contains("P.K.VVVV"),
            "{fi}"
        );
        let en = bad_date_message(Lang::En, "tomorrow");
        assert!(
            en.starts_with("invalid date 'tomorrow'") && en.contains("D.M.YY"),
            "{en}"
        );
    }

    #[test]
    fn impossible_and_odd_dates_are_refused() {
        let today = day(7, 12, 2026);
        for bad in [
            "31.2.2015",
            "31.2.",
            "30.2.26",
            "1.13.2019",
            "17.4.019",
            "a.b.",
            "1..2019",
            "1.2.3.4",
            "",
        ] {
            assert_eq!(parse_typed_date(bad, today, DateKind::Due), None, "{bad:?}");
        }
    }
}
