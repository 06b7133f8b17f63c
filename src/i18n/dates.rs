//! Dates and times as Finnish people write them: 4.2.2015, klo 13.00.

use chrono::{NaiveDate, NaiveTime, Timelike};

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

/// Parses `4.2.2015`, `04.02.2015` or ISO `2015-02-04`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d.%m.%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
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
}
