//! The idea paragraphs of the Word document, written from templates.
//!
//! `docx-rs` builds each paragraph through dozens of by-value builder steps, which made a
//! 10,000-idea export take over 100 ms. The paragraphs of ideas differ only in their text,
//! their id and their vote label, so `docx-rs` builds one template of each kind and every
//! idea fills in its own values; a test keeps the result byte for byte equal to what
//! `docx-rs` writes for the same paragraph. The document carries one placeholder paragraph
//! per list, which [`splice`] replaces with the list once `docx-rs` has built the XML.

use docx_rs::{BuildXML, Paragraph, Run};

use super::{bullet_of, italic_run};
use crate::export::{escape_markup_into, idea_sub_points, sanitize, votes_label, xml_legal};
use crate::model::{Idea, Lang};

/// Text of the placeholder paragraph. Every text of the document passes
/// [`crate::export::sanitize`], which removes control characters, so no text can contain it.
pub const PLACEHOLDER: &str = "\u{1}foorumi:ideas\u{1}";

/// Slots in a template's XML.
const ID: char = '\u{2}';
const TEXT: char = '\u{3}';
const VOTES: char = '\u{4}';

/// One paragraph's XML split at its slots: `parts[i]`, then `slots[i]`, and the last part.
struct Template {
    parts: Vec<String>,
    slots: Vec<char>,
}

impl Template {
    /// The XML `docx-rs` writes for `p`, with the id and the slot characters made slots.
    fn of(p: Paragraph) -> Template {
        let id = p.id.clone();
        let xml = String::from_utf8(p.build()).expect("docx-rs writes UTF-8");
        let xml = xml.replacen(&format!("\"{id}\""), &format!("\"{ID}\""), 1);
        let mut parts = vec![String::new()];
        let mut slots = Vec::new();
        for c in xml.chars() {
            if [ID, TEXT, VOTES].contains(&c) {
                slots.push(c);
                parts.push(String::new());
            } else if let Some(last) = parts.last_mut() {
                last.push(c);
            }
        }
        Template { parts, slots }
    }

    fn write(&self, out: &mut String, id: &str, text: &str, votes: &str) {
        for (part, slot) in self.parts.iter().zip(&self.slots) {
            out.push_str(part);
            match *slot {
                ID => out.push_str(id),
                TEXT => escape_into(out, text),
                _ => escape_into(out, votes),
            }
        }
        if let Some(last) = self.parts.last() {
            out.push_str(last);
        }
    }
}

/// Escapes `text` for element content the way `docx-rs` does.
fn escape_into(out: &mut String, text: &str) {
    escape_markup_into(out, text, "&apos;");
}

/// Writes lists of ideas as the XML of their paragraphs.
pub struct IdeaLists {
    idea: Template,
    voted: Template,
    sub: Template,
    lang: Lang,
    next_id: u32,
    /// The lists written so far, in document order.
    pub lists: Vec<String>,
}

impl IdeaLists {
    /// Templates for `lang`.
    pub fn new(lang: Lang) -> IdeaLists {
        let slot = |c: char| c.to_string();
        IdeaLists {
            idea: Template::of(bullet_of(slot(TEXT), 0)),
            voted: Template::of(bullet_of(slot(TEXT), 0).add_run(italic_run(slot(VOTES)))),
            sub: Template::of(bullet_of(slot(TEXT), 1)),
            lang,
            // Above the ids `docx-rs` counts up from 1, below the 0x80000000 Word allows.
            next_id: 0x4000_0000,
            lists: Vec::new(),
        }
    }

