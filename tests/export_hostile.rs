//! A hostile corpus (HTML, Markdown, CSV formulas, XML breakers, control characters and
//! escape sequences, a 10,000-character idea, right-to-left text, emoji, CJK) through
//! every export, each checked the way its readers would see it.

#[path = "golden/support.rs"]
mod support;

use foorumi::export::{self, Format, Options, sanitize};
use foorumi::model::Session;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use support::{W, docx_part, hostile_session, hostile_texts};
use unicode_width::UnicodeWidthStr;

fn render(s: &Session, f: Format) -> Vec<u8> {
    export::render(s, f, &Options::for_session(s))
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("exports are UTF-8")
}

/// No control character but a newline, no bidi override or isolate, no non-character.
fn assert_clean_text(what: &str, text: &str) {
    for (i, c) in text.char_indices() {
        let bad = (c.is_control() && c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || c == '\u{fffe}'
            || c == '\u{ffff}';
        assert!(!bad, "{what}: {:?} at byte {i}", c);
    }
}

#[test]
fn corpus_covers_what_it_claims() {
    let texts = hostile_texts();
    assert!(texts.iter().any(|t| t.chars().count() == 10_000));
    assert!(texts.iter().any(|t| t.contains('\u{1b}')));
    assert!(texts.iter().any(|t| t.contains("]]>")));
    assert!(texts.iter().any(|t| t.starts_with("=HYPERLINK")));
}

#[test]
fn text_export_is_clean_wrapped_and_complete() {
    let s = hostile_session();
    let txt = utf8(render(&s, Format::Txt));
    assert_clean_text("txt", &txt);
    for line in txt.lines() {
        // A bullet, a sub-point's dash or a place in the voting result ("12. ") is never
        // separated from the first word after it.
        let body = line.trim_start().trim_start_matches(['•', '–']).trim();
        let body = body
            .split_once(". ")
            .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map_or(body, |(_, rest)| rest);
        assert!(
            line.width() <= 80 || !body.contains(' '),
            "line wider than 80 columns with a break opportunity: {line:?}"
        );
    }
    // Every idea is there whole, however it was wrapped.
    let flat: String = txt.chars().filter(|c| !c.is_whitespace()).collect();
    for idea in &s.ideas {
        let text: String = sanitize(&idea.text)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(flat.contains(&text), "idea {} missing", idea.id);
    }
}

#[test]
fn text_export_reads_back_to_the_same_ideas() {
    // The import cleans text as the model does, which cuts it at MAX_CHARS.
    let short = |t: &String| sanitize(t).chars().count() <= foorumi::model::text::MAX_CHARS;
    let mut s = hostile_session();
    s.ideas.retain(|i| short(&i.text));
    for idea in &mut s.ideas {
        idea.sub_points.retain(short);
    }
    let txt = utf8(render(&s, Format::Txt));
    let back = foorumi::import::from_text(&txt, None).session;
    let expected: Vec<(String, Vec<String>)> = s
        .ideas
        .iter()
        .map(|i| {
            (
                sanitize(&i.text),
                i.sub_points.iter().map(|p| sanitize(p)).collect(),
            )
        })
        .collect();
    for (text, subs) in &expected {
        let found = back.ideas.iter().find(|i| &i.text == text);
        let found = found.unwrap_or_else(|| panic!("idea {text:?} not read back"));
        assert_eq!(&found.sub_points, subs, "sub-points of {text:?}");
    }
    let again = utf8(render(&back, Format::Txt));
    if let Some((a, b)) = txt.lines().zip(again.lines()).find(|(a, b)| a != b) {
        panic!("text export → import → text export differs:\n  {a:?}\n  {b:?}");
    }
    assert_eq!(
        again, txt,
        "text export → import → text export differs in length"
    );
}

/// Text of each top-level list item, and every tag seen, in the Markdown.
fn markdown_items(md: &str) -> (Vec<String>, Vec<String>) {
    let opts = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_MATH
        | pulldown_cmark::Options::ENABLE_FOOTNOTES;
    let mut items = Vec::new();
    let mut tags = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for event in Parser::new_ext(md, opts) {
        match event {
            Event::Start(Tag::Item) => {
                depth += 1;
                if depth == 1 {
                    current.clear();
                }
            }
            Event::End(TagEnd::Item) => {
                if depth == 1 {
                    items.push(current.clone());
                }
                depth -= 1;
            }
            Event::Start(Tag::List(_)) if depth >= 1 => {
                if depth == 1 {
                    items.push(current.clone());
                    current.clear();
                }
                depth += 100;
            }
            Event::End(TagEnd::List(_)) if depth >= 100 => depth -= 100,
            Event::Start(tag) => tags.push(format!("{tag:?}")),
            Event::Text(t) if depth == 1 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak if depth == 1 => current.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => tags.push(format!("HTML {h}")),
            Event::Code(c) => tags.push(format!("CODE {c}")),
            Event::InlineMath(m) | Event::DisplayMath(m) => tags.push(format!("MATH {m}")),
            _ => {}
        }
    }
    (items, tags)
}

#[test]
fn markdown_renders_every_idea_as_literal_text() {
    let s = hostile_session();
    let md = utf8(render(&s, Format::Md));
    assert_clean_text("md", &md);
    let (items, tags) = markdown_items(&md);
    for tag in &tags {
        assert!(
            !tag.starts_with("HTML")
                && !tag.starts_with("CODE")
                && !tag.starts_with("MATH")
                && !tag.starts_with("Link")
                && !tag.starts_with("Image")
                && !tag.starts_with("Strikethrough")
                && !tag.starts_with("CodeBlock")
                && !tag.starts_with("BlockQuote"),
            "user text became markup: {tag}"
        );
    }
    for idea in &s.ideas {
        let mut text = sanitize(&idea.text);
        if idea.votes > 0 {
            text.push_str(&format!(
                " ({})",
                export::votes_label(s.language, idea.votes)
            ));
        }
        assert!(
            items.contains(&text),
            "idea not rendered literally: {text:?}"
        );
    }
    // Headings are the ones we wrote: title, agenda, themes, unsorted, voting result,
    // parking, actions, notes.
    let headings = tags.iter().filter(|t| t.starts_with("Heading")).count();
    assert_eq!(headings, 1 + 1 + 3 + 1 + 1 + 1 + 1 + 1, "{tags:#?}");
}

#[test]
fn markdown_escapes_the_classic_cases() {
    for text in [
        "# x", "*x*", "[a](b)", "<script>", "|", "1. x", "&amp;", "- x", "> x", "`x`", "x  ", "***",
    ] {
        let escaped = export::md::escape(text, true);
        let md = format!("- {escaped}\n");
        let (items, tags) = markdown_items(&md);
        assert_eq!(
            items,
            vec![text.trim_end().to_string()],
            "{text:?} → {md:?}"
        );
        assert!(
            tags.iter()
                .all(|t| t.starts_with("List") || t.starts_with("Paragraph")),
            "{text:?} → {tags:?}"
        );
        let heading = format!("## {}\n", export::md::escape(text, false));
        let plain: String = Parser::new(&heading)
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.into_string()),
                _ => None,
            })
            .collect();
        assert_eq!(plain, text.trim_end(), "heading {heading:?}");
    }
}

