//! Imports: summaries people already have, turned into sessions.
//!
//! - [`from_text`] reads plain text and Markdown summaries as people write them, also
//!   text copied out of a PDF such as the 2015 appendix (see [`text`] for the rules).
//! - [`from_csv`] reads a spreadsheet with theme and idea columns (see [`csv`]).
//!
//! Both are pure functions: they never fail and never drop text. What cannot be placed
//! goes to the unsorted pool or to [`Session::notes`], and [`Imported::report`] says, in
//! catalogue messages, what went where. Given a [`ThemeSet`], a heading or theme cell
//! that matches a theme's name in any language (ignoring case, diacritics and
//! punctuation) or its key is mapped to that theme; the session then holds the set's
//! themes, those met in the text first in the order met, the rest after them.
//!
//! Ideas get ids from 1 in the order read. The import has no clock: ideas and parking
//! items are stamped with the session date at 00:00 UTC (1.1.1970 when the date is not
//! known); a CSV `created` column is used when it holds RFC 3339 times.

pub mod csv;
mod docx;
mod fields;
mod lang;
mod line;
mod markdown;
mod prepare;
mod sections;
pub mod source;
pub mod text;

pub use line::looks_like_marker;

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, TimeZone};

use crate::i18n::Msg;
use crate::model::text::{MAX_CHARS, clean_pieces};
use crate::model::{Idea, Lang, Names, Session, Theme, ThemeSet, Timestamp};

/// A session made from imported text, and what the import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The new session.
    pub session: Session,
    /// One line per decision: title, date, each heading and where it went, counts of
    /// unsorted ideas, notes, agenda items, parking items and actions.
    pub report: Vec<String>,
}

/// How to read a document: all optional.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// Theme set whose themes headings and theme cells are matched to.
    pub themes: Option<&'a ThemeSet>,
    /// The session's language; detected from the text when not given.
    pub lang: Option<Lang>,
    /// The report's language; the session's when not given.
    pub report_lang: Option<Lang>,
    /// CSV columns chosen by the user.
    pub columns: csv::Columns,
    /// Whether a text is Markdown; sniffed from the text when not given.
    pub markdown: Option<bool>,
}

/// Reads a decoded document of any kind (see [`source`]); the decoding notices come first
/// in the report.
pub fn from_source(source: &source::Source, options: &Options) -> Imported {
    let mut imported = match source.kind {
        source::Kind::Csv => csv::import(source.text.as_bytes(), options),
        source::Kind::Text => text::import(&source.text, options),
        source::Kind::Markdown | source::Kind::Docx => text::import(
            &source.text,
            &Options {
                markdown: Some(true),
                ..options.clone()
            },
        ),
    };
    let mut report = source.notices.clone();
    report.append(&mut imported.report);
    imported.report = report;
    imported
}

/// Reads a plain-text or Markdown summary; the report is in the language the text is
/// detected to be in (Finnish when unsure). See [`text`].
pub fn from_text(input: &str, themes: Option<&ThemeSet>) -> Imported {
    text::import(
        input,
        &Options {
            themes,
            ..Options::default()
        },
    )
}

/// [`from_text`] with the report in `lang`.
pub fn from_text_in(input: &str, themes: Option<&ThemeSet>, lang: Lang) -> Imported {
    text::import(
        input,
        &Options {
            themes,
            report_lang: Some(lang),
            ..Options::default()
        },
    )
}

/// Reads a CSV file with (at least) an idea column; the report is in the language of its
/// header (Finnish when unsure). See [`csv`].
pub fn from_csv(bytes: &[u8], themes: Option<&ThemeSet>) -> Imported {
    csv::import(
        bytes,
        &Options {
            themes,
            ..Options::default()
        },
    )
}

/// [`from_csv`] with the report in `lang`.
pub fn from_csv_in(bytes: &[u8], themes: Option<&ThemeSet>, lang: Lang) -> Imported {
    csv::import(
        bytes,
        &Options {
            themes,
            report_lang: Some(lang),
            ..Options::default()
        },
    )
}

