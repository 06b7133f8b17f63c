//! CommonMark memo: title, facts, the series link in italics, introduction, agenda, one
//! `##` section per theme (`###` for sub-themes) with the ideas as a list and sub-points
//! nested under them, the unsorted pool, the voting result as a table (rank | idea |
//! theme | votes) when anyone voted, parking lot (sub-points nested), an actions table
//! (text | owner | due | status) and notes.
//!
//! Every text that comes from a user is escaped with [`escape`], so that no idea can
//! become markup: a heading, emphasis, a link, raw HTML, an entity, a table cell break or
//! a nested list. Tables are the GitHub-flavoured extension that most renderers know.

use super::{
    Options, Outline, agenda_line, facts, idea_sub_points, paragraphs, sanitize, series_link,
    theme_name, title, votes_label, voting_result,
};
use crate::i18n::{Msg, format_date};
use crate::model::{Idea, Lang, Session};

/// ASCII punctuation that is always backslash-escaped: everything CommonMark and its
/// common extensions (tables, strikethrough, math) can read as markup anywhere in a line.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '|', '~', '&', '$'];

/// Punctuation that is markup only at the start of a block: headings, list items,
/// block quotes and setext underlines.
const AT_START: &[char] = &['#', '+', '-', '>', '='];

/// Escapes user text for CommonMark so that it renders as exactly that text.
///
/// Always escaped: `` \ ` * _ [ ] < | ~ & $ ``. `!`, `(` and `)` need no escape once
/// `[` and `]` are escaped (no link or image can form), and `>` none once `<` is (no
/// autolink or HTML), so `->` stays readable. Where `block_start` is true (the text
/// begins a paragraph or list item) the first character is escaped when it is one of
/// `# + - > =`, and so is the `.` or `)` after a leading number (`1. x` would start an
/// ordered list). A trailing run of `#` is escaped, so a heading keeps it.
pub fn escape(text: &str, block_start: bool) -> String {
    let text = sanitize(text);
    let trailing_hashes = text.len() - text.trim_end_matches('#').len();
    let hashes_from = text.len() - trailing_hashes;
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut leading_digits = block_start;
    for (i, c) in text.char_indices() {
        if leading_digits && !c.is_ascii_digit() {
            if matches!(c, '.' | ')') && i > 0 {
                out.push('\\');
            }
            leading_digits = false;
        }
        if ALWAYS.contains(&c)
            || (i == 0 && block_start && AT_START.contains(&c))
            || (c == '#' && i >= hashes_from)
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Markdown memo of `session`.
pub fn render(session: &Session, options: &Options) -> String {
    let lang = options.lang;
    let mut out = String::new();
    out.push_str("# ");
    out.push_str(&escape(&title(session, options), false));
    out.push_str("\n\n");
    let subtitle = sanitize(&session.subtitle);
    if !subtitle.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(&subtitle, false)));
    }
    let facts = facts(session, lang);
    if !facts.is_empty() {
        for (label, value) in facts {
            out.push_str(&format!(
                "- **{}:** {}\n",
                escape(label, false),
                escape(&value, false)
            ));
        }
        out.push('\n');
    }
    if let Some(link) = series_link(session, lang) {
        out.push_str(&format!("*{}*\n\n", escape(&link, false)));
    }
    for p in paragraphs(&session.intro) {
        out.push_str(&escape(&p, true));
        out.push_str("\n\n");
    }
    if !session.agenda.is_empty() {
        heading(&mut out, 2, Msg::ExportAgenda.get(lang));
        for item in &session.agenda {
            out.push_str(&format!("- {}\n", escape(&agenda_line(lang, item), true)));
            let prompt = sanitize(&item.prompt);
            if !prompt.is_empty() {
                out.push_str(&format!("  - *{}*\n", escape(&prompt, false)));
            }
        }
        out.push('\n');
    }

    let outline = Outline::for_summary(session, options);
    for block in &outline.blocks {
        let level = if block.parent.is_some() { 3 } else { 2 };
        heading(&mut out, level, &theme_name(block.theme, lang));
        let description = sanitize(block.theme.description.get(lang));
        if !description.is_empty() {
            out.push_str(&format!("*{}*\n\n", escape(&description, false)));
        }
        if block.ideas.is_empty() {
            if !block.has_children {
                out.push_str(&format!("*{}*\n\n", escape(Msg::NoIdeas.get(lang), false)));
            }
        } else {
            ideas(&mut out, &block.ideas, lang);
        }
    }
    if !outline.unsorted.is_empty() {
        heading(&mut out, 2, Msg::Unsorted.get(lang));
        ideas(&mut out, &outline.unsorted, lang);
    }
    let ranked = voting_result(session, lang);
    if !ranked.is_empty() {
        heading(&mut out, 2, Msg::ExportRanking.get(lang));
        let head = [
            Msg::ColumnRank,
            Msg::ColumnIdea,
            Msg::ColumnTheme,
            Msg::ColumnVotes,
        ];
        row(&mut out, head.iter().map(|m| escape(m.get(lang), false)));
        row(&mut out, head.iter().map(|_| "---".to_string()));
        for r in &ranked {
            row(
                &mut out,
                [
                    r.rank.to_string(),
                    escape(&r.idea.text, false),
                    escape(&r.theme, false),
                    r.idea.votes.to_string(),
                ]
                .into_iter(),
            );
        }
        out.push('\n');
    }
    if !session.parking.is_empty() {
        heading(&mut out, 2, Msg::ExportParking.get(lang));
        for item in &session.parking {
            out.push_str(&format!("- {}\n", escape(&item.text, true)));
            for sub in &item.sub_points {
                out.push_str(&format!("  - {}\n", escape(sub, true)));
            }
        }
        out.push('\n');
    }
    if !session.actions.is_empty() {
        heading(&mut out, 2, Msg::ExportActions.get(lang));
        let head = [
            Msg::ExportAction,
            Msg::ExportOwner,
            Msg::ExportDue,
            Msg::ExportStatus,
        ];
        row(&mut out, head.iter().map(|m| escape(m.get(lang), false)));
        row(&mut out, head.iter().map(|_| "---".to_string()));
        for action in &session.actions {
            row(
                &mut out,
                [
                    escape(&action.text, false),
                    escape(&action.owner, false),
                    action.due.map(format_date).unwrap_or_default(),
                    escape(action.status.label(lang), false),
                ]
                .into_iter(),
            );
        }
        out.push('\n');
    }
    let notes: Vec<String> = session.notes.iter().flat_map(|n| paragraphs(n)).collect();
    if !notes.is_empty() {
        heading(&mut out, 2, Msg::ExportNotes.get(lang));
        for note in notes {
            out.push_str(&escape(&note, true));
            out.push_str("\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn heading(out: &mut String, level: usize, text: &str) {
    out.push_str(&"#".repeat(level));
    out.push(' ');
    out.push_str(&escape(text, false));
    out.push_str("\n\n");
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(&cell);
        out.push_str(" |");
    }
    out.push('\n');
}

fn ideas(out: &mut String, ideas: &[&Idea], lang: Lang) {
    for idea in ideas {
        out.push_str("- ");
        out.push_str(&escape(&idea.text, true));
        if idea.votes > 0 {
            out.push_str(&format!(" ({})", votes_label(lang, idea.votes)));
        }
        if let Some(source) = super::source_label(idea, lang) {
            out.push_str(&format!(" ({})", escape(&source, true)));
        }
        if let Some(table) = super::table_label(idea) {
            out.push_str(&format!(" \\[{}\\]", escape(&table, true)));
        }
        out.push('\n');
        for sub in idea_sub_points(idea, lang) {
            out.push_str("  - ");
            out.push_str(&escape(&sub, true));
            out.push('\n');
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("*x*", true), "\\*x\\*");
        assert_eq!(escape("# x", true), "\\# x");
        assert_eq!(escape("- x -> y", true), "\\- x -> y");
        assert_eq!(escape("otsikko #", false), "otsikko \\#");
        assert_eq!(escape("[a](b)", false), "\\[a\\](b)");
        assert_eq!(escape("1. x", true), "1\\. x");
        assert_eq!(escape("1. x", false), "1. x");
        assert_eq!(escape("12) x", true), "12\\) x");
        assert_eq!(escape("a | b", false), "a \\| b");
        assert_eq!(escape("&amp;", false), "\\&amp;");
        assert_eq!(escape("tavallinen lause.", true), "tavallinen lause.");
    }
}
