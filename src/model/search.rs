//! Finding ideas as the user types: case- and accent-insensitive substring search over idea
//! texts and sub-points, with the matches as byte ranges of the original text to highlight.

use std::ops::Range;

use super::fold::fold_char;
use super::{IdeaId, Session};

/// One idea that matches a search, with where in it the query occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The idea.
    pub id: IdeaId,
    /// Byte ranges of matches in the idea's text, in order, not overlapping.
    pub text: Vec<Range<usize>>,
    /// For each sub-point with matches: its index and the byte ranges in it.
    pub sub_points: Vec<(usize, Vec<Range<usize>>)>,
}

/// Ideas matching `query`, in board order. The query's words must each occur somewhere in
/// the idea (text or sub-points), anywhere inside a word; "yhteistyo" finds "Yhteistyö".
/// An empty query finds nothing.
pub fn search(session: &Session, query: &str) -> Vec<SearchHit> {
    let terms: Vec<Vec<char>> = query
        .split_whitespace()
        .map(|w| {
            let mut t = Vec::new();
            w.chars().for_each(|c| fold_char(c, |f| t.push(f)));
            t
        })
        .filter(|t| !t.is_empty())
        .collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for idea in &session.ideas {
        let mut found = vec![false; terms.len()];
        let text = matches(&idea.text, &terms, &mut found);
        let sub_points: Vec<(usize, Vec<Range<usize>>)> = idea
            .sub_points
            .iter()
            .enumerate()
            .map(|(n, s)| (n, matches(s, &terms, &mut found)))
            .filter(|(_, r)| !r.is_empty())
            .collect();
        if found.iter().all(|f| *f) {
            hits.push(SearchHit {
                id: idea.id,
                text,
                sub_points,
            });
        }
    }
    hits
}

/// Byte ranges in `text` where any of `terms` occurs, merged; marks the terms found.
fn matches(text: &str, terms: &[Vec<char>], found: &mut [bool]) -> Vec<Range<usize>> {
    // Folded characters with the byte span of the original character each came from.
    let mut folded: Vec<(char, Range<usize>)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let span = at..at + c.len_utf8();
        let before = folded.len();
        fold_char(c, |f| folded.push((f, span.clone())));
        // A combining mark folds to nothing: it belongs to the letter before it.
        if folded.len() == before
            && let Some(last) = folded.last_mut()
        {
            last.1.end = span.end;
        }
    }
    let mut ranges = Vec::new();
    for (t, term) in terms.iter().enumerate() {
        let mut start = 0;
        while start + term.len() <= folded.len() {
            let window = &folded[start..start + term.len()];
            if window.iter().zip(term).all(|((f, _), c)| f == c) {
                found[t] = true;
                ranges.push(window[0].1.start..window[term.len() - 1].1.end);
                start += term.len();
            } else {
                start += 1;
            }
        }
    }
    merge(ranges)
}

/// Sorts ranges and joins those that overlap or touch.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Idea, ThemeSet};

    fn session(ideas: &[(&str, &[&str])]) -> Session {
        let set = ThemeSet {
            key: "k".into(),
            name: crate::model::Names::same("K"),
            description: String::new(),
            themes: Vec::new(),
        };
        let mut s = Session::new("Foorumi", None, &set);
        let t = chrono::DateTime::parse_from_rfc3339("2015-02-04T13:00:00+02:00").unwrap();
        for (n, (text, subs)) in ideas.iter().enumerate() {
            let mut idea = Idea::new(IdeaId(n as u64 + 1), text, None, t);
            idea.sub_points = subs.iter().map(|s| s.to_string()).collect();
            s.apply(Change::AddIdea {
                idea,
                position: None,
            })
            .unwrap();
        }
        s
    }

    fn highlighted<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn case_and_accents_are_ignored_and_ranges_point_into_the_original() {
        let text = "YHTEISTYÖ eri yhdistysten kanssa; Yhteistyö!";
        let s = session(&[(text, &[]), ("Tilat", &[])]);
        let hits = search(&s, "yhteistyo");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].id, IdeaId(1));
        assert_eq!(highlighted(text, &hits[0].text), ["YHTEISTYÖ", "Yhteistyö"]);
        // A query with the accent finds the same.
        assert_eq!(search(&s, "YHTEISTYÖ"), hits);
    }

    #[test]
    fn incremental_prefixes_and_inner_substrings_match() {
        let s = session(&[("Kumppanuustalot", &[]), ("Tilat maksutta", &[])]);
        for q in ["ku", "kump", "talo", "UUSTA"] {
            let hits = search(&s, q);
            assert_eq!(hits.len(), 1, "{q}");
            assert_eq!(hits[0].id, IdeaId(1), "{q}");
        }
        assert_eq!(search(&s, "").len(), 0);
        assert_eq!(search(&s, "   ").len(), 0);
        assert_eq!(search(&s, "xyz").len(), 0);
    }

    #[test]
    fn every_word_must_occur_in_text_or_sub_points() {
        let s = session(&[
            ("Tilat", &["maksutta yhdistyksille", "siivous"]),
            ("Tilat kalliita", &[]),
        ]);
        let hits = search(&s, "tilat MAKSU");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].text.len(), 1);
        assert_eq!(hits[0].text[0], 0..5);
        assert_eq!(hits[0].sub_points.len(), 1);
        assert_eq!(hits[0].sub_points[0].0, 0);
        assert_eq!(hits[0].sub_points[0].1.len(), 1);
        assert_eq!(hits[0].sub_points[0].1[0], 0..5);
        assert_eq!(search(&s, "tilat").len(), 2);
    }

    #[test]
    fn decomposed_and_multibyte_text_gives_valid_ranges() {
        let text = "Ta\u{308}rkea\u{308} 👩‍👩‍👧 tärkeä";
        let s = session(&[(text, &[])]);
        let hits = search(&s, "tarkea");
        assert_eq!(
            highlighted(text, &hits[0].text),
            ["Ta\u{308}rkea\u{308}", "tärkeä"]
        );
        // Both women of the family emoji; each range is whole characters.
        let hits = search(&s, "👩");
        assert_eq!(highlighted(text, &hits[0].text), ["👩", "👩"]);
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(merge(vec![3..5, 0..2, 1..4, 7..8]), [0..5, 7..8]);
    }
}
