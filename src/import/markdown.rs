//! Markdown inside a line, read by a CommonMark parser (pulldown-cmark): emphasis, code
//! and escapes keep their text, a link keeps its text and its target goes to the notes,
//! a picture is skipped and listed in the report. The blocks (headings, lists, tables)
//! are found by the line reader and [`super::prepare`].

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Keeps what inline Markdown held besides its text: link targets and pictures.
#[derive(Debug, Default)]
pub(super) struct Inline {
    /// `text: target` per link, for the session notes.
    pub(super) links: Vec<String>,
    /// `alt (source)` per picture, for the report.
    pub(super) pictures: Vec<String>,
}

/// Starts every text so that CommonMark reads it as a paragraph and never as a block
/// (a list number, `#`, `>` …): a literal backslash and a space, removed again after.
const GUARD: &str = "\\ ";

impl Inline {
    /// The plain text of one line of inline Markdown.
    pub(super) fn text(&mut self, line: &str) -> String {
        if !line.contains(['*', '_', '`', '[', '!', '\\', '<', '&', '~']) {
            return line.to_string();
        }
        let guarded = format!("{GUARD}{line}");
        let mut out = String::with_capacity(line.len());
        // (start of the link text in `out`, target) of the link being read.
        let mut link: Option<(usize, String)> = None;
        let mut picture: Option<(String, String)> = None;
        for event in Parser::new_ext(&guarded, pulldown_cmark::Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    match &mut picture {
                        Some((alt, _)) => alt.push_str(&t),
                        None => out.push_str(&t),
                    }
                }
                Event::SoftBreak | Event::HardBreak => out.push(' '),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    link = Some((out.len(), dest_url.to_string()));
                }
                Event::End(TagEnd::Link) => {
                    if let Some((start, target)) = link.take()
                        && !target.is_empty()
                    {
                        let text = out.get(start..).unwrap_or("").trim().to_string();
                        self.links.push(format!("{text}: {target}"));
                    }
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    picture = Some((String::new(), dest_url.to_string()));
                }
                Event::End(TagEnd::Image) => {
                    if let Some((alt, src)) = picture.take() {
                        self.pictures.push(format!("{alt} ({src})"));
                    }
                }
                _ => {}
            }
        }
        let text = out.strip_prefix(GUARD).unwrap_or(&out);
        let text = text.strip_prefix('\\').unwrap_or(text);
        text.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_links_and_pictures() {
        let mut md = Inline::default();
        assert_eq!(
            md.text("**Yhteiset** tilat ja [kalenteri](liite.pdf) ![kaavio](k.png) \\*"),
            "Yhteiset tilat ja kalenteri  *"
        );
        assert_eq!(md.links, ["kalenteri: liite.pdf"]);
        assert_eq!(md.pictures, ["kaavio (k.png)"]);
        assert_eq!(
            md.text("1. kerros _ja_ # ei otsikko"),
            "1. kerros ja # ei otsikko"
        );
        assert_eq!(md.text("tavallinen"), "tavallinen");
    }
}
