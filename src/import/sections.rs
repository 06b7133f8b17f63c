//! The first pass of the text import: lines grouped into a title, sections (a heading with
//! its items), loose items and notes. The rules are in [`super::text`]'s documentation.

mod shapes;

use shapes::{heading_like, refers_to_numbers};

use super::fields::*;
use super::line::{
    Kind, Line, all_caps, ends_sentence, ends_with_connector, is_placeholder, join, starts_lower,
    starts_upper_or_digit, starts_with_summary_word,
};
use super::matches_msg;
use crate::i18n::Msg;
use crate::model::{Lang, ThemeSet};
use crate::summary::SUB_THEME_SEPARATOR;

/// Special sections of a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SectionKind {
    Theme,
    Unsorted,
    Agenda,
    Parking,
    Actions,
    Ranking,
    Notes,
}

pub(super) fn section_kind(text: &str) -> Option<(SectionKind, Lang)> {
    [
        (Msg::Unsorted, SectionKind::Unsorted),
        (Msg::ExportAgenda, SectionKind::Agenda),
        (Msg::ExportParking, SectionKind::Parking),
        (Msg::ExportActions, SectionKind::Actions),
        (Msg::ExportRanking, SectionKind::Ranking),
        (Msg::ExportNotes, SectionKind::Notes),
    ]
    .into_iter()
    .find_map(|(msg, kind)| matches_msg(text, msg).map(|l| (kind, l)))
}

#[derive(Debug, Default)]
pub(super) struct Item {
    pub(super) text: String,
    pub(super) subs: Vec<String>,
}

#[derive(Debug)]
pub(super) struct Section {
    pub(super) heading: String,
    /// Markdown heading level, 0 for a plain-text heading.
    pub(super) level: usize,
    pub(super) kind: SectionKind,
    pub(super) items: Vec<Item>,
    /// A lead-in under the heading ("Keskustelussa nousi esiin:"): the theme's note.
    pub(super) lead: Option<String>,
    /// True when the section said "(ei ideoita)".
    pub(super) placeholder: bool,
}

/// Where the current item lives.
#[derive(Debug, Clone, Copy)]
struct Cur {
    /// Section index, or `None` for loose items.
    section: Option<usize>,
    item: usize,
    sub: Option<usize>,
    indent: usize,
    /// True when the item is a numbered idea (`1. Sentence.`): dash bullets right under it
    /// at its own indentation are its sub-points.
    numbered: bool,
}

#[derive(Debug, Default)]
pub(super) struct Doc {
    pub(super) title: Option<(String, bool)>,
    pub(super) sections: Vec<Section>,
    pub(super) loose: Vec<Item>,
    pub(super) notes: Vec<String>,
    /// True when the first note was met before any heading or item (after the title).
    pub(super) early_note: bool,
    /// True when the first note is more than one line.
    pub(super) first_note_joined: bool,
    /// The italic line under a Markdown title (the memo's subtitle).
    pub(super) subtitle: Option<String>,
    /// `**Label:** value` lines under a Markdown title (the memo's facts).
    pub(super) facts: Vec<(String, String)>,
    pub(super) markdown: bool,
    pub(super) lang: Option<Lang>,
}

struct Parser<'a> {
    lines: Vec<Line>,
    doc: Doc,
    cur: Option<Cur>,
    note_open: bool,
    notes_mode: bool,
    set: Option<&'a ThemeSet>,
    /// The longest line: where a PDF or editor wrapped the text.
    width: usize,
    /// True when the text refers to list numbers (`ks. #2`): numbered items keep them.
    keep_numbers: bool,
    /// True when the text is read as Markdown.
    markdown: bool,
}

