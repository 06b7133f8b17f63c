//! The import corpus: small documents written for this project, one per pattern of issue
//! 16 (fi/sv/en; text, Markdown, CSV shaped like retro tools' exports), each beside the
//! theme/idea tree it must give (`NAME.tree`). Every word of every document, and of any
//! generated text, must come out somewhere in the session: nothing is dropped.
//!
//! `FOORUMI_WRITE_TREES=1 cargo test --test import_corpus` writes the trees of new
//! documents (never over an existing one), to be read and checked by hand.

use std::path::{Path, PathBuf};

use foorumi::import::{self, Options, source};
use foorumi::model::{Lang, Session};
use proptest::prelude::*;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "tree"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> (source::Source, Session) {
    let bytes = std::fs::read(path).unwrap();
    let ext = path.extension().unwrap().to_string_lossy().to_lowercase();
    let src = source::decode(&bytes, &ext, "x", Lang::En).unwrap();
    let session = import::from_source(&src, &Options::default()).session;
    (src, session)
}

/// The session as a tree: title, language, themes with their notes, ideas with votes and
/// sub-points, unsorted ideas, notes.
fn tree(s: &Session) -> String {
    let mut out = format!("TITLE {}\nLANG {}\n", s.title, s.language.code());
    let ideas = |out: &mut String, key: Option<&str>, depth: usize| {
        for i in s.ideas_in(key) {
            let votes = if i.votes > 0 {
                format!(" (+{})", i.votes)
            } else {
                String::new()
            };
            out.push_str(&format!("{}• {}{votes}\n", "  ".repeat(depth), i.text));
            for sub in &i.sub_points {
                out.push_str(&format!("{}– {sub}\n", "  ".repeat(depth + 1)));
            }
        }
    };
    for t in &s.themes {
        let depth = usize::from(t.parent.is_some());
        out.push_str(&format!("{}# {}\n", "  ".repeat(depth), t.name.fi));
        if !t.description.is_empty() {
            out.push_str(&format!("{}  ({})\n", "  ".repeat(depth), t.description.fi));
        }
        ideas(&mut out, Some(&t.key), depth + 1);
    }
    if s.ideas_in(None).next().is_some() {
        out.push_str("UNSORTED\n");
        ideas(&mut out, None, 1);
    }
    for n in &s.notes {
        out.push_str(&format!("NOTE {n}\n"));
    }
    out
}

/// Every text of a session, lower case, in one string.
fn all_text(s: &Session) -> String {
    let mut all = vec![s.title.clone(), s.summary_heading.clone(), s.intro.clone()];
    for t in &s.themes {
        all.extend([
            t.name.fi.clone(),
            t.name.sv.clone(),
            t.name.en.clone(),
            t.description.fi.clone(),
        ]);
    }
    for i in &s.ideas {
        all.push(i.text.clone());
        all.extend(i.sub_points.iter().cloned());
    }
    all.extend(s.notes.iter().cloned());
    for a in &s.agenda {
        all.extend([a.title.clone(), a.prompt.clone()]);
    }
    for p in &s.parking {
        all.push(p.text.clone());
        all.extend(p.sub_points.iter().cloned());
    }
    for a in &s.actions {
        all.extend([a.text.clone(), a.owner.clone()]);
    }
    all.join("\n").to_lowercase()
}

/// The words of `input` (runs of two or more letters and digits holding a letter; a single
/// letter may be a list marker, like Word's `o`) that appear nowhere in the session.
fn lost_words(input: &str, s: &Session) -> Vec<String> {
    let all = all_text(s);
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1 && w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| !all.contains(w.as_str()))
        .collect()
}

#[test]
fn every_document_gives_its_tree() {
    let mut failures = Vec::new();
    for path in corpus() {
        let (_, session) = read(&path);
        let got = tree(&session);
        let want_path = path.with_extension("tree");
        match std::fs::read_to_string(&want_path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}:\n--- want\n{want}--- got\n{got}",
                path.display()
            )),
            Err(_) if std::env::var_os("FOORUMI_WRITE_TREES").is_some() => {
                std::fs::write(&want_path, &got).unwrap();
            }
            Err(e) => failures.push(format!("{}: {e}", want_path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_word_of_the_corpus_is_lost() {
    for path in corpus() {
        let (src, session) = read(&path);
        let mut text = src.text.clone();
        if path.extension().is_some_and(|e| e == "csv") {
            // The header row names the columns: its words are no content (those of extra
            // columns are kept as `Header: value` all the same).
            text = text
                .split_once('\n')
                .map_or(String::new(), |(_, rest)| rest.into());
        }
        // Likewise a Markdown table's header row: its first cell names the idea column.
        let lines: Vec<&str> = text.lines().collect();
        let text: String = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| {
                !(l.starts_with('|') && lines.get(i + 1).is_some_and(|n| n.starts_with("|--")))
            })
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        let lost = lost_words(&text, &session);
        assert!(lost.is_empty(), "{}: lost {lost:?}", path.display());
    }
}

#[test]
fn the_bundled_appendix_still_gives_six_themes_and_41_ideas() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/liite1.txt"),
    )
    .unwrap();
    let s = import::from_text(&text, None).session;
    assert_eq!(s.themes.len(), 6);
    assert_eq!(s.ideas.len(), 41);
    assert!(
        lost_words(&text, &s).is_empty(),
        "{:?}",
        lost_words(&text, &s)
    );
}