/// Folds a name for comparison: lower case, Nordic and common Latin diacritics removed,
/// everything but letters and digits dropped. `Tilat/Kumppanuustalot` and
/// `tilat – kumppanuustalot` fold alike.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            'š' => 's',
            'ž' => 'z',
            c => c,
        };
        if c.is_alphanumeric() {
            out.push(c);
        }
    }
    out
}

/// True when `msg` in some language folds to the same as `text`; gives that language.
pub(crate) fn matches_msg(text: &str, msg: Msg) -> Option<Lang> {
    let f = fold(text);
    if f.is_empty() {
        return None;
    }
    Lang::ALL.into_iter().find(|&l| fold(msg.get(l)) == f)
}

/// Word stems of a name, for matching theme names loosely: each word of four letters or
/// more, folded and cut to its first five letters, so that inflected Finnish forms share a
/// stem (kumppanuus, kumppanuuden → kumpp); small words such as "ja" are left out.
fn stems(name: &str) -> std::collections::HashSet<String> {
    const SMALL: &[&str] = &[
        "ja", "tai", "sekä", "och", "eller", "and", "or", "the", "of",
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !SMALL.contains(&w.to_lowercase().as_str()))
        .map(|w| fold(w).chars().take(5).collect())
        .collect()
}

/// The timestamp given to imported items: the session date at 00:00 UTC.
fn stamp(date: Option<NaiveDate>) -> Timestamp {
    let utc = chrono::FixedOffset::east_opt(0).expect("zero offset is valid");
    let day = date.unwrap_or_else(|| NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date"));
    utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight is valid"))
}

/// Builds the session: themes (mapped to the theme set or new), ideas, report.
struct Builder<'a> {
    session: Session,
    set: Option<&'a ThemeSet>,
    lang: Lang,
    report: Vec<String>,
    created: Timestamp,
    /// Ids of ideas whose text was over [`MAX_CHARS`] and was split into sub-points.
    split: Vec<u64>,
    /// The ends of other texts over [`MAX_CHARS`] (names, actions), for the notes.
    overflow: Vec<String>,
    /// Lead-ins of headings mapped to a theme set's themes, for the notes.
    leads: Vec<String>,
    /// Names mapped to a theme of the set by word stems, with the theme's name.
    fuzzy: HashMap<String, String>,
    /// (parent key, folded name) → key, for imports that reuse themes by name (CSV).
    by_name: HashMap<(Option<String>, String), String>,
    /// Themes created or mapped, in order, with the name as met: for the report.
    met: Vec<(String, String, bool)>,
    /// The keys of the session's themes, and the next suffix to try per base key: a
    /// summary with thousands of headings is read in linear time.
    keys: HashSet<String>,
    suffix: HashMap<String, usize>,
}

impl<'a> Builder<'a> {
    fn new(title: &str, date: Option<NaiveDate>, set: Option<&'a ThemeSet>, lang: Lang) -> Self {
        let empty = ThemeSet {
            key: set.map(|s| s.key.clone()).unwrap_or_default(),
            name: Names::default(),
            description: String::new(),
            themes: Vec::new(),
        };
        let mut session = Session::new(title, date, &empty);
        session.language = lang;
        Builder {
            session,
            set,
            lang,
            report: Vec::new(),
            created: stamp(date),
            split: Vec::new(),
            overflow: Vec::new(),
            leads: Vec::new(),
            fuzzy: HashMap::new(),
            by_name: HashMap::new(),
            met: Vec::new(),
            keys: HashSet::new(),
            suffix: HashMap::new(),
        }
    }

    /// Cleans one imported text as the model requires. A text over [`MAX_CHARS`] keeps its
    /// first piece here; the rest goes to the session notes, and the report says so.
    fn clean(&mut self, text: &str) -> String {
        let mut pieces = clean_pieces(text).into_iter();
        let first = pieces.next().unwrap_or_default();
        let rest: Vec<String> = pieces.collect();
        if !rest.is_empty() {
            self.overflow.push(rest.join(" "));
        }
        first
    }

