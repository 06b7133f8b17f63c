//! Word documents: headings, list levels and tables read with docx-rs's reader and written
//! out as Markdown-like lines (`## Heading`, `  - item`), which the text import then reads
//! like any summary. Text in runs, insertions, moves and links is kept; pictures are
//! skipped with a report line.

use docx_rs::{
    DocumentChild, Docx, Paragraph, ParagraphChild, RunChild, Table, TableCellContent, TableChild,
    TableRowChild,
};

use crate::i18n::{Lang, Msg};

/// The document as Markdown-like text, and report lines; the reader's error as text.
pub(super) fn to_text(bytes: &[u8], lang: Lang) -> Result<(String, Vec<String>), String> {
    let docx = docx_rs::read_docx(bytes).map_err(|e| e.to_string())?;
    let mut out = Writer {
        docx: &docx,
        text: String::new(),
        pictures: 0,
    };
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => out.paragraph(p),
            DocumentChild::Table(t) => out.table(t),
            _ => {}
        }
    }
    let mut notices = vec![Msg::ImportDocx.get(lang).to_string()];
    if out.pictures > 0 {
        notices.push(Msg::ImportImagesSkipped.fill(lang, &[&out.pictures]));
    }
    Ok((out.text, notices))
}

/// The text of a paragraph's first run when it is bold and ends with a colon: a label.
fn bold_label(p: &Paragraph) -> Option<String> {
    let ParagraphChild::Run(run) = p.children.first()? else {
        return None;
    };
    run.run_property.bold.as_ref()?;
    let text: String = run
        .children
        .iter()
        .filter_map(|c| match c {
            RunChild::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    text.trim_end().ends_with(':').then_some(text)
}

/// True when the paragraph's style id is `id` (ignoring case).
fn style_is(p: &Paragraph, id: &str) -> bool {
    p.property
        .style
        .as_ref()
        .is_some_and(|s| s.val.eq_ignore_ascii_case(id))
}

/// True when every run of the paragraph is italic (a subtitle or a series link).
fn all_italic(p: &Paragraph) -> bool {
    let runs: Vec<_> = p
        .children
        .iter()
        .filter_map(|c| match c {
            ParagraphChild::Run(r) => Some(r),
            _ => None,
        })
        .collect();
    !runs.is_empty() && runs.iter().all(|r| r.run_property.italic.is_some())
}

struct Writer<'a> {
    docx: &'a Docx,
    text: String,
    pictures: usize,
}

impl Writer<'_> {
    /// The heading level of a paragraph: its style's (Heading 1, Otsikko 1, Rubrik 1,
    /// Title) or its outline level.
    fn heading_level(&self, p: &Paragraph) -> Option<usize> {
        if let Some(l) = &p.property.outline_lvl {
            return Some(l.v + 1);
        }
        let id = p.property.style.as_ref()?.val.as_str();
        if let Some(style) = self.docx.styles.styles.iter().find(|s| s.style_id == id) {
            if let Some(n) = style.name.get_heading_number() {
                return Some(n.clamp(1, 6));
            }
            if let Some(l) = &style.paragraph_property.outline_lvl {
                return Some(l.v + 1);
            }
        }
        let lower = id.to_lowercase();
        if lower == "title" || lower == "otsikko" {
            return Some(1);
        }
        let digits = lower.trim_start_matches(|c: char| !c.is_ascii_digit());
        let word = &lower[..lower.len() - digits.len()];
        if ["heading", "otsikko", "rubrik"].contains(&word) {
            return digits.parse::<usize>().ok().map(|n| n.clamp(1, 6));
        }
        None
    }

    fn paragraph(&mut self, p: &Paragraph) {
        let mut text = String::new();
        self.children(&p.children, &mut text);
        let text = text.replace(['\n', '\t'], " ");
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if let Some(level) = self.heading_level(p) {
            self.text.push('\n');
            self.text.push_str(&"#".repeat(level));
            self.text.push(' ');
            self.text.push_str(text);
            self.text.push_str("\n\n");
        } else if let Some(level) = p
            .property
            .numbering_property
            .as_ref()
            .map(|n| n.level.as_ref().map_or(0, |l| l.val))
        {
            self.text.push_str(&"  ".repeat(level));
            self.text.push_str("- ");
            self.text.push_str(text);
            self.text.push('\n');
        } else if let Some(label) = bold_label(p)
            && let Some(value) = text.strip_prefix(label.trim_end())
        {
            // `Label: value` with a bold label, as the memo's facts are written.
            let label = label.trim_end().trim_end_matches(':');
            self.text
                .push_str(&format!("- **{label}:** {}\n", value.trim_start()));
        } else if all_italic(p) || style_is(p, "subtitle") {
            self.text.push_str(&format!("\n*{text}*\n\n"));
        } else {
            self.text.push('\n');
            self.text.push_str(text);
            self.text.push_str("\n\n");
        }
    }

    fn children(&mut self, children: &[ParagraphChild], out: &mut String) {
        for child in children {
            match child {
                ParagraphChild::Run(run) => self.run(&run.children, out),
                ParagraphChild::Insert(i) => {
                    for c in &i.children {
                        if let docx_rs::InsertChild::Run(r) = c {
                            self.run(&r.children, out);
                        }
                    }
                }
                ParagraphChild::MoveTo(m) => {
                    for c in &m.children {
                        if let docx_rs::MoveToChild::Run(r) = c {
                            self.run(&r.children, out);
                        }
                    }
                }
                ParagraphChild::Hyperlink(h) => self.children(&h.children, out),
                _ => {}
            }
        }
    }

    fn run(&mut self, children: &[RunChild], out: &mut String) {
        for c in children {
            match c {
                RunChild::Text(t) => out.push_str(&t.text),
                RunChild::Tab(_) | RunChild::PTab(_) => out.push(' '),
                RunChild::Break(_) | RunChild::CarriageReturn(_) => out.push(' '),
                RunChild::Drawing(_) | RunChild::Shape(_) => self.pictures += 1,
                _ => {}
            }
        }
    }

    /// A table: each row one idea, its cells joined with ` | `.
    fn table(&mut self, t: &Table) {
        self.text.push('\n');
        for TableChild::TableRow(row) in &t.rows {
            let mut cells = Vec::new();
            for TableRowChild::TableCell(cell) in &row.cells {
                let mut text = String::new();
                for content in &cell.children {
                    if let TableCellContent::Paragraph(p) = content {
                        let mut one = String::new();
                        self.children(&p.children, &mut one);
                        crate::import::text::join(&mut text, one.trim());
                    }
                }
                if !text.trim().is_empty() {
                    cells.push(text.trim().replace(['\n', '\t'], " "));
                }
            }
            if !cells.is_empty() {
                self.text.push_str("- ");
                self.text.push_str(&cells.join(" | "));
                self.text.push('\n');
            }
        }
        self.text.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::{IndentLevel, NumberingId, Run};

    fn para(text: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(text))
    }

    #[test]
    fn headings_and_list_levels_become_lines() {
        let mut buf = std::io::Cursor::new(Vec::new());
        docx_rs::Docx::new()
            .add_paragraph(para("Tilat").style("Heading1"))
            .add_paragraph(para("Lisää tiloja").numbering(NumberingId::new(1), IndentLevel::new(0)))
            .add_paragraph(para("kerhohuone").numbering(NumberingId::new(1), IndentLevel::new(1)))
            .add_paragraph(para("Kappale tekstiä."))
            .build()
            .pack(&mut buf)
            .unwrap();
        let (text, notices) = to_text(buf.get_ref(), Lang::Fi).unwrap();
        assert!(text.contains("# Tilat\n"), "{text}");
        assert!(text.contains("- Lisää tiloja\n  - kerhohuone\n"), "{text}");
        assert!(text.contains("\nKappale tekstiä.\n"), "{text}");
        assert_eq!(notices.len(), 1);
    }
}