    /// Writes `ideas` with their sub-points as one list; returns the placeholder paragraph
    /// that stands for it in the document.
    pub fn list(&mut self, ideas: &[&Idea]) -> Paragraph {
        let mut out = String::with_capacity(ideas.len() * 400);
        for idea in ideas {
            let mut text = xml_legal(&sanitize(&idea.text));
            if let Some(source) = crate::export::source_label(idea, self.lang) {
                text.push_str(&xml_legal(&format!(" ({source})")));
            }
            if let Some(table) = crate::export::table_label(idea) {
                text.push_str(&xml_legal(&format!(" [{table}]")));
            }
            let id = self.id();
            if idea.votes > 0 {
                let votes = format!(" ({})", votes_label(self.lang, idea.votes));
                self.voted.write(&mut out, &id, &text, &xml_legal(&votes));
            } else {
                self.idea.write(&mut out, &id, &text, "");
            }
            for sub in idea_sub_points(idea, self.lang) {
                let id = self.id();
                self.sub
                    .write(&mut out, &id, &xml_legal(&sanitize(&sub)), "");
            }
        }
        self.lists.push(out);
        Paragraph::new().add_run(Run::new().add_text(PLACEHOLDER))
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{:08x}", self.next_id)
    }
}

/// `document` (the XML of word/document.xml) with each placeholder paragraph replaced by
/// its list, in order.
pub fn splice(document: &[u8], lists: &[String]) -> Vec<u8> {
    let extra: usize = lists.iter().map(String::len).sum();
    let mut out = Vec::with_capacity(document.len() + extra);
    let mut rest = document;
    for list in lists {
        let at = find(rest, PLACEHOLDER.as_bytes()).expect("each list has its placeholder");
        let start = rfind(&rest[..at], b"<w:p ").expect("the placeholder is in a paragraph");
        let end = at + find(&rest[at..], b"</w:p>").expect("the paragraph ends") + 6;
        out.extend_from_slice(&rest[..start]);
        out.extend_from_slice(list.as_bytes());
        rest = &rest[end..];
    }
    out.extend_from_slice(rest);
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::docx::bullet;

    /// What docx-rs itself writes for the paragraph, with its id replaced by `id`.
    fn by_docx_rs(p: Paragraph, id: &str) -> String {
        let own = p.id.clone();
        String::from_utf8(p.build()).unwrap().replacen(
            &format!("\"{own}\""),
            &format!("\"{id}\""),
            1,
        )
    }

    #[test]
    fn templates_write_what_docx_rs_writes() {
        let texts = [
            "Tilat maksutta järjestöille",
            "<b>\"lainaus\" & 'heittomerkki'</b> 👍 漢字",
            "a \u{1b}[31m\u{7}b\u{202e}c \u{fffe}",
            "",
        ];
        for (n, text) in texts.iter().enumerate() {
            let mut lists = IdeaLists::new(Lang::Fi);
            let created = chrono::DateTime::parse_from_rfc3339("2026-11-30T13:00:00+02:00")
                .expect("valid date");
            let mut idea = Idea::new(crate::model::IdeaId(1), text, None, created);
            idea.text = text.to_string();
            idea.votes = n as u32;
            idea.sub_points = vec![format!("ala {text}")];
            lists.list(&[&idea]);
            let mut expected = bullet(&idea.text, 0);
            if idea.votes > 0 {
                let label = format!(" ({})", votes_label(Lang::Fi, idea.votes));
                expected = expected.add_run(italic_run(xml_legal(&label)));
            }
            let expected = by_docx_rs(expected, "40000001")
                + &by_docx_rs(bullet(&idea.sub_points[0], 1), "40000002");
            assert_eq!(lists.lists[0], expected, "{text:?}");
        }
    }

    #[test]
    fn splice_replaces_each_placeholder_in_order() {
        let doc = format!(
            "<w:body><w:p w14:paraId=\"1\"><w:r><w:t>{PLACEHOLDER}</w:t></w:r></w:p>\
             <w:p w14:paraId=\"2\"><w:t>väli</w:t></w:p>\
             <w:p w14:paraId=\"3\"><w:r><w:t>{PLACEHOLDER}</w:t></w:r></w:p></w:body>"
        );
        let out = splice(doc.as_bytes(), &["<A/>".into(), "<B/>".into()]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<w:body><A/><w:p w14:paraId=\"2\"><w:t>väli</w:t></w:p><B/></w:body>"
        );
    }
}
