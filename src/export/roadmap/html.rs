//! The roadmap report as one HTML page: print CSS for A4 landscape (the table's head repeats
//! on each printed page and rows are not split), and the status summary as an inline SVG
//! chart with the counts also written out, so it reads without colour too.

use std::fmt::Write;

use super::report::{AreaRow, Report, SummaryRow};
use crate::export::html::escape;
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::Status;

const STYLE: &str = "body{font-family:Calibri,Arial,sans-serif;margin:2em;max-width:70em}\
table{border-collapse:collapse;width:100%;margin:1em 0}\
th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}\
th{background:#e8edf5}tr{break-inside:avoid;page-break-inside:avoid}\
thead{display:table-header-group}.status{white-space:nowrap;font-weight:bold}\
.done{font-style:italic;margin:.2em 0 0 0}ul{margin:0;padding-left:1.2em}\
@page{size:A4 landscape;margin:2cm}@media print{body{margin:0;max-width:none}}";

/// The colour of a status in the chart; the words beside each bar carry the same meaning.
fn colour(status: Status) -> &'static str {
    match status {
        Status::Achieved => "#2e7d32",
        Status::Partly => "#f9a825",
        Status::NotAchieved => "#c62828",
        Status::NotAssessed => "#9e9e9e",
    }
}

fn list(out: &mut String, items: &[String], class: &str) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<ul class=\"{class}\">");
    for i in items {
        let _ = write!(out, "<li>{}</li>", escape(i));
    }
    out.push_str("</ul>");
}

fn table(out: &mut String, heads: &[String], rows: &[AreaRow], status_of: Option<Lang>) {
    out.push_str("<table><thead><tr>");
    for h in heads {
        let _ = write!(out, "<th>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        if row.goal_first {
            let _ = write!(
                out,
                "<th scope=\"rowgroup\" rowspan=\"{}\">{}</th>",
                row.goal_rows,
                escape(&row.goal)
            );
        }
        let _ = write!(out, "<td>{}</td><td>", escape(&row.area));
        list(out, &row.actions, "actions");
        out.push_str("</td>");
        if let Some(lang) = status_of {
            let _ = write!(
                out,
                "<td><span class=\"status\">{}</span>",
                escape(row.status.label(lang))
            );
            list(out, &row.done, "done");
            list(out, &row.comments, "done");
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// Two stacked bars per goal (this year, the year before) with the counts as text.
fn chart(out: &mut String, summary: &[SummaryRow], year: i32, lang: Lang) {
    const LABEL_W: usize = 260;
    const BAR_W: usize = 420;
    let total = summary
        .iter()
        .flat_map(|s| [Some(s.now), s.before])
        .flatten()
        .map(|c| c.total())
        .max()
        .unwrap_or(1)
        .max(1);
    let row_h = 46;
    let height = 30 + row_h * summary.len();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{}\" height=\"{height}\" \
         viewBox=\"0 0 {} {height}\" font-family=\"Calibri,Arial,sans-serif\" font-size=\"12\">\
         <title>{}</title>",
        LABEL_W + BAR_W + 260,
        LABEL_W + BAR_W + 260,
        escape(&Msg::RmSummaryTitle.fill(lang, &[&year]))
    );
    // The legend: each status with its colour.
    let mut x = 0;
    for s in Status::ALL {
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"15\">{}</text>",
            colour(s),
            x + 16,
            escape(s.label(lang))
        );
        x += 40 + s.label(lang).chars().count() * 7;
    }
    for (n, s) in summary.iter().enumerate() {
        let y = 30 + n * row_h;
        // "Tavoite 1" beside the bars; the full names are in the table below.
        let goal = match s.goal.split_once(':') {
            Some((short, _)) => short.to_string(),
            None => s.goal.split(' ').take(4).collect::<Vec<_>>().join(" "),
        };
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 14,
            escape(&goal)
        );
        for (k, (counts, label)) in [(Some(s.now), year), (s.before, year - 1)]
            .into_iter()
            .enumerate()
        {
            let Some(counts) = counts else { continue };
            let by = y + k * 20;
            let mut bx = LABEL_W;
            let mut words = Vec::new();
            for st in Status::ALL {
                let w = counts.get(st) * BAR_W / total;
                if w > 0 {
                    let _ = write!(
                        out,
                        "<rect x=\"{bx}\" y=\"{by}\" width=\"{w}\" height=\"{}\" fill=\"{}\"/>",
                        if k == 0 { 18 } else { 10 },
                        colour(st)
                    );
                }
                bx += w;
                if counts.get(st) > 0 {
                    words.push(format!("{} {}", st.label(lang), counts.get(st)));
                }
            }
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\">{label}: {}</text>",
                LABEL_W + BAR_W + 8,
                by + 13,
                escape(&words.join(", "))
            );
        }
    }
    out.push_str("</svg>");
}

