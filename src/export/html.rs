//! One standalone UTF-8 HTML page: the memo with inline CSS and print rules for A4,
//! no scripts and no external resources, so it can be mailed, opened offline and printed.
//!
//! Every text is escaped with [`escape`] (`& < > " '`) after [`super::sanitize`], so
//! user text can never become markup. List items carry `dir="auto"` so right-to-left
//! ideas display in their own direction.
//!
//! The agenda item running when the page was made has `aria-current="step"` and shows a
//! `▶` on screen; print leaves the mark out, since the printed memo is read afterwards.

use super::{
    Options, Outline, agenda_line, facts, idea_sub_points, paragraphs, sanitize, series_link,
    theme_name, title, votes_label, voting_result,
};
use crate::i18n::{Msg, format_date};
use crate::model::{Idea, Lang, Session};

const CSS: &str = "\
:root { color-scheme: light; }
body { margin: 0; background: #f6f6f3; color: #1d1d1b;
  font: 17px/1.55 \"Segoe UI\", \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; background: #fff; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #d8d8d2; }
h3 { font-size: 1.12rem; margin: 1.6rem 0 .4rem; }
.subtitle { font-size: 1.15rem; color: #4a4a46; margin: 0 0 1.2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0 1.5rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.description, .empty, .prompt { color: #55554f; font-style: italic; }
ul { padding-left: 1.4rem; }
li { margin: .25rem 0; overflow-wrap: anywhere; }
li ul { margin: .2rem 0; }
.votes { color: #55554f; white-space: nowrap; }
.series { color: #4a4a46; font-style: italic; }
li[aria-current] { font-weight: 600; }
li[aria-current]::marker { content: \"▶  \"; }
td.num { text-align: right; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #c9c9c2; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #efefea; white-space: nowrap; }
td.date, td.status { white-space: nowrap; }
thead { display: table-header-group; }
@media print {
  @page { size: A4; margin: 2cm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, tr { break-inside: avoid; page-break-inside: avoid; }
  li[aria-current] { font-weight: inherit; }
  li[aria-current]::marker { content: normal; }
}
";

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    super::escape_markup_into(&mut out, text, "&#39;");
    out
}

/// Sanitizes and escapes user text.
fn text(s: &str) -> String {
    escape(&sanitize(s))
}

/// The HTML page of `session`.
pub fn render(session: &Session, options: &Options) -> String {
    let lang = options.lang;
    let title = title(session, options);
    let mut out = String::new();
    out.push_str("<!doctype html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", lang.code()));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str("<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(&title)));
    let subtitle = sanitize(&session.subtitle);
    if !subtitle.is_empty() {
        out.push_str(&format!(
            "<p class=\"subtitle\">{}</p>\n",
            escape(&subtitle)
        ));
    }
    let facts = facts(session, lang);
    if !facts.is_empty() {
        out.push_str("<dl class=\"facts\">\n");
        for (label, value) in facts {
            out.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape(label),
                escape(&value)
            ));
        }
        out.push_str("</dl>\n");
    }
    if let Some(link) = series_link(session, lang) {
        out.push_str(&format!("<p class=\"series\">{}</p>\n", escape(&link)));
    }
    for p in paragraphs(&session.intro) {
        out.push_str(&format!("<p>{}</p>\n", escape(&p)));
    }
    if !session.agenda.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            escape(Msg::ExportAgenda.get(lang))
        ));
        for (n, item) in session.agenda.iter().enumerate() {
            let current = if session.current_agenda == Some(n) {
                " aria-current=\"step\""
            } else {
                ""
            };
            out.push_str(&format!(
                "<li dir=\"auto\"{current}>{}",
                escape(&agenda_line(lang, item))
            ));
            let prompt = sanitize(&item.prompt);
            if !prompt.is_empty() {
                out.push_str(&format!(
                    "<br><span class=\"prompt\">{}</span>",
                    escape(&prompt)
                ));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }

    let outline = Outline::for_summary(session, options);
    for block in &outline.blocks {
        let tag = if block.parent.is_some() { "h3" } else { "h2" };
        out.push_str(&format!(
            "<{tag}>{}</{tag}>\n",
            escape(&theme_name(block.theme, lang))
        ));
        let description = sanitize(block.theme.description.get(lang));
        if !description.is_empty() {
            out.push_str(&format!(
                "<p class=\"description\">{}</p>\n",
                escape(&description)
            ));
        }
        if block.ideas.is_empty() {
            if !block.has_children {
                out.push_str(&format!(
                    "<p class=\"empty\">{}</p>\n",
                    escape(Msg::NoIdeas.get(lang))
                ));
            }
        } else {
            ideas(&mut out, &block.ideas, lang);
        }
    }
    if !outline.unsorted.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n", escape(Msg::Unsorted.get(lang))));
        ideas(&mut out, &outline.unsorted, lang);
    }
    let ranked = voting_result(session, lang);
    if !ranked.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<table>\n<thead><tr>",
            escape(Msg::ExportRanking.get(lang))
        ));
        for m in [
            Msg::ColumnRank,
            Msg::ColumnIdea,
            Msg::ColumnTheme,
            Msg::ColumnVotes,
        ] {
            out.push_str(&format!("<th>{}</th>", escape(m.get(lang))));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for r in &ranked {
            out.push_str(&format!(
                "<tr><td class=\"num\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td class=\"num\">{}</td></tr>\n",
                r.rank,
                text(&r.idea.text),
                escape(&r.theme),
                r.idea.votes,
            ));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !session.parking.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            escape(Msg::ExportParking.get(lang))
        ));
        for item in &session.parking {
            out.push_str(&format!("<li dir=\"auto\">{}", text(&item.text)));
            sub_points(&mut out, &item.sub_points);
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    if !session.actions.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<table>\n<thead><tr>",
            escape(Msg::ExportActions.get(lang))
        ));
        for m in [
            Msg::ExportAction,
            Msg::ExportOwner,
            Msg::ExportDue,
            Msg::ExportStatus,
        ] {
            out.push_str(&format!("<th>{}</th>", escape(m.get(lang))));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for action in &session.actions {
            out.push_str(&format!(
                "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td class=\"date\">{}</td><td class=\"status\">{}</td></tr>\n",
                text(&action.text),
                text(&action.owner),
                action.due.map(format_date).unwrap_or_default(),
                escape(action.status.label(lang)),
            ));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let notes: Vec<String> = session.notes.iter().flat_map(|n| paragraphs(n)).collect();
    if !notes.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n",
            escape(Msg::ExportNotes.get(lang))
        ));
        for note in notes {
            out.push_str(&format!("<p dir=\"auto\">{}</p>\n", escape(&note)));
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn ideas(out: &mut String, ideas: &[&Idea], lang: Lang) {
    out.push_str("<ul>\n");
    for idea in ideas {
        out.push_str(&format!("<li dir=\"auto\">{}", text(&idea.text)));
        if idea.votes > 0 {
            out.push_str(&format!(
                " <span class=\"votes\">({})</span>",
                escape(&votes_label(lang, idea.votes))
            ));
        }
        if let Some(source) = super::source_label(idea, lang) {
            out.push_str(&format!(
                " <span class=\"source\">({})</span>",
                escape(&source)
            ));
        }
        if let Some(table) = super::table_label(idea) {
            out.push_str(&format!(
                " <span class=\"table\">[{}]</span>",
                escape(&table)
            ));
        }
        sub_points(out, &idea_sub_points(idea, lang));
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// A nested list of sub-points inside an open `<li>`; nothing when there are none.
fn sub_points(out: &mut String, subs: &[String]) {
    if subs.is_empty() {
        return;
    }
    out.push_str("\n<ul>\n");
    for sub in subs {
        out.push_str(&format!("<li dir=\"auto\">{}</li>\n", text(sub)));
    }
    out.push_str("</ul>\n");
}
