//! Plain-text and Markdown summaries, including text copied out of PDFs.
//!
//! The reader works in two passes: lines are first grouped into a title, sections
//! (a heading with its items) and loose text; then sections become themes, the unsorted
//! pool, agenda, parking lot, actions or notes.
//!
//! **Lines.** A *bullet* starts with `•`, U+F0B7 (the Symbol-font bullet of PDFs), `◦`,
//! `▪`, `●`, `·`…, or with `-`, `*`, `+`, `–`, `—` followed by a space, or is numbered
//! (`1.`, `1)`). A Markdown heading starts with `#`…`######` and a space. `---`, `***`
//! and `___` are rules and read as blank lines. Everything else is *plain*.
//!
//! **Items.** A bullet starts an idea; a bullet indented at least two columns deeper than
//! the current idea's is a sub-point of it. A plain line continues the current item
//! (joined with one space, none between two CJK characters):
//! - when it follows the item directly and is indented, or does not look like a heading
//!   (see below);
//! - across blank lines when the item ends with a connector (`->`, `-`, `–`, `,`, `/`,
//!   `+`, `&`, `(`, `:`, or *ja/tai/sekä/och/eller/and/or*) and the line starts in lower
//!   case; or, when the line is no heading, after a connector or when the line starts in
//!   lower case and the item does not end a sentence.
//!
//! **Headings.** A plain line is a heading when it is a Markdown heading, a section name
//! of the catalogue (Lajittelematta, Ohjelma, Parkkipaikka, Toimenpiteet, Muistiinpanot
//! in any of the three languages), ALL CAPS, followed by a bullet (that is not itself a
//! numbered heading), by "(ei ideoita)" or by `Itself – Sub-theme`; or when, after a
//! blank line, it ends with `:`. A line that directly continues a paragraph of loose text
//! stays in it unless a bullet follows on the very next line. Right after an
//! idea line (no blank between) a line is a heading only when a bullet follows, it starts
//! with a capital or digit, it does not end like a sentence (`.?!,;`) and the idea does
//! not end with a connector: that tells "Tilat/kumppanuustalot" (a heading) from
//! "Kiinnostutaanko/ehditäänkö kuunnella pieniä järjestöjä?" (the end of an idea) in
//! the 2015 appendix. A numbered line followed by an unnumbered bullet at the same
//! indentation is a heading too (`1. Tilat` over `- idea`).
//!
//! **Title.** The first heading before any theme is the title when it starts with a
//! summary word (YHTEENVETO, SAMMANFATTNING, SUMMARY, MUISTIO…) or is a level-1 Markdown
//! heading. A summary heading is kept verbatim as [`Session::summary_heading`](crate::model::Session::summary_heading), and the
//! date and title are read from it by the catalogue's templates
//! ("YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ" → 4.2.2015, "Yhteistyöfoorumi").
//!
//! **Themes.** `Parent – Child` under the heading `Parent`, or a deeper Markdown heading,
//! is a sub-theme. Each heading makes its own theme (a repeated name gets a key like
//! `tilat-2`) unless it maps to the given theme set. Markdown backslash escapes are
//! removed when the text has Markdown headings. Votes written `(3 ääntä)` after an idea
//! become its votes.
//!
//! **What runs a meeting.** Parking-lot items keep their sub-points. The voting result
//! ("Äänestyksen tulos", numbered `1. idea (5 ääntä)` lines with the theme as a sub-point)
//! repeats ideas that are already in their themes, so its lines add nothing then; a line
//! naming an idea that is nowhere else becomes an idea with those votes, in the theme its
//! sub-point names. A paragraph "Jatkoa tilaisuudelle Title 17.4.2019" right after the
//! title, before any theme, links the session to the one it continues
//! ([`Session::previous`](crate::model::Session::previous)).
//!
//! **Nothing is dropped.** Bullets before the first heading go to the unsorted pool,
//! plain text that is no heading and continues nothing goes to the notes (one note per
//! paragraph), and after the notes heading every line is notes. This reads the text
//! export ([`crate::export::txt`]) back to a session whose text export is the same.

pub use super::line::{Kind, Line, classify, join};
use super::line::{
    all_caps, ends_sentence, ends_with_connector, is_placeholder, starts_lower,
    starts_upper_or_digit, starts_with_summary_word,
};

pub use super::fields::split_votes;
use super::fields::*;
use super::{Builder, Imported, matches_msg};
use crate::export::SUB_THEME_SEPARATOR;
use crate::i18n::Msg;
use crate::model::{Lang, ParkingItem, SeriesLink, ThemeSet};

/// Special sections of a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Theme,
    Unsorted,
    Agenda,
    Parking,
    Actions,
    Ranking,
    Notes,
}

