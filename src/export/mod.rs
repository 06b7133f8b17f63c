//! Exports: the written summary of a session in every format the secretary sends out.
//!
//! Each format is one module with a pure function of the session and [`Options`]:
//! no files, no clock, no environment. [`render`] picks the format; [`write_atomic`]
//! is the one place that touches the disk.
//!
//! | format | module | shape |
//! |---|---|---|
//! | [`Format::Txt`] | [`txt`] | the appendix ("YHTEENVETO 4.2.2015 …"): headings and bullets, 80 columns |
//! | [`Format::Md`] | [`md`] | CommonMark memo; every user text escaped |
//! | [`Format::Html`] | [`html`] | one standalone page, print-ready (A4) |
//! | [`Format::Docx`] | [`docx`] | Word document with real heading styles and bullet lists |
//! | [`Format::Csv`] | [`csv`] | one row per idea, for spreadsheets |
//! | [`Format::Json`] | [`json`] | the whole session in the stable `foorumi-session/1` schema |
//!
//! Every heading, label and status word comes from the string catalogue in
//! [`Options::lang`]. Themes are written in display order with each sub-theme right after
//! its parent; ideas whose theme key is unknown are written with the unsorted pool, so an
//! export never drops an idea.
//!
//! What runs a meeting is in every memo format (txt, md, html, docx) and in json:
//!
//! - **Votes** after each idea, and when any idea has votes, the **voting result**
//!   ("Äänestyksen tulos", [`voting_result`]): the ideas with the most votes overall.
//!   Exports are the record written after the meeting, so totals are always shown, also
//!   when [`VotingRules::hidden`](crate::model::VotingRules::hidden) hides them on the
//!   board and whether or not voting was closed.
//! - The **series link** ("Jatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019",
//!   [`series_link`]) when the session continues an earlier one.
//! - The **agenda**; the item running when the export was made is marked in html (on
//!   screen only, not in print) and given by index in json. The memo text (txt, md, docx)
//!   does not mark it: read after the meeting, "now" means nothing.
//! - The **parking lot** with its sub-points, and the **actions** with owner, due date and
//!   status ([`ActionStatus::label`](crate::model::ActionStatus::label)).
//!
//! The CSV export stays one row per idea, for spreadsheets: it has the votes column (sort
//! by it for the ranking) but no parking lot, actions, agenda or series link; json has
//! everything.

pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod md;
pub mod txt;

use std::io::Write;
use std::path::Path;

use chrono::{NaiveTime, Timelike};

use crate::i18n::{Msg, format_date, format_time, format_time_span};
use crate::model::{AgendaItem, Idea, Lang, Session, Theme};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text in the shape of the appendix.
    Txt,
    /// CommonMark memo.
    Md,
    /// Standalone HTML page.
    Html,
    /// Word document.
    Docx,
    /// One row per idea.
    Csv,
    /// The whole session as JSON.
    Json,
}

impl Format {
    /// Every format, in the order menus show them.
    pub const ALL: [Format; 6] = [
        Format::Txt,
        Format::Md,
        Format::Html,
        Format::Docx,
        Format::Csv,
        Format::Json,
    ];

    /// Parses a format name or file extension, ignoring case and a leading dot:
    /// `txt`/`text`, `md`/`markdown`, `html`/`htm`, `docx`/`word`, `csv`, `json`.
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.trim().trim_start_matches('.').to_ascii_lowercase();
        match name.as_str() {
            "txt" | "text" | "plain" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" => Some(Format::Html),
            "docx" | "word" => Some(Format::Docx),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// How to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Language of headings, labels and theme names.
    pub lang: Lang,
    /// Field delimiter of the CSV export.
    pub delimiter: u8,
    /// Replaces the main heading: the first line of the text export, the title of the
    /// others. `None`: the session's own ([`summary_heading`] for text, the title otherwise).
    pub heading: Option<String>,
}

impl Options {
    /// The defaults for `session`: its language, `;` as CSV delimiter, its own heading.
    pub fn for_session(session: &Session) -> Options {
        Options {
            lang: session.language,
            ..Options::default()
        }
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            lang: Lang::Fi,
            delimiter: b';',
            heading: None,
        }
    }
}

/// Renders `session` in `format`.
pub fn render(session: &Session, format: Format, options: &Options) -> Vec<u8> {
    match format {
        Format::Txt => txt::render(session, options).into_bytes(),
        Format::Md => md::render(session, options).into_bytes(),
        Format::Html => html::render(session, options).into_bytes(),
        Format::Docx => docx::render(session, options),
        Format::Csv => csv::render(session, options),
        Format::Json => json::render(session).into_bytes(),
    }
}