impl Parser<'_> {
    fn next_nonblank(&self, i: usize) -> Option<&Line> {
        self.lines[i + 1..]
            .iter()
            .find(|l| !matches!(l.kind, Kind::Blank))
    }

    fn nothing_yet(&self) -> bool {
        self.doc.sections.is_empty() && self.doc.loose.is_empty()
    }

    fn note(&mut self, text: &str, continues: bool) {
        if continues
            && self.note_open
            && let Some(last) = self.doc.notes.last_mut()
        {
            join(last, text);
            if self.doc.notes.len() == 1 {
                self.doc.first_note_joined = true;
            }
        } else {
            if self.doc.notes.is_empty() && self.nothing_yet() {
                self.doc.early_note = true;
            }
            self.doc.notes.push(text.to_string());
        }
        self.note_open = true;
    }

    fn start_section(&mut self, heading: &str, level: usize) {
        self.cur = None;
        self.note_open = false;
        let kind = match section_kind(heading) {
            Some((kind, lang))
                if self
                    .set
                    .is_none_or(|s| s.themes.iter().all(|t| !theme_named(t, heading))) =>
            {
                self.doc.lang.get_or_insert(lang);
                kind
            }
            _ => SectionKind::Theme,
        };
        if kind == SectionKind::Notes {
            self.notes_mode = true;
            return;
        }
        self.doc.sections.push(Section {
            heading: heading.to_string(),
            level,
            kind,
            items: Vec::new(),
            lead: None,
            placeholder: false,
        });
    }

    fn item_mut(&mut self, cur: Cur) -> &mut Item {
        match cur.section {
            Some(s) => &mut self.doc.sections[s].items[cur.item],
            None => &mut self.doc.loose[cur.item],
        }
    }

    fn continue_item(&mut self, text: &str) {
        if let Some(cur) = self.cur {
            let item = self.item_mut(cur);
            match cur.sub {
                Some(s) => join(&mut item.subs[s], text),
                None => join(&mut item.text, text),
            }
        }
    }

    /// The text of the current item's last line so far.
    fn cur_text(&mut self) -> String {
        match self.cur {
            Some(cur) => {
                let item = self.item_mut(cur);
                match cur.sub {
                    Some(s) => item.subs[s].clone(),
                    None => item.text.clone(),
                }
            }
            None => String::new(),
        }
    }

    fn run(mut self) -> Doc {
        let mut blank_before = true;
        for i in 0..self.lines.len() {
            let line = self.lines[i].clone();
            if matches!(line.kind, Kind::Blank) {
                blank_before = true;
                self.note_open = false;
                continue;
            }
            if self.notes_mode {
                let continues = !blank_before;
                self.note(&line.content, continues);
                blank_before = false;
                continue;
            }
            match &line.kind {
                Kind::Blank => {}
                Kind::Heading { level, text } => {
                    self.doc.markdown = true;
                    if self.doc.title.is_none() && self.nothing_yet() && *level == 1 {
                        self.doc.title = Some((text.clone(), false));
                        self.cur = None;
                    } else {
                        self.start_section(text, *level);
                    }
                }
                Kind::Bullet {
                    indent,
                    numbered,
                    text,
                } => self.bullet(i, *indent, *numbered, text, &line.content),
                Kind::Plain { indent, text } => self.plain(i, *indent, text, blank_before),
            }
            blank_before = false;
        }
        self.doc
    }

    /// True while reading what a Markdown memo has between its title and its first
    /// heading (subtitle, facts, introduction).
    fn front_matter(&self) -> bool {
        self.markdown && self.doc.title.is_some() && self.nothing_yet()
    }

    fn bullet(&mut self, i: usize, indent: usize, numbered: bool, text: &str, content: &str) {
        self.note_open = false;
        if self.front_matter()
            && let Some(rest) = text.strip_prefix("**")
            && let Some((label, value)) = rest.split_once(":**")
        {
            self.doc
                .facts
                .push((label.to_string(), value.trim().to_string()));
            return;
        }
        if numbered
            && heading_like(text)
            && self.cur.is_none_or(|c| indent <= c.indent + 1)
            && let Some(Kind::Bullet {
                indent: j,
                numbered: false,
                ..
            }) = self.next_nonblank(i).map(|l| &l.kind)
            && *j <= indent + 1
        {
            self.start_section(content, 0);
            return;
        }
        let ranking = self
            .doc
            .sections
            .last()
            .is_some_and(|s| s.kind == SectionKind::Ranking);
        let text = if numbered && self.keep_numbers && !ranking {
            content
        } else {
            text
        };
        let under_numbered = self
            .cur
            .is_some_and(|c| c.numbered && !numbered && indent <= c.indent + 1);
        if let Some(cur) = self.cur
            && (indent >= cur.indent + 2 || under_numbered)
        {
            let item = self.item_mut(cur);
            item.subs.push(text.to_string());
            let sub = item.subs.len() - 1;
            self.cur = Some(Cur {
                sub: Some(sub),
                ..cur
            });
            return;
        }
        self.statement(text, indent);
        if numbered
            && !heading_like(text)
            && let Some(cur) = &mut self.cur
        {
            cur.numbered = true;
        }
    }

    /// A new sub-point of the current item (a tab-indented line of a Word paste).
    fn sub_point(&mut self, text: &str) {
        if let Some(cur) = self.cur {
            let item = self.item_mut(cur);
            item.subs.push(text.to_string());
            let sub = item.subs.len() - 1;
            self.cur = Some(Cur {
                sub: Some(sub),
                ..cur
            });
        }
    }

    /// True when the last section is a theme (or the unsorted pool) that text can go into.
    fn in_theme(&self) -> bool {
        !self.notes_mode
            && self
                .doc
                .sections
                .last()
                .is_some_and(|s| matches!(s.kind, SectionKind::Theme | SectionKind::Unsorted))
    }

    /// A new item (an idea) in the last section, or loose before any; bullets after it
    /// indented deeper are its sub-points.
    fn statement(&mut self, text: &str, indent: usize) {
        self.note_open = false;
        let item = Item {
            text: text.to_string(),
            subs: Vec::new(),
        };
        let section = self.doc.sections.len().checked_sub(1);
        let index = match section {
            Some(s) => {
                self.doc.sections[s].items.push(item);
                self.doc.sections[s].items.len() - 1
            }
            None => {
                self.doc.loose.push(item);
                self.doc.loose.len() - 1
            }
        };
        self.cur = Some(Cur {
            section,
            item: index,
            sub: None,
            indent,
            numbered: false,
        });
    }

    fn plain(&mut self, i: usize, indent: usize, text: &str, blank_before: bool) {
        let next = self.next_nonblank(i).cloned();
        if self.cur.is_some() {
            let prev = self.cur_text();
            if !blank_before {
                let heading = indent == 0
                    && matches!(
                        next.as_ref().map(|l| &l.kind),
                        Some(Kind::Bullet { indent: j, .. }) if *j <= 1
                    )
                    && starts_upper_or_digit(text)
                    && !text.trim_end().ends_with(['.', '?', '!', ',', ';'])
                    && !ends_with_connector(&prev)
                    && text.chars().count() <= 120;
                let tabbed = self.lines[i].tab
                    && self
                        .cur
                        .is_some_and(|c| c.sub.is_some() || indent >= c.indent + 2);
                if heading {
                    self.start_section(text, 0);
                } else if tabbed {
                    self.sub_point(text);
                } else if self.in_theme() && self.new_statement(i, indent, text, &prev) {
                    self.statement(text, indent);
                } else {
                    self.continue_item(text);
                }
                return;
            }
            let connector = ends_with_connector(&prev);
            if section_kind(text).is_some() {
                self.start_section(text, 0);
            } else if connector && starts_lower(text) {
                self.continue_item(text);
            } else if self.in_theme() && self.item_with_subs(indent, text, next.as_ref()) {
                self.statement(text, indent);
            } else if self.strong_heading(i, text) {
                self.start_section(text, 0);
            } else if connector || (starts_lower(text) && !ends_sentence(&prev)) {
                self.continue_item(text);
            } else if text.ends_with(':') {
                self.start_section(text, 0);
            } else if self.in_theme() {
                self.statement(text, indent);
            } else {
                self.cur = None;
                self.note(text, false);
            }
            return;
        }
        if is_placeholder(text)
            && let Some(section) = self.doc.sections.last_mut()
        {
            section.placeholder = true;
            return;
        }
        if self.doc.title.is_none() && self.nothing_yet() && starts_with_summary_word(text) {
            let next_is_bullet =
                matches!(next.as_ref().map(|l| &l.kind), Some(Kind::Bullet { .. }));
            if all_caps(text) || has_date(text) || !next_is_bullet {
                self.doc.title = Some((text.to_string(), true));
                self.note_open = false;
                return;
            }
        }
        if self.lead_in(text) {
            return;
        }
        if self.front_matter()
            && self.doc.subtitle.is_none()
            && self.doc.notes.is_empty()
            && text.len() > 2
            && text.starts_with('*')
            && text.ends_with('*')
            && !text.starts_with("**")
        {
            self.doc.subtitle = Some(text.to_string());
            return;
        }
        let next_direct = matches!(
            self.lines.get(i + 1).map(|l| &l.kind),
            Some(Kind::Bullet { .. })
        );
        if !blank_before
            && self.note_open
            && !next_direct
            && section_kind(text).is_none()
            && !all_caps(text)
        {
            self.note(text, true);
        } else if (self.in_theme() || self.nothing_yet())
            && self.item_with_subs(indent, text, next.as_ref())
        {
            self.statement(text, indent);
        } else if self.strong_heading(i, text) || (blank_before && text.ends_with(':')) {
            self.start_section(text, 0);
        } else if self.in_theme() {
            self.statement(text, indent);
        } else {
            self.note(text, !blank_before);
        }
    }
}