fn section_kind(text: &str) -> Option<(SectionKind, Lang)> {
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
struct Item {
    text: String,
    subs: Vec<String>,
}

#[derive(Debug)]
struct Section {
    heading: String,
    /// Markdown heading level, 0 for a plain-text heading.
    level: usize,
    kind: SectionKind,
    items: Vec<Item>,
}

/// Where the current item lives.
#[derive(Debug, Clone, Copy)]
struct Cur {
    /// Section index, or `None` for loose items.
    section: Option<usize>,
    item: usize,
    sub: Option<usize>,
    indent: usize,
}

#[derive(Debug, Default)]
struct Doc {
    title: Option<(String, bool)>,
    sections: Vec<Section>,
    loose: Vec<Item>,
    notes: Vec<String>,
    /// True when the first note was met before any heading or item (after the title).
    early_note: bool,
    markdown: bool,
    lang: Option<Lang>,
}

struct Parser<'a> {
    lines: Vec<Line>,
    doc: Doc,
    cur: Option<Cur>,
    note_open: bool,
    notes_mode: bool,
    set: Option<&'a ThemeSet>,
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

    /// True when line `j` is a numbered line that heads unnumbered bullets (`1. Tilat`
    /// over `- idea`).
    fn numbered_heading_at(&self, j: usize) -> bool {
        let Kind::Bullet {
            indent,
            numbered: true,
            ..
        } = self.lines[j].kind
        else {
            return false;
        };
        matches!(
            self.next_nonblank(j).map(|l| &l.kind),
            Some(Kind::Bullet { indent: k, numbered: false, .. }) if *k <= indent + 1
        )
    }

    /// Strong signs that the plain line `i` is a heading, whatever came before.
    fn strong_heading(&self, i: usize, text: &str) -> bool {
        if section_kind(text).is_some() || all_caps(text) {
            return true;
        }
        let next = self.lines[i + 1..]
            .iter()
            .position(|l| !matches!(l.kind, Kind::Blank))
            .map(|k| i + 1 + k);
        match next.map(|j| (j, &self.lines[j].kind)) {
            Some((j, Kind::Bullet { .. })) => !self.numbered_heading_at(j),
            Some((_, Kind::Plain { text: n, .. })) => {
                is_placeholder(n) || n.starts_with(&format!("{text}{SUB_THEME_SEPARATOR}"))
            }
            _ => false,
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

    fn bullet(&mut self, i: usize, indent: usize, numbered: bool, text: &str, content: &str) {
        self.note_open = false;
        if numbered
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
        if let Some(cur) = self.cur
            && indent >= cur.indent + 2
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
                if heading {
                    self.start_section(text, 0);
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
            } else if self.strong_heading(i, text) {
                self.start_section(text, 0);
            } else if connector || (starts_lower(text) && !ends_sentence(&prev)) {
                self.continue_item(text);
            } else if text.ends_with(':') {
                self.start_section(text, 0);
            } else {
                self.cur = None;
                self.note(text, false);
            }
            return;
        }
        if is_placeholder(text) && !self.doc.sections.is_empty() {
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
        } else if self.strong_heading(i, text) || (blank_before && text.ends_with(':')) {
            self.start_section(text, 0);
        } else {
            self.note(text, !blank_before);
        }
    }
}

/// The text import; see the module documentation.
pub(crate) fn import(input: &str, set: Option<&ThemeSet>, report_lang: Option<Lang>) -> Imported {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let input = input.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n");
    let lines = input.split('\n').map(classify).collect();
    let parser = Parser {
        lines,
        doc: Doc::default(),
        cur: None,
        note_open: false,
        notes_mode: false,
        set,
    };
    let mut doc = parser.run();

    let md = doc.markdown;
    let un = |s: &str| if md { unescape_md(s) } else { s.to_string() };

    let (title, date, summary, title_lang) = match &doc.title {
        Some((line, true)) => {
            let (title, date, lang) = parse_summary_title(line);
            (title, date, line.clone(), lang)
        }
        Some((line, false)) => (un(line), None, String::new(), None),
        None => (String::new(), None, String::new(), None),
    };
    let lang = title_lang.or(doc.lang).unwrap_or_default();
    let report_lang = report_lang.unwrap_or(lang);
    let title = if title.is_empty() {
        Msg::ImportedTitle.get(lang).to_string()
    } else {
        title
    };
    let mut b = Builder::new(&title, date, set, report_lang);
    b.session.language = lang;
    b.session.summary_heading = b.clean(&summary);
    if doc.title.is_some() {
        b.report
            .push(Msg::ImportTitle.fill(report_lang, &[&b.session.title]));
    }
    if let Some(d) = date {
        b.report
            .push(Msg::ImportDate.fill(report_lang, &[&crate::i18n::format_date(d)]));
    }

    for item in std::mem::take(&mut doc.loose) {
        let subs: Vec<String> = item.subs.iter().map(|s| un(s)).collect();
        idea_with_votes(&mut b, &un(&item.text), None, &subs);
    }
    let theme_level = doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Theme && s.level > 0)
        .map(|s| s.level)
        .min()
        .unwrap_or(0);
    let mut last_top: Option<(String, String)> = None;
    let mut notes = Vec::new();
    for section in std::mem::take(&mut doc.sections) {
        let heading = un(&section.heading);
        let subs_of = |item: &Item| item.subs.iter().map(|s| un(s)).collect::<Vec<_>>();
        match section.kind {
            SectionKind::Theme => {
                let (name, parent) = match &last_top {
                    Some((_, key)) if section.level > theme_level => {
                        (heading.clone(), Some(key.clone()))
                    }
                    Some((top, key))
                        if section.level == 0
                            && heading.starts_with(&format!("{top}{SUB_THEME_SEPARATOR}")) =>
                    {
                        let child = heading[top.len() + SUB_THEME_SEPARATOR.len()..].to_string();
                        (child, Some(key.clone()))
                    }
                    _ => (heading.clone(), None),
                };
                let key = b.theme_for(&name, parent.as_deref(), false);
                if parent.is_none() {
                    last_top = Some((heading.clone(), key.clone()));
                }
                for item in &section.items {
                    idea_with_votes(&mut b, &un(&item.text), Some(&key), &subs_of(item));
                }
            }
            SectionKind::Unsorted => {
                for item in &section.items {
                    idea_with_votes(&mut b, &un(&item.text), None, &subs_of(item));
                }
            }
            SectionKind::Agenda => {
                for item in &section.items {
                    let line = b.clean(&un(&item.text));
                    let prompt = subs_of(item)
                        .iter()
                        .map(|s| b.clean(s))
                        .collect::<Vec<_>>()
                        .join(" ");
                    b.session.agenda.push(agenda_item(&line, prompt, lang));
                }
            }
            SectionKind::Parking => {
                for item in &section.items {
                    let text = b.clean(&un(&item.text));
                    let sub_points = subs_of(item)
                        .iter()
                        .map(|s| b.clean(s))
                        .filter(|s| !s.is_empty())
                        .collect();
                    b.session.parking.push(ParkingItem {
                        text,
                        created: b.created,
                        from_idea: None,
                        sub_points,
                    });
                }
            }
            SectionKind::Actions => {
                for item in &section.items {
                    let text = b.clean(&un(&item.text));
                    let subs: Vec<String> = subs_of(item).iter().map(|s| b.clean(s)).collect();
                    let (action, left) = action_item(text, &subs);
                    b.session.actions.push(action);
                    notes.extend(left);
                }
            }
            SectionKind::Ranking => {
                for item in &section.items {
                    ranked_item(&mut b, &un(&item.text), &subs_of(item));
                }
            }
            SectionKind::Notes => {}
        }
    }
    if doc.early_note
        && let Some(link) = doc.notes.first().and_then(|n| series_link(&un(n)))
    {
        doc.notes.remove(0);
        b.session.previous = Some(SeriesLink {
            title: b.clean(&link.title),
            date: link.date,
        });
    }
    notes.extend(doc.notes.iter().map(|n| un(n)));
    b.session.notes = notes
        .iter()
        .map(|n| super::super::export::sanitize(n))
        .filter(|n| !n.is_empty())
        .collect();
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_are_read_only_in_the_exported_form() {
        assert_eq!(split_votes("idea (3 ääntä)", Lang::Fi), ("idea".into(), 3));
        assert_eq!(split_votes("idea (1 röst)", Lang::Sv), ("idea".into(), 1));
        assert_eq!(
            split_votes("idea (1 röst)", Lang::Fi),
            ("idea (1 röst)".into(), 0)
        );
        assert_eq!(
            split_votes("idea (1 ääntä)", Lang::Fi),
            ("idea (1 ääntä)".into(), 0)
        );
        assert_eq!(
            split_votes("idea (kolme)", Lang::Fi),
            ("idea (kolme)".into(), 0)
        );
    }

    #[test]
    fn summary_title_gives_date_and_title() {
        let (t, d, l) = parse_summary_title("YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ");
        assert_eq!(t, "Yhteistyöfoorumi");
        assert_eq!(d, chrono::NaiveDate::from_ymd_opt(2015, 2, 4));
        assert_eq!(l, Some(Lang::Fi));
        let (t, _, _) =
            parse_summary_title("YHTEENVETO 17.4.2019 JÄRJESTÖJEN KUMPPANUUSPÖYDÄN RYHMÄTÖISTÄ");
        assert_eq!(t, "Järjestöjen kumppanuuspöytä");
        let (t, _, l) = parse_summary_title("SUMMARY 4.2.2015 OF THE GROUP WORK AT FORUM");
        assert_eq!((t.as_str(), l), ("Forum", Some(Lang::En)));
    }

    #[test]
    fn agenda_lines_read_back() {
        let a = agenda_item("klo 13.00–13.10 Avaus", String::new(), Lang::Fi);
        assert_eq!(a.title, "Avaus");
        assert_eq!(a.minutes, 10);
        let a = agenda_item("Tauko (15 min)", String::new(), Lang::Fi);
        assert_eq!((a.title.as_str(), a.minutes), ("Tauko", 15));
        let a = agenda_item("klo 9 aamulla", String::new(), Lang::Fi);
        assert_eq!(a.title, "klo 9 aamulla");
    }
}
