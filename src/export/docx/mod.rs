//! Word document (.docx) written with `docx-rs`.
//!
//! Structure a secretary can keep editing in Word or LibreOffice: the title in Word's
//! built-in *Title* style, themes and sections in *heading 1*, sub-themes in *heading 2*
//! (so the navigation pane and a table of contents work), ideas as a real bullet list
//! (one bullet numbering definition; sub-points on its level 1), and the voting result and
//! the actions as tables (`table`: columns sized to their content, the header row repeated
//! on every page, no row split across pages). A4 with 2 cm margins. Every text passes [`super::sanitize`] and
//! [`super::xml_legal`], so the XML is always well-formed; `docx-rs` escapes markup.

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing, NumberFormat,
    Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style,
    StyleType,
};

mod ideas;
mod table;

use table::{Column, table};

use super::{
    Options, Outline, agenda_line, facts, paragraphs, sanitize, series_link, theme_name, title,
    voting_result, xml_legal,
};
use crate::i18n::{Msg, format_date};
use crate::model::{Idea, Session};

/// Numbering id of the bullet list (`docx-rs` already defines a decimal list as 1).
const BULLETS: usize = 2;
/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// 2 cm in twentieths of a point.
const MARGIN: i32 = 1_134;

/// The Word document of `session`, as the bytes of a .docx file.
pub fn render(session: &Session, options: &Options) -> Vec<u8> {
    let lang = options.lang;
    let mut doc = base();
    let mut lists = ideas::IdeaLists::new(lang);

    add(&mut doc, styled("Title", &title(session, options)));
    let subtitle = sanitize(&session.subtitle);
    if !subtitle.is_empty() {
        add(&mut doc, styled("Subtitle", &subtitle));
    }
    for (label, value) in facts(session, lang) {
        add(
            &mut doc,
            Paragraph::new()
                .add_run(Run::new().add_text(safe(&format!("{label}: "))).bold())
                .add_run(Run::new().add_text(safe(&value))),
        );
    }
    if let Some(link) = series_link(session, lang) {
        add(&mut doc, italic(&link));
    }
    for p in paragraphs(&session.intro) {
        add(&mut doc, plain(&p));
    }
    if !session.agenda.is_empty() {
        add(&mut doc, styled("Heading1", Msg::ExportAgenda.get(lang)));
        for item in &session.agenda {
            add(&mut doc, bullet(&agenda_line(lang, item), 0));
            let prompt = sanitize(&item.prompt);
            if !prompt.is_empty() {
                add(&mut doc, bullet(&prompt, 1));
            }
        }
    }

    let outline = Outline::for_summary(session, options);
    for block in &outline.blocks {
        let style = if block.parent.is_some() {
            "Heading2"
        } else {
            "Heading1"
        };
        add(&mut doc, styled(style, &theme_name(block.theme, lang)));
        let description = sanitize(block.theme.description.get(lang));
        if !description.is_empty() {
            add(&mut doc, italic(&description));
        }
        if block.ideas.is_empty() {
            if !block.has_children {
                add(&mut doc, italic(Msg::NoIdeas.get(lang)));
            }
        } else {
            add_list(&mut doc, &mut lists, &block.ideas);
        }
    }
    if !outline.unsorted.is_empty() {
        add(&mut doc, styled("Heading1", Msg::Unsorted.get(lang)));
        add_list(&mut doc, &mut lists, &outline.unsorted);
    }
    let ranked = voting_result(session, lang);
    if !ranked.is_empty() {
        add(&mut doc, styled("Heading1", Msg::ExportRanking.get(lang)));
        let head = [
            Msg::ColumnRank,
            Msg::ColumnIdea,
            Msg::ColumnTheme,
            Msg::ColumnVotes,
        ];
        let rows: Vec<[String; 4]> = ranked
            .iter()
            .map(|r| {
                [
                    r.rank.to_string(),
                    r.idea.text.clone(),
                    r.theme.clone(),
                    r.idea.votes.to_string(),
                ]
            })
            .collect();
        let fit = Column::Fit;
        doc = doc.add_table(table(
            &head,
            &rows,
            [fit, Column::Text, Column::Text, fit],
            lang,
        ));
    }
    if !session.parking.is_empty() {
        add(&mut doc, styled("Heading1", Msg::ExportParking.get(lang)));
        for item in &session.parking {
            add(&mut doc, bullet(&sanitize(&item.text), 0));
            for sub in &item.sub_points {
                add(&mut doc, bullet(sub, 1));
            }
        }
    }
    if !session.actions.is_empty() {
        add(&mut doc, styled("Heading1", Msg::ExportActions.get(lang)));
        let head = [
            Msg::ExportAction,
            Msg::ExportOwner,
            Msg::ExportDue,
            Msg::ExportStatus,
        ];
        let rows: Vec<[String; 4]> = session
            .actions
            .iter()
            .map(|action| {
                [
                    action.text.clone(),
                    action.owner.clone(),
                    action.due.map(format_date).unwrap_or_default(),
                    action.status.label(lang).to_string(),
                ]
            })
            .collect();
        let fit = Column::Fit;
        doc = doc.add_table(table(
            &head,
            &rows,
            [Column::Text, Column::Text, fit, fit],
            lang,
        ));
    }
    let notes: Vec<String> = session.notes.iter().flat_map(|n| paragraphs(n)).collect();
    if !notes.is_empty() {
        add(&mut doc, styled("Heading1", Msg::ExportNotes.get(lang)));
        for note in notes {
            add(&mut doc, plain(&note));
        }
    }

    let mut xml = doc.build();
    xml.document = ideas::splice(&xml.document, &lists.lists);
    xml.document = table::repeat_header_rows(&xml.document);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .expect("writing a zip archive to memory does not fail");
    bytes.into_inner()
}