#[test]
fn markdown_actions_table_keeps_four_columns() {
    let mut s = hostile_session();
    // Without votes there is no voting-result table: only the actions table is left.
    s.ideas.iter_mut().for_each(|i| i.votes = 0);
    let md = utf8(render(&s, Format::Md));
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 3);
    let mut cells = 0;
    let mut rows = 0;
    for e in Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES) {
        match e {
            Event::Start(Tag::TableCell) => cells += 1,
            Event::Start(Tag::TableRow | Tag::TableHead) => rows += 1,
            _ => {}
        }
    }
    assert_eq!((rows, cells), (2, 8));
}

/// Tags that the HTML export writes; nothing else may appear.
const HTML_TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p",
    "dl", "dt", "dd", "ul", "li", "span", "br", "table", "thead", "tbody", "tr", "th", "td",
];

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn html_escapes_everything() {
    let s = hostile_session();
    let html = utf8(render(&s, Format::Html));
    assert_clean_text("html", &html);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fi\">"));
    assert!(html.contains("@page { size: A4; margin: 2cm; }"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"));
    // Every tag is one of ours.
    let mut rest = html.as_str();
    let mut li = Vec::new();
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open + 1..close];
        let name = tag
            .trim_start_matches('/')
            .split([' ', '>'])
            .next()
            .unwrap()
            .to_lowercase();
        assert!(HTML_TAGS.contains(&name.as_str()), "unexpected tag <{tag}>");
        if name == "li" && !tag.starts_with('/') {
            let end = rest[close..]
                .find(['<', '\n'])
                .map_or(rest.len(), |e| e + close);
            li.push(unescape_html(rest[close + 1..end].trim_end()));
        }
        rest = &rest[close + 1..];
    }
    for idea in &s.ideas {
        let text = sanitize(&idea.text);
        assert!(li.contains(&text), "idea not in a list item: {text:?}");
    }
}