/// Writes `bytes` to `path` so that the file is either the old one or the whole new one:
/// a temporary file in the same directory is written, flushed to disk and renamed over
/// `path`, and the directory is synced. On error the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "path has no file name")
    })?;
    let mut n = 0u32;
    let (tmp, mut file) = loop {
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".{}.{n}.tmp", std::process::id()));
        let tmp = dir.join(tmp_name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => break (tmp, file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(e),
        }
    };
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp, path)
        });
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    // Make the rename itself durable; not every platform can open a directory.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Shared by the formats
// ---------------------------------------------------------------------------------------

/// Makes one line of user text safe for any document: control characters out (tabs and
/// line breaks become spaces), bidi overrides and isolates out, XML non-characters out,
/// runs of spaces folded, ends trimmed. Unlike [`crate::model::text::clean`] it never
/// shortens the text: an export must not lose words.
pub fn sanitize(text: &str) -> String {
    if is_sanitized(text) {
        return text.to_owned();
    }
    sanitize_chars(text)
}

/// True when [`sanitize`] would return `text` as it is: a byte scan, because nearly every
/// text has already been cleaned by the model and exports pass every idea through here.
/// Any byte that may begin a character `sanitize_chars` changes sends the text the slow way
/// (`0xC2`: C1 controls and no-break space; `0xE2`: line separators, bidi marks, spaces;
/// `0xEF`: U+FFFE and U+FFFF).
fn is_sanitized(text: &str) -> bool {
    let mut prev = b' ';
    for &b in text.as_bytes() {
        if b < 0x20 || b == 0x7f || matches!(b, 0xc2 | 0xe2 | 0xef) || (b == b' ' && prev == b' ') {
            return false;
        }
        prev = b;
    }
    !text.ends_with(char::is_whitespace)
}

/// [`sanitize`], character by character.
fn sanitize_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\t' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => continue,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{ffff}' => {
                continue;
            }
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let len = out.trim_end().len();
    out.truncate(len);
    out
}

/// Splits a multi-line text (intro, note) into sanitized paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.split("\n\n")
        .map(sanitize)
        .filter(|p| !p.is_empty())
        .collect()
}

/// One theme in the order of the summary.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    /// The theme.
    pub theme: &'a Theme,
    /// Its parent when it is a sub-theme.
    pub parent: Option<&'a Theme>,
    /// Its ideas in capture order.
    pub ideas: Vec<&'a Idea>,
    /// True when sub-themes follow it.
    pub has_children: bool,
}

/// The session's themes in summary order and the unsorted pool.
#[derive(Debug, Clone)]
pub struct Outline<'a> {
    /// Themes, each sub-theme right after its parent.
    pub blocks: Vec<Block<'a>>,
    /// Ideas with no theme or with a theme key the session does not know.
    pub unsorted: Vec<&'a Idea>,
}

impl<'a> Outline<'a> {
    /// Orders `session`'s themes and ideas for a summary. Themes whose parent is unknown
    /// are treated as top-level; nothing is left out.
    pub fn of(session: &'a Session) -> Outline<'a> {
        let known = |key: &str| session.theme(key).is_some();
        // One pass over the ideas, not one per theme: an archive has thousands.
        let mut by_theme: std::collections::HashMap<&str, Vec<&Idea>> =
            std::collections::HashMap::new();
        for idea in &session.ideas {
            if let Some(key) = idea.theme.as_deref() {
                by_theme.entry(key).or_default().push(idea);
            }
        }
        let mut blocks = Vec::new();
        let mut done = vec![false; session.themes.len()];
        let block = |theme: &'a Theme, parent: Option<&'a Theme>| Block {
            theme,
            parent,
            ideas: by_theme
                .get(theme.key.as_str())
                .cloned()
                .unwrap_or_default(),
            // Only a top-level theme has its sub-themes written under it.
            has_children: parent.is_none()
                && session.children(&theme.key).any(|c| c.key != theme.key),
        };
        for (i, theme) in session.themes.iter().enumerate() {
            let top = match &theme.parent {
                None => true,
                Some(p) => !known(p) || p == &theme.key,
            };
            if !top || done[i] {
                continue;
            }
            done[i] = true;
            blocks.push(block(theme, None));
            for (j, child) in session.themes.iter().enumerate() {
                if !done[j] && child.parent.as_deref() == Some(&theme.key) {
                    done[j] = true;
                    blocks.push(block(child, Some(theme)));
                }
            }
        }
        // Deeper nesting than the model allows: keep the themes, as top-level ones.
        for (i, theme) in session.themes.iter().enumerate() {
            if !done[i] {
                let mut b = block(theme, None);
                b.has_children = false;
                blocks.push(b);
            }
        }
        let keys: std::collections::HashSet<&str> =
            session.themes.iter().map(|t| t.key.as_str()).collect();
        let unsorted = session
            .ideas
            .iter()
            .filter(|i| i.theme.as_deref().is_none_or(|k| !keys.contains(k)))
            .collect();
        Outline { blocks, unsorted }
    }
}

/// The display name of `theme` in `lang`, sanitized; the key when the name is empty.
pub fn theme_name(theme: &Theme, lang: Lang) -> String {
    let name = sanitize(theme.name.get(lang));
    if name.is_empty() {
        sanitize(&theme.key)
    } else {
        name
    }
}

/// Joins parent and sub-theme names in the heading of a sub-theme in the text export:
/// `Tilat – Kokoontumistilat`.
pub const SUB_THEME_SEPARATOR: &str = " – ";

/// "3 ääntä" / "1 ääni".
pub fn votes_label(lang: Lang, votes: u32) -> String {
    let msg = if votes == 1 {
        Msg::VotesOne
    } else {
        Msg::VotesMany
    };
    msg.fill(lang, &[&votes])
}

/// Most ideas the voting result lists; ideas tied with the last one listed are listed too.
pub const RANKING_TOP: usize = 10;

/// One line of the voting result.
#[derive(Debug, Clone)]
pub struct Ranked<'a> {
    /// Place from 1; tied ideas share a place (1, 2, 2, 4).
    pub rank: usize,
    /// The idea.
    pub idea: &'a Idea,
    /// Where the idea is, as the summary names it: `Tilat`, `Tilat – Salit` for a
    /// sub-theme, or the unsorted pool's name.
    pub theme: String,
}

