//! Plain-text and Markdown summaries, including text copied out of PDFs.
//!
//! The reader works in three passes: the shapes left by PDF, Word and Markdown are first
//! rewritten as plain lines (`prepare.rs`: lonely bullets paired with their texts, inline
//! lists split, Markdown tables, setext and bold-line headings); lines are then grouped
//! into a title, sections (a heading with its items) and loose text (`sections.rs`); then
//! sections become themes, the unsorted pool, agenda, parking lot, actions or notes (here).
//! In a Markdown text each text is read by a CommonMark parser for its inline marks
//! (`markdown.rs`): emphasis keeps its text, a link's target and a picture go to the notes.
//!
//! **Lines.** A *bullet* starts with `•`, U+F0B7 (the Symbol-font bullet of PDFs), `◦`,
//! `▪`, `●`, `·`…, or with `-`, `*`, `+`, `–`, `—` followed by a space, or is numbered
//! (`1.`, `1)`); Word's second-level markers `o` and `§` (followed by a space or tab) are
//! bullets four columns deeper. A Markdown heading starts with `#`…`######` and a space.
//! `---`, `***` and `___` are rules and read as blank lines. Everything else is *plain*.
//!
//! **Items.** A bullet starts an idea; a bullet indented at least two columns deeper than
//! the current idea's is a sub-point of it, and so is a dash bullet right under a numbered
//! idea that reads as a sentence (`1. A newsletter.` over `- monthly`). Under a heading, a
//! plain paragraph is an idea too, and a sentence or question with bullets indented under
//! it is an idea with sub-points. A lead-in right under a heading (a line ending with `:`,
//! or an italic line under a Markdown heading) is the theme's note. Right after an idea,
//! a capitalised line after a finished sentence is an idea of its own when it is not
//! indented under the idea's text and the line above had room for its first word (it was
//! not wrapped); a tab-indented line is a sub-point. Otherwise a plain line continues the
//! current item (joined with one space, none between two CJK characters):
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
//! Otherwise a first heading with nothing under it, followed by a heading of its level,
//! or a short first line before the first heading, is the title (never an empty theme).
//!
//! **Language.** The session's language is the one `--lang` gives, else the summary
//! heading's or the section names', else the one the text's small words tell.
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
//! plain text before any heading that is no title goes to the notes (one note per
//! paragraph), and after the notes heading every line is notes. An idea over 2,000
//! characters is split into sub-points ([`crate::model::text::clean_pieces`]), never cut;
//! a marker with no text makes no idea. Numbered items keep their numbers when the text
//! refers to them (`ks. #2`). This reads the text export back to a session whose text
//! export is the same; the words both use are in [`crate::summary`].

pub use super::line::{Kind, Line, classify, join};

pub use super::fields::split_votes;
use super::fields::*;
use super::sections::{self, Item, SectionKind};
use super::{Builder, Imported, Options};
use crate::i18n::Msg;
use crate::model::{ParkingItem, SeriesLink};
use crate::summary::SUB_THEME_SEPARATOR;

/// The text import; see the module documentation.
pub(crate) fn import(input: &str, options: &Options) -> Imported {
    let set = options.themes;
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let input = input.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n");
    let md = options
        .markdown
        .unwrap_or_else(|| super::prepare::looks_like_markdown(&input));
    let lines = super::prepare::lines(&input, md);
    let mut doc = sections::read(lines, set, md);
    sections::find_title(&mut doc);

    let inline = std::cell::RefCell::new(super::markdown::Inline::default());
    let un = |s: &str| {
        if md {
            inline.borrow_mut().text(s)
        } else {
            s.to_string()
        }
    };

    let (title, date, summary, title_lang) = match &doc.title {
        Some((line, true)) => {
            let (title, date, lang) = parse_summary_title(line);
            (title, date, line.clone(), lang)
        }
        Some((line, false)) => (un(line), None, String::new(), None),
        None => (String::new(), None, String::new(), None),
    };
    let lang = options
        .lang
        .or(title_lang)
        .or(doc.lang)
        .or_else(|| super::lang::detect(&input))
        .unwrap_or_default();
    let report_lang = options.report_lang.unwrap_or(lang);
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
    if let Some(subtitle) = &doc.subtitle {
        b.session.subtitle = b.clean(&un(subtitle));
    }
    let mut date = date;
    for (label, value) in std::mem::take(&mut doc.facts) {
        let (label, value) = (un(&label), un(&value));
        match crate::i18n::parse_date(&value) {
            Some(d) if date.is_none() && super::matches_msg(&label, Msg::ExportDate).is_some() => {
                date = Some(d);
                b.session.date = Some(d);
                b.created = super::builder::stamp(Some(d));
            }
            _ => b.leads.push(format!("{label}: {value}")),
        }
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
                if let Some(lead) = &section.lead {
                    let lead = b.clean(&un(lead));
                    b.lead_in(&key, &heading, lead);
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
    let inline = inline.into_inner();
    notes.extend(inline.links);
    notes.extend(
        inline
            .pictures
            .iter()
            .map(|p| Msg::ImportPictureNote.fill(lang, &[p])),
    );
    if !inline.pictures.is_empty() {
        b.report.push(Msg::ImportImagesSkipped.fill(
            report_lang,
            &[&crate::model::text::clean(&format!(
                "{} ({})",
                inline.pictures.len(),
                inline.pictures.join("; ")
            ))],
        ));
    }
    b.session.notes = notes
        .iter()
        .map(|n| crate::summary::sanitize(n))
        .filter(|n| !n.is_empty())
        .collect();
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

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