#[test]
fn docx_is_well_formed_and_holds_every_text() {
    let s = hostile_session();
    let bytes = render(&s, Format::Docx);
    for part in ["word/document.xml", "word/styles.xml", "word/numbering.xml"] {
        let xml = docx_part(&bytes, part);
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{part}: {e}"));
    }
    let xml = docx_part(&bytes, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    // Nothing from the text became an element.
    for node in doc.descendants().filter(|n| n.is_element()) {
        let ns = node.tag_name().namespace().unwrap_or("");
        assert!(
            ns.starts_with("http://schemas.openxmlformats.org/")
                || ns.starts_with("http://schemas.microsoft.com/")
                || ns.starts_with("urn:schemas-microsoft-com:"),
            "foreign element {:?}",
            node.tag_name()
        );
    }
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect();
    for t in &texts {
        assert_clean_text("docx w:t", t);
    }
    for idea in &s.ideas {
        let text = sanitize(&idea.text);
        assert!(
            texts.contains(&text),
            "idea missing from document.xml: {text:?}"
        );
        for sub in &idea.sub_points {
            assert!(texts.contains(&sanitize(sub)), "sub-point missing: {sub:?}");
        }
    }
}

#[test]
fn docx_uses_word_styles_bullets_and_a_table() {
    let s = hostile_session();
    let bytes = render(&s, Format::Docx);
    let styles = docx_part(&bytes, "word/styles.xml");
    for name in ["\"Title\"", "\"heading 1\"", "\"heading 2\""] {
        assert!(styles.contains(name), "style {name} missing");
    }
    let numbering = docx_part(&bytes, "word/numbering.xml");
    let nd = roxmltree::Document::parse(&numbering).unwrap();
    let bullet_formats = nd
        .descendants()
        .filter(|n| n.has_tag_name((W, "numFmt")) && n.attribute((W, "val")) == Some("bullet"))
        .count();
    assert_eq!(bullet_formats, 2, "bullet levels 0 and 1");
    let dump = support::docx_dump(&bytes);
    assert!(dump.contains("Title | Foorumi <script>alert(1)</script> & *x*\n"));
    assert!(dump.contains("Heading2 | Alateema [linkki](x)\n"));
    assert!(dump.contains("[bullet 1] | <i>ala</i>\n"));
    assert!(dump.contains(
        "table | Selvitä | putki ja <script> | Kunta & \"järjestö\" | 1.6.2024 | toteutuu osittain\n"
    ));
}

#[test]
fn csv_reads_back_with_formulas_defused() {
    let s = hostile_session();
    let bytes = render(&s, Format::Csv);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "Teema",
            "Alateema",
            "Ryhmä",
            "Idea",
            "Alakohdat",
            "Äänet",
            "Luotu",
            "Lähde"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), s.ideas.len());
    for row in &rows {
        assert_eq!(row.len(), 8);
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?}"
            );
        }
    }
    for idea in &s.ideas {
        let text = sanitize(&idea.text);
        let expected = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text
        };
        let row = rows.iter().find(|r| r[3] == expected);
        let row = row.unwrap_or_else(|| panic!("idea cell missing: {expected:?}"));
        assert_eq!(row[5], idea.votes.to_string());
        assert_eq!(row[6], idea.created.format("%-d.%-m.%Y %H.%M").to_string());
    }
}

#[test]
fn csv_honours_the_delimiter_option() {
    let s = hostile_session();
    let options = Options {
        delimiter: b',',
        ..Options::for_session(&s)
    };
    let bytes = export::render(&s, Format::Csv, &options);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b',')
        .from_reader(&bytes[3..]);
    assert_eq!(reader.headers().unwrap().len(), 8);
    assert!(reader.records().all(|r| r.unwrap().len() == 8));
}

#[test]
fn json_keeps_the_raw_text_and_stays_valid() {
    let s = hostile_session();
    let json = utf8(render(&s, Format::Json));
    assert!(
        json.bytes().all(|b| b >= 0x20 || b == b'\n'),
        "raw control byte in JSON"
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "foorumi-session/1");
    let ideas = v["ideas"].as_array().unwrap();
    assert_eq!(ideas.len(), s.ideas.len());
    for (j, idea) in ideas.iter().zip(&s.ideas) {
        assert_eq!(j["text"], idea.text.as_str());
        assert_eq!(j["id"], idea.id.0);
    }
    assert_eq!(v["themes"][2]["parent"], "md");
    assert_eq!(v["actions"][0]["status"], "partly");
    assert_eq!(v["agenda"][0]["kind"], "opening");
    assert_eq!(v["date"], "2024-05-06");
    assert_eq!(v["start"], "09:00");
}

#[test]
fn every_format_in_every_language() {
    let s = hostile_session();
    for lang in foorumi::model::Lang::ALL {
        let options = Options {
            lang,
            full_text: true,
            ..Options::for_session(&s)
        };
        for f in Format::ALL {
            let bytes = export::render(&s, f, &options);
            assert!(!bytes.is_empty(), "{f:?} {lang:?}");
        }
        let txt = utf8(export::render(&s, Format::Txt, &options));
        let actions = foorumi::i18n::Msg::ExportActions.get(lang);
        assert!(txt.lines().any(|l| l == actions), "{lang:?}: {actions}");
    }
}