#[test]
fn headings_map_to_a_theme_set_by_stems_and_say_so() {
    let set = foorumi::bundled::theme_set("turku-2015").unwrap();
    let text = "Tilat ja kumppanuustalot\n\n- Kerhohuoneet\n\nKumppanuuden kehittämisestä\n\n- Yhteiset tavoitteet\n\nMuut asiat\n\n- Kahvi\n";
    let imported = import::from_text_in(text, Some(&set), Lang::Fi);
    let s = &imported.session;
    let keys: Vec<Option<&str>> = s.ideas.iter().map(|i| i.theme.as_deref()).collect();
    assert_eq!(
        keys,
        [Some("tilat"), Some("kumppanuus"), Some("muut-asiat")]
    );
    assert!(
        imported.report.contains(
            &"'Tilat ja kumppanuustalot' → teema tilat 'Tilat/kumppanuustalot' (lähin nimi) (1 idea)"
                .to_string()
        ),
        "{:#?}",
        imported.report
    );
}

#[test]
fn the_language_can_be_set_explicitly() {
    let text = "Lokaler\n\n- Föreningarna behöver lokaler på kvällarna och det är viktigt\n";
    assert_eq!(import::from_text(text, None).session.language, Lang::Sv);
    let options = Options {
        lang: Some(Lang::En),
        ..Options::default()
    };
    let src = source::decode(text.as_bytes(), "txt", "x", Lang::Fi).unwrap();
    let s = import::from_source(&src, &options).session;
    assert_eq!(s.language, Lang::En);
    assert_eq!(s.title, "Imported summary");
}

/// Ordinary words of summaries in three languages; none is a word the import reads as a
/// section name, vote count or placeholder.
const WORDS: &[&str] = &[
    "järjestöt",
    "kaupunki",
    "tilat",
    "avustus",
    "yhteistyö",
    "nuoret",
    "kirjasto",
    "föreningar",
    "staden",
    "lokaler",
    "bidrag",
    "unga",
    "spaces",
    "grants",
    "city",
    "volunteers",
    "Kumppanuus",
    "Tietoturva",
    "API-suunnittelu",
    "Kahvi",
    "Sali",
    "ja",
    "och",
    "and",
    "the",
    "(ks.",
    "#2)",
    "*tärkeä*",
    "**vahva**",
    "[linkki](liite.pdf)",
];
const MARKERS: &[&str] = &[
    "",
    "",
    "",
    "- ",
    "* ",
    "• ",
    "1. ",
    "2) ",
    "# ",
    "## ",
    "o\t",
    "§ ",
    "\u{f0b7} ",
    "  - ",
    "    o ",
    "\t",
];
const ENDS: &[&str] = &["", "", ".", "?", ":", ",", " ->"];

fn line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(MARKERS),
        prop::collection::vec(prop::sample::select(WORDS), 0..10),
        prop::sample::select(ENDS),
    )
        .prop_map(|(m, w, e)| format!("{m}{}{e}", w.join(" ")))
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => line(), 1 => Just(String::new())], 0..30)
        .prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_word_of_any_text_is_lost(text in document(), md in any::<bool>()) {
        let options = Options { markdown: Some(md), ..Options::default() };
        let src = source::decode(text.as_bytes(), "txt", "x", Lang::Fi).unwrap();
        let s = import::from_source(&src, &options).session;
        let lost = lost_words(&text, &s);
        prop_assert!(lost.is_empty(), "lost {:?}\n{}", lost, tree(&s));
        prop_assert!(s.ideas.iter().all(|i| !i.text.is_empty()), "an empty idea");
    }
}

/// (theme name, idea text, sub-points) of every idea, in order.
fn ideas_by_theme(s: &Session) -> Vec<(String, String, Vec<String>)> {
    s.ideas
        .iter()
        .map(|i| {
            let theme = i.theme.as_deref().and_then(|k| s.theme(k));
            let name = theme.map_or(String::new(), |t| t.name.fi.clone());
            (name, i.text.clone(), i.sub_points.clone())
        })
        .collect()
}

#[test]
fn every_export_format_reads_back_to_the_same_themes_and_ideas() {
    use foorumi::export::{Format, Options as ExportOptions, render};
    let s = foorumi::bundled::demo_session();
    let want = ideas_by_theme(&s);
    for (format, ext) in [
        (Format::Txt, "txt"),
        (Format::Md, "md"),
        (Format::Docx, "docx"),
        (Format::Csv, "csv"),
    ] {
        let bytes = render(&s, format, &ExportOptions::for_session(&s));
        let src = source::decode(&bytes, ext, "x", Lang::Fi).unwrap();
        let back = import::from_source(&src, &Options::default()).session;
        assert_eq!(ideas_by_theme(&back), want, "{ext}");
        if format != Format::Csv {
            assert_eq!(back.title, s.title, "{ext}");
            assert_eq!(back.date, s.date, "{ext}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_input_imports_without_a_panic_or_an_empty_idea(
        text in "(\\PC|[\\n\\t •*#|o§:.?-]){0,300}",
        md in any::<bool>(),
    ) {
        let options = Options { markdown: Some(md), ..Options::default() };
        let s = import::from_text(&text, None).session;
        prop_assert!(s.ideas.iter().all(|i| !i.text.is_empty()));
        let src = source::decode(text.as_bytes(), "txt", "x", Lang::Fi);
        if let Ok(src) = src {
            let s = import::from_source(&src, &options).session;
            prop_assert!(s.ideas.iter().all(|i| !i.text.is_empty()));
        }
        let s = import::from_csv(text.as_bytes(), None).session;
        prop_assert!(s.ideas.iter().all(|i| !i.text.is_empty()));
    }
}