    /// The theme of the set that `name` names (under `parent` preferably).
    fn set_theme(&self, name: &str, parent: Option<&str>) -> Option<&'a Theme> {
        let set = self.set?;
        let f = fold(name);
        if f.is_empty() {
            return None;
        }
        let hit = |t: &&Theme| {
            fold(&t.name.fi) == f
                || (!t.name.sv.is_empty() && fold(&t.name.sv) == f)
                || (!t.name.en.is_empty() && fold(&t.name.en) == f)
                || fold(&t.key) == f
        };
        set.themes
            .iter()
            .filter(|t| parent.is_some() && t.parent.as_deref() == parent)
            .find(hit)
            .or_else(|| set.themes.iter().find(hit))
    }

    /// The theme of the set whose name shares the most word stems with `name` ("Tilat ja
    /// kumppanuustalot" → `tilat`, named "Tilat/kumppanuustalot"); `None` on a tie or when
    /// no stem is shared.
    fn fuzzy_theme(&self, name: &str) -> Option<&'a Theme> {
        let set = self.set?;
        let wanted = stems(name);
        if wanted.is_empty() {
            return None;
        }
        let score = |t: &Theme| {
            let mut own = stems(&t.name.fi);
            own.extend(stems(&t.name.sv));
            own.extend(stems(&t.name.en));
            own.extend(stems(&t.key.replace('-', " ")));
            wanted.iter().filter(|s| own.contains(*s)).count()
        };
        let mut scored: Vec<(usize, &Theme)> = set.themes.iter().map(|t| (score(t), t)).collect();
        scored.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        match scored.as_slice() {
            [(best, theme), rest @ ..]
                if *best > 0 && rest.first().is_none_or(|(n, _)| n < best) =>
            {
                Some(*theme)
            }
            _ => None,
        }
    }

    /// Puts a theme of the set into the session (its parent first) unless it is there.
    fn ensure(&mut self, theme: &Theme) {
        if self.keys.contains(&theme.key) {
            return;
        }
        if let Some(parent) = &theme.parent
            && let Some(p) = self
                .set
                .and_then(|s| s.themes.iter().find(|t| &t.key == parent))
        {
            self.ensure(&p.clone());
        }
        self.keys.insert(theme.key.clone());
        self.session.themes.push(theme.clone());
    }

    /// The key for a heading `name` (under `parent`): a theme of the set, or a new theme.
    /// With `reuse`, a name met before gives the theme made for it then.
    fn theme_for(&mut self, name: &str, parent: Option<&str>, reuse: bool) -> String {
        let name = self.clean(name);
        let memo = (parent.map(str::to_string), fold(&name));
        if reuse && let Some(key) = self.by_name.get(&memo) {
            return key.clone();
        }
        let fuzzy = self.set_theme(&name, parent).is_none();
        let found = self
            .set_theme(&name, parent)
            .or_else(|| self.fuzzy_theme(&name));
        if fuzzy && let Some(theme) = found {
            self.fuzzy
                .insert(name.clone(), theme.name.get(self.lang).to_string());
        }
        let key = if let Some(theme) = found {
            let theme = theme.clone();
            self.ensure(&theme);
            self.met.push((name.clone(), theme.key.clone(), true));
            theme.key
        } else {
            let key = self.free_key(&name);
            self.keys.insert(key.clone());
            self.session.themes.push(Theme {
                key: key.clone(),
                parent: parent.map(str::to_string),
                name: Names::same(&name),
                description: String::new(),
            });
            self.met.push((name.clone(), key.clone(), false));
            key
        };
        self.by_name.insert(memo, key.clone());
        key
    }

    /// Keeps the lead-in under a heading: the description of a theme made here, else a note.
    fn lead_in(&mut self, key: &str, heading: &str, lead: String) {
        if lead.is_empty() {
            return;
        }
        // The theme was made for this heading when it is the last one made (no search:
        // a summary may have thousands of headings).
        let made_here = matches!(self.met.last(), Some((_, k, false)) if k == key);
        match self.session.themes.last_mut() {
            Some(theme) if made_here && theme.key == key && theme.description.is_empty() => {
                theme.description = lead;
            }
            _ => self.leads.push(format!("{heading}: {lead}")),
        }
    }

    /// A key for a new theme named `name` that no theme has: as
    /// [`Session::free_theme_key`], without searching the themes for each try.
    fn free_key(&mut self, name: &str) -> String {
        let base = crate::model::key_from_name(name);
        if !self.keys.contains(&base) {
            return base;
        }
        let n = self.suffix.entry(base.clone()).or_insert(2);
        loop {
            let key = format!("{base}-{n}");
            *n += 1;
            if !self.keys.contains(&key) {
                return key;
            }
        }
    }

    /// Adds an idea; returns its index. A text over [`MAX_CHARS`] is split by the model's
    /// rule ([`clean_pieces`]): the rest becomes the first sub-points, and the report says so.
    fn idea(&mut self, text: &str, theme: Option<&str>, sub_points: &[String]) -> usize {
        let mut pieces = clean_pieces(text);
        let mut text = pieces.remove(0);
        // Ideas are only ever added here, in order: the next id is known without a search.
        let id = crate::model::IdeaId(self.session.next_id);
        if !pieces.is_empty() {
            self.split.push(id.0);
        }
        let mut idea = Idea::new(id, &text, theme, self.created);
        for sub in sub_points {
            let more = clean_pieces(sub);
            if more.len() > 1 && pieces.is_empty() {
                self.split.push(id.0);
            }
            pieces.extend(more);
        }
        pieces.retain(|s| !s.is_empty());
        // An idea is never empty: a bullet with only sub-points takes the first as its text.
        if text.is_empty() && !pieces.is_empty() {
            text = pieces.remove(0);
            idea.text.clone_from(&text);
        }
        idea.sub_points = pieces;
        self.session.ideas.push(idea);
        self.session.next_id = id.0 + 1;
        self.session.ideas.len() - 1
    }

    /// Adds the report lines for themes and counts, fills in the unused themes of the set
    /// and hands the result over.
    fn finish(mut self) -> Imported {
        let lang = self.lang;
        // A marker with no text holds no word: it makes no idea.
        self.session.ideas.retain(|i| !i.text.is_empty());
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for idea in &self.session.ideas {
            if let Some(key) = &idea.theme {
                *counts.entry(key.as_str()).or_default() += 1;
            }
        }
        let counts: HashMap<String, usize> = counts
            .into_iter()
            .map(|(k, n)| (k.to_string(), n))
            .collect();
        let mut seen = HashSet::new();
        for (name, key, mapped) in std::mem::take(&mut self.met) {
            if !seen.insert((name.clone(), key.clone())) {
                continue;
            }
            let n = counts.get(&key).copied().unwrap_or(0);
            let n = Msg::count(lang, n, Msg::IdeasOne, Msg::Ideas);
            let line = if let Some(set_name) = self.fuzzy.get(&name).filter(|_| mapped) {
                Msg::ImportThemeFuzzy.fill(lang, &[&name, &key, set_name, &n])
            } else if mapped {
                Msg::ImportThemeMapped.fill(lang, &[&name, &key, &n])
            } else if let Some(parent) = self.session.theme(&key).and_then(|t| t.parent.clone()) {
                Msg::ImportSubThemeNew.fill(lang, &[&name, &key, &parent, &n])
            } else {
                Msg::ImportThemeNew.fill(lang, &[&name, &key, &n])
            };
            self.report.push(line);
        }
        if let Some(set) = self.set {
            for theme in &set.themes {
                self.ensure(theme);
            }
        }
        let unsorted = self.session.ideas_in(None).count();
        if unsorted > 0 {
            self.report.push(Msg::ImportUnsorted.fill(
                lang,
                &[&Msg::count(lang, unsorted, Msg::IdeasOne, Msg::Ideas)],
            ));
        }
        let s = &self.session;
        for (n, one, many) in [
            (s.agenda.len(), Msg::ImportAgendaOne, Msg::ImportAgenda),
            (s.parking.len(), Msg::ImportParkingOne, Msg::ImportParking),
            (s.actions.len(), Msg::ImportActionsOne, Msg::ImportActions),
            (s.notes.len(), Msg::ImportNotesOne, Msg::ImportNotes),
        ] {
            if n > 0 {
                self.report.push(Msg::count(lang, n, one, many));
            }
        }
        if !self.split.is_empty() {
            self.split.dedup();
            let ids: Vec<String> = self.split.iter().map(u64::to_string).collect();
            self.report
                .push(Msg::ImportSplitLong.fill(lang, &[&MAX_CHARS, &ids.join(", ")]));
        }
        let leads = std::mem::take(&mut self.leads);
        self.session.notes.extend(leads);
        if !self.overflow.is_empty() {
            self.report
                .push(Msg::ImportOverflowNotes.fill(lang, &[&MAX_CHARS, &self.overflow.len()]));
            let overflow = std::mem::take(&mut self.overflow);
            self.session.notes.extend(overflow);
        }
        if self.session.ideas.is_empty() {
            self.report.push(Msg::ImportNoIdeas.get(lang).to_string());
        }
        self.session.next_id = self.session.peek_id().0;
        Imported {
            session: self.session,
            report: self.report,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_diacritics_and_punctuation() {
        assert_eq!(
            fold("Tilat/Kumppanuustalot"),
            fold("tilat – kumppanuustalot")
        );
        assert_eq!(fold("Äänet"), "aanet");
        assert_eq!(fold("Idé"), "ide");
        assert!(matches_msg("PARKKIPAIKKA", Msg::ExportParking).is_some());
        assert_eq!(matches_msg("Åtgärder", Msg::ExportActions), Some(Lang::Sv));
    }

    #[test]
    fn one_of_each_is_reported_in_the_singular() {
        use crate::export::{Format, Options, render};
        use crate::model::{ActionItem, ActionStatus, ParkingItem};
        let mut s = crate::bundled::demo_session();
        let created = s.ideas[0].created;
        s.ideas.truncate(2);
        s.ideas[1].theme = None;
        s.agenda.truncate(1);
        s.parking = vec![ParkingItem {
            text: "Kuka omistaa avaimet?".into(),
            created,
            from_idea: None,
            sub_points: vec![],
        }];
        s.actions = vec![ActionItem {
            text: "Kysely järjestöille".into(),
            owner: "Kaupunki".into(),
            due: None,
            status: ActionStatus::Open,
            ideas: vec![],
        }];
        s.notes = vec!["Muistiinpano.".into()];
        for (lang, lines) in [
            (
                Lang::Fi,
                [
                    "(1 idea)",
                    "1 idea lajittelemattomiin",
                    "1 ohjelmakohta",
                    "1 asia parkkipaikalle",
                ],
            ),
            (
                Lang::Sv,
                [
                    "(1 idé)",
                    "1 idé till osorterade",
                    "1 programpunkt",
                    "1 fråga till parkeringsplatsen",
                ],
            ),
            (
                Lang::En,
                [
                    "(1 idea)",
                    "1 idea to the unsorted pool",
                    "1 agenda item",
                    "1 item to the parking lot",
                ],
            ),
        ] {
            let options = Options {
                lang,
                ..Options::for_session(&s)
            };
            let text = String::from_utf8(render(&s, Format::Txt, &options)).unwrap();
            let report = from_text_in(&text, None, lang).report;
            for line in &report {
                assert_eq!(
                    crate::i18n::plural_after_one(line),
                    None,
                    "{lang:?}: {line}"
                );
            }
            for want in lines {
                assert!(
                    report.iter().any(|l| l.contains(want)),
                    "{lang:?}: {want} not in {report:#?}"
                );
            }
            let one = Msg::ImportActionsOne.fill(lang, &[&1]);
            assert!(report.contains(&one), "{lang:?}: {report:#?}");
            let one = Msg::ImportNotesOne.fill(lang, &[&1]);
            assert!(report.contains(&one), "{lang:?}: {report:#?}");
        }
    }

    #[test]
    fn markers() {
        for m in [
            "–", "-", "•", "*", "1.", "12)", "#", "##", "---", "•x", "\u{f0b7}",
        ] {
            assert!(looks_like_marker(m), "{m}");
        }
        for w in ["sana", "->", "-x", "1.2.2015", "(3", "#tag"] {
            assert!(!looks_like_marker(w), "{w}");
        }
    }
}
