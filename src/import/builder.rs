//! The session an import builds: themes mapped to the theme set (by name, key or word
//! stems) or made new, ideas numbered in order, long texts split by the model's rule, and
//! the report of what went where. Every reader (text, Markdown, Word, CSV) ends here.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, TimeZone};

use super::{Imported, fold};
use crate::i18n::Msg;
use crate::model::text::{MAX_CHARS, clean_pieces};
use crate::model::{Idea, Lang, Names, Session, Theme, ThemeSet, Timestamp};

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
pub(super) fn stamp(date: Option<NaiveDate>) -> Timestamp {
    let utc = chrono::FixedOffset::east_opt(0).expect("zero offset is valid");
    let day = date.unwrap_or_else(|| NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date"));
    utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight is valid"))
}

/// Builds the session: themes (mapped to the theme set or new), ideas, report.
pub(super) struct Builder<'a> {
    /// The session being built.
    pub(super) session: Session,
    /// The theme set headings are mapped to.
    set: Option<&'a ThemeSet>,
    /// The report's language.
    lang: Lang,
    /// The report so far.
    pub(super) report: Vec<String>,
    /// The time given to imported items.
    pub(super) created: Timestamp,
    /// Ids of ideas whose text was over [`MAX_CHARS`] and was split into sub-points.
    split: Vec<u64>,
    /// The ends of other texts over [`MAX_CHARS`] (names, actions), for the notes.
    overflow: Vec<String>,
    /// Lead-ins of headings mapped to a theme set's themes and a memo's facts, for the notes.
    pub(super) leads: Vec<String>,
    /// Names mapped to a theme of the set by word stems, with the theme's name.
    fuzzy: HashMap<String, String>,
    /// (parent key, folded name) → key, for imports that reuse themes by name (CSV).
    by_name: HashMap<(Option<String>, String), String>,
    /// Themes created or mapped, in order, with the name as met: for the report.
    met: Vec<(String, String, bool)>,
    /// The keys of the session's themes, and the next suffix to try per base key: a
    /// summary with thousands of headings is read in linear time.
    keys: HashSet<String>,
    /// The next number to try after a base key that is taken.
    suffix: HashMap<String, usize>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(
        title: &str,
        date: Option<NaiveDate>,
        set: Option<&'a ThemeSet>,
        lang: Lang,
    ) -> Self {
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
    pub(super) fn clean(&mut self, text: &str) -> String {
        let mut pieces = clean_pieces(text).into_iter();
        let first = pieces.next().unwrap_or_default();
        let rest: Vec<String> = pieces.collect();
        if !rest.is_empty() {
            self.overflow.push(rest.join(" "));
        }
        first
    }

    /// The theme of the set that `name` names (under `parent` preferably).
    pub(super) fn set_theme(&self, name: &str, parent: Option<&str>) -> Option<&'a Theme> {
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
    pub(super) fn fuzzy_theme(&self, name: &str) -> Option<&'a Theme> {
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
    pub(super) fn ensure(&mut self, theme: &Theme) {
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
    pub(super) fn theme_for(&mut self, name: &str, parent: Option<&str>, reuse: bool) -> String {
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
                description: Names::default(),
            });
            self.met.push((name.clone(), key.clone(), false));
            key
        };
        self.by_name.insert(memo, key.clone());
        key
    }

    /// Keeps the lead-in under a heading: the description of a theme made here, else a note.
    pub(super) fn lead_in(&mut self, key: &str, heading: &str, lead: String) {
        if lead.is_empty() {
            return;
        }
        // The theme was made for this heading when it is the last one made (no search:
        // a summary may have thousands of headings).
        let made_here = matches!(self.met.last(), Some((_, k, false)) if k == key);
        match self.session.themes.last_mut() {
            Some(theme) if made_here && theme.key == key && theme.description.is_empty() => {
                theme.description = Names::same(&lead);
            }
            _ => self.leads.push(format!("{heading}: {lead}")),
        }
    }

    /// A key for a new theme named `name` that no theme has: as
    /// [`Session::free_theme_key`], without searching the themes for each try.
    pub(super) fn free_key(&mut self, name: &str) -> String {
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
    pub(super) fn idea(&mut self, text: &str, theme: Option<&str>, sub_points: &[String]) -> usize {
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
        // The exports write merged-away wordings as "(yhdistetty: …)" sub-points.
        pieces.retain(|sub| match crate::summary::merged_wording(sub) {
            Some(wording) => {
                idea.merged_from.push(wording.to_string());
                false
            }
            None => true,
        });
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
    pub(super) fn finish(mut self) -> Imported {
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