/// The document with its page setup, styles and bullet numbering (`docx-rs` provides the
/// *Normal* style).
pub(crate) fn base() -> Docx {
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .cs("Calibri")
        .east_asia("Calibri");
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .color("1F3864")
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(280).after(80))
    };
    let bullet_level = |level: usize, symbol: &str| {
        Level::new(
            level,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(symbol),
            LevelJc::new("left"),
        )
        .indent(
            Some(360 * (level as i32 + 1)),
            Some(SpecialIndentType::Hanging(360)),
            None,
            None,
        )
    };
    Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(font)
        .default_size(22)
        .default_line_spacing(LineSpacing::new().after(120).line(264))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(48)
                .bold(),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(28)
                .italic(),
        )
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS)
                .add_level(bullet_level(0, "•"))
                .add_level(bullet_level(1, "–")),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// Text made safe for the XML of the document.
fn safe(text: &str) -> String {
    xml_legal(text)
}

fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(safe(&sanitize(text))))
}

fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(safe(&sanitize(text))))
}

fn italic(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(safe(&sanitize(text))).italic())
}

/// A bullet of `level` with `text` sanitized.
fn bullet(text: &str, level: usize) -> Paragraph {
    bullet_of(safe(&sanitize(text)), level)
}

/// A bullet of `level` with `text` as it is.
fn bullet_of(text: String, level: usize) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().after(40))
        .add_run(Run::new().add_text(text))
        .numbering(NumberingId::new(BULLETS), IndentLevel::new(level))
}

/// A run in italics with `text` as it is (the vote label after an idea).
fn italic_run(text: String) -> Run {
    Run::new().add_text(text).italic()
}

/// Adds `ideas` as a bullet list: a placeholder now, their paragraphs when the XML is built.
fn add_list(doc: &mut Docx, lists: &mut ideas::IdeaLists, ideas: &[&Idea]) {
    // The list's paragraphs are numbered, the placeholder is not: numbering.xml is needed.
    doc.document_rels.has_numberings = true;
    doc.document.has_numbering = true;
    add(doc, lists.list(ideas));
}

/// Appends `p` to the body in place. `Docx::add_paragraph` takes and returns the whole
/// document by value, a large move per paragraph that made a 10,000-idea export slow.
fn add(doc: &mut Docx, p: Paragraph) {
    if p.has_numbering {
        // As `add_paragraph` does: Word Online rejects numbering.xml that nothing refers to.
        doc.document_rels.has_numberings = true;
        doc.document.has_numbering = true;
    }
    doc.document
        .children
        .push(docx_rs::DocumentChild::Paragraph(Box::new(p)));
}