/// The report as a standalone HTML page.
pub fn render(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>{STYLE}</style></head><body><h1>{}</h1>",
        lang.code(),
        escape(&report.title),
        escape(&report.title)
    );
    if !report.subtitle.is_empty() {
        let _ = write!(out, "<p><em>{}</em></p>", escape(&report.subtitle));
    }
    if let Some(p) = &report.presented {
        let _ = write!(out, "<p>{}</p>", escape(p));
    }
    if !report.vision.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2><p>{}</p>",
            escape(Msg::RmVision.get(lang)),
            escape(&report.vision)
        );
    }
    for (name, indicators) in &report.binding {
        let _ = write!(
            out,
            "<h2>{}: {}</h2>",
            escape(Msg::RmBindingGoal.get(lang)),
            escape(name)
        );
        if !indicators.is_empty() {
            let _ = write!(out, "<p>{}:</p>", escape(Msg::RmIndicators.get(lang)));
            list(&mut out, indicators, "indicators");
        }
    }
    let heads = |actions: String, status: bool| super::report::column_heads(lang, actions, status);
    let _ = write!(
        out,
        "<h2>{}</h2>",
        escape(&Msg::RmReportTitle.fill(lang, &[&report.year]))
    );
    table(
        &mut out,
        &heads(Msg::RmColActions.fill(lang, &[&report.year]), true),
        &report.rows,
        Some(lang),
    );
    if !report.done_by_goal.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2>",
            escape(&Msg::RmDoneByGoal.fill(lang, &[&report.year]))
        );
        for (goal, done) in &report.done_by_goal {
            let _ = write!(out, "<h3>{}</h3>", escape(goal));
            list(&mut out, done, "done-by-goal");
        }
    }
    if let Some(plan) = report.plan_year {
        let title = Msg::RmPlanTitle.fill(lang, &[&plan]);
        let _ = write!(out, "<h2>{}</h2>", escape(&title));
        table(&mut out, &heads(title, false), &report.plan_rows, None);
    }
    if !report.summary.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2>",
            escape(&Msg::RmSummaryTitle.fill(lang, &[&report.year]))
        );
        chart(&mut out, &report.summary, report.year, lang);
        out.push_str("<table><thead><tr>");
        let _ = write!(out, "<th>{}</th>", escape(Msg::RmColGoal.get(lang)));
        for s in Status::ALL {
            let _ = write!(out, "<th>{}</th>", escape(s.label(lang)));
        }
        let _ = write!(
            out,
            "<th>{}</th></tr></thead><tbody>",
            escape(&Msg::RmChange.fill(lang, &[&(report.year - 1)]))
        );
        for s in &report.summary {
            let _ = write!(out, "<tr><td>{}</td>", escape(&s.goal));
            for st in Status::ALL {
                let _ = write!(out, "<td>{}</td>", s.now.get(st));
            }
            let _ = write!(out, "<td>{}</td></tr>", escape(&s.change(lang)));
        }
        out.push_str("</tbody></table>");
    }
    for note in &report.notes {
        let _ = write!(out, "<p><small>{}</small></p>", escape(note));
    }
    out.push_str("</body></html>\n");
    out
}