/// A document's title, when it has none by the summary rules: a first heading with nothing
/// under it followed by a heading of the same level (not its sub-theme), or a short first
/// line of text before any heading. It is the session's title, never an empty theme.
pub(super) fn find_title(doc: &mut Doc) {
    if doc.title.is_some() || !doc.loose.is_empty() {
        return;
    }
    if let [first, second, ..] = doc.sections.as_slice()
        && first.kind == SectionKind::Theme
        && first.items.is_empty()
        && first.lead.is_none()
        && !first.placeholder
        && second.level == first.level
        && !second
            .heading
            .starts_with(&format!("{}{SUB_THEME_SEPARATOR}", first.heading))
        && (doc.notes.is_empty() || !doc.early_note)
    {
        let first = doc.sections.remove(0);
        doc.title = Some((first.heading, false));
        return;
    }
    if doc.early_note
        && !doc.first_note_joined
        && let Some(first) = doc.notes.first()
        && !doc.sections.is_empty()
        && first.chars().count() <= 100
        && !ends_sentence(first)
        && !first.ends_with(':')
        && super::fields::series_link(first).is_none()
    {
        let first = doc.notes.remove(0);
        doc.early_note = false;
        doc.title = Some((first, false));
    }
}

/// The first pass: `lines` grouped into a title, sections with their items, loose items and
/// notes.
pub(super) fn read(lines: Vec<Line>, set: Option<&ThemeSet>, markdown: bool) -> Doc {
    let width = lines.iter().map(Line::width).max().unwrap_or(0);
    let keep_numbers = lines.iter().any(|l| refers_to_numbers(&l.content));
    Parser {
        lines,
        doc: Doc::default(),
        cur: None,
        note_open: false,
        notes_mode: false,
        set,
        width,
        keep_numbers,
        markdown,
    }
    .run()
}