/// The voting result: ideas with at least one vote, most votes first, at most
/// [`RANKING_TOP`] of them plus any tied with the last; empty when nobody voted.
///
/// Ties are in the order of the summary (themes in display order, the unsorted pool
/// last), so the text export reads back to the same result.
pub fn voting_result<'a>(session: &'a Session, lang: Lang) -> Vec<Ranked<'a>> {
    let outline = Outline::of(session);
    let mut voted: Vec<(&'a Idea, String)> = Vec::new();
    for block in &outline.blocks {
        let name = block_name(block, lang);
        voted.extend(
            block
                .ideas
                .iter()
                .filter(|i| i.votes > 0)
                .map(|i| (*i, name.clone())),
        );
    }
    let unsorted = Msg::Unsorted.get(lang);
    voted.extend(
        outline
            .unsorted
            .iter()
            .filter(|i| i.votes > 0)
            .map(|i| (*i, unsorted.to_string())),
    );
    // Stable: ties keep the order of the summary.
    voted.sort_by_key(|(idea, _)| std::cmp::Reverse(idea.votes));
    let mut out: Vec<Ranked<'a>> = Vec::new();
    for (n, (idea, theme)) in voted.into_iter().enumerate() {
        let tied = out.last().filter(|last| last.idea.votes == idea.votes);
        let rank = match tied {
            Some(last) => last.rank,
            None if n >= RANKING_TOP => break,
            None => n + 1,
        };
        out.push(Ranked { rank, idea, theme });
    }
    out
}

/// The heading a theme block has in the text export: `Tilat` or `Tilat – Salit`.
pub fn block_name(block: &Block, lang: Lang) -> String {
    let name = theme_name(block.theme, lang);
    match block.parent {
        Some(parent) => format!("{}{SUB_THEME_SEPARATOR}{name}", theme_name(parent, lang)),
        None => name,
    }
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

/// The genitive of an upper-case Finnish title by the small rule of [`summary_heading`],
/// or `None` when the rule does not apply.
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

/// Removes characters that XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF).
pub fn xml_legal(text: &str) -> String {
    let legal = |c: &char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{d7ff}').contains(c)
            || ('\u{e000}'..='\u{fffd}').contains(c)
            || *c >= '\u{10000}'
    };
    if text.chars().all(|c| legal(&c)) {
        return text.to_owned();
    }
    text.chars().filter(legal).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_and_extensions() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.extension()), Some(f));
        }
        assert_eq!(Format::from_name(".Markdown"), Some(Format::Md));
        assert_eq!(Format::from_name("pdf"), None);
    }

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

    proptest::proptest! {
        /// The byte-scan shortcut never changes what `sanitize` returns.
        #[test]
        fn sanitize_shortcut_agrees(text in "[a-zäö ÅЖ漢👍\t\n\u{85}\u{a0}\u{1b}\u{7f}\u{2028}\u{202e}\u{2003}\u{3000}\u{fffe}\u{ffff}\u{feff}–•-]{0,12}") {
            proptest::prop_assert_eq!(sanitize(&text), sanitize_chars(&text));
            if is_sanitized(&text) {
                proptest::prop_assert_eq!(sanitize(&text), text.clone());
            }
        }
    }

    #[test]
    fn sanitize_keeps_words_and_drops_controls() {
        assert_eq!(sanitize(" a\tb\u{1b}[31m\nc\u{202e} "), "a b[31m c");
        let long = "ä".repeat(10_000);
        assert_eq!(sanitize(&long), long);
        assert_eq!(sanitize("\u{200f}שלום"), "\u{200f}שלום");
    }

    #[test]
    fn xml_illegal_characters_are_removed() {
        assert_eq!(xml_legal("a\u{0}b\u{1b}c\u{fffe}d\te"), "abcd\te");
    }
}
