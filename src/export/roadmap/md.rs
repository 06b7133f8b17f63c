//! The roadmap report as CommonMark with pipe tables: the year's table, what was done, the
//! next year's actions and the status summary.

use std::fmt::Write;

use super::report::{AreaRow, Report};
use crate::i18n::{Lang, Msg};
use crate::model::roadmap::Status;

/// Text safe in Markdown, also inside a table cell (the escaper escapes `|` and `<`).
fn cell(text: &str) -> String {
    crate::export::md::escape(text, true)
}

fn table(out: &mut String, heads: &[String], rows: &[AreaRow], status_of: Option<Lang>) {
    let _ = writeln!(
        out,
        "| {} |",
        heads
            .iter()
            .map(|h| cell(h))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(out, "|{}", " --- |".repeat(heads.len()));
    for row in rows {
        let goal = if row.goal_first {
            cell(&row.goal)
        } else {
            String::new()
        };
        let actions: Vec<String> = row
            .actions
            .iter()
            .map(|a| format!("• {}", cell(a)))
            .collect();
        let mut cells = vec![goal, cell(&row.area), actions.join("<br>")];
        if let Some(lang) = status_of {
            let mut status = format!("**{}**", cell(row.status.label(lang)));
            for d in row.done.iter().chain(&row.comments) {
                status.push_str(&format!("<br>– {}", cell(d)));
            }
            cells.push(status);
        }
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// The report as Markdown.
pub fn render(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", cell(&report.title));
    if !report.subtitle.is_empty() {
        let _ = writeln!(out, "*{}*\n", cell(&report.subtitle));
    }
    if let Some(p) = &report.presented {
        let _ = writeln!(out, "{}\n", cell(p));
    }
    if !report.vision.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            Msg::RmVision.get(lang),
            cell(&report.vision)
        );
    }
    for (name, indicators) in &report.binding {
        let _ = writeln!(out, "## {}: {}\n", Msg::RmBindingGoal.get(lang), cell(name));
        if !indicators.is_empty() {
            let _ = writeln!(out, "{}:\n", Msg::RmIndicators.get(lang));
            for i in indicators {
                let _ = writeln!(out, "- {}", cell(i));
            }
            out.push('\n');
        }
    }
    let heads = |actions: String, status: bool| super::report::column_heads(lang, actions, status);
    let _ = writeln!(
        out,
        "## {}\n",
        Msg::RmReportTitle.fill(lang, &[&report.year])
    );
    table(
        &mut out,
        &heads(Msg::RmColActions.fill(lang, &[&report.year]), true),
        &report.rows,
        Some(lang),
    );
    if !report.done_by_goal.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            Msg::RmDoneByGoal.fill(lang, &[&report.year])
        );
        for (goal, done) in &report.done_by_goal {
            let _ = writeln!(out, "### {}\n", cell(goal));
            for d in done {
                let _ = writeln!(out, "- {}", cell(d));
            }
            out.push('\n');
        }
    }
    if let Some(plan) = report.plan_year {
        let title = Msg::RmPlanTitle.fill(lang, &[&plan]);
        let _ = writeln!(out, "## {title}\n");
        table(&mut out, &heads(title, false), &report.plan_rows, None);
    }
    if !report.summary.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            Msg::RmSummaryTitle.fill(lang, &[&report.year])
        );
        let mut heads = vec![Msg::RmColGoal.get(lang).to_string()];
        heads.extend(Status::ALL.iter().map(|s| s.label(lang).to_string()));
        heads.push(Msg::RmChange.fill(lang, &[&(report.year - 1)]));
        let _ = writeln!(out, "| {} |", heads.join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(heads.len()));
        for s in &report.summary {
            let counts: Vec<String> = Status::ALL
                .iter()
                .map(|st| s.now.get(*st).to_string())
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&s.goal),
                counts.join(" | "),
                cell(&s.change(lang))
            );
        }
        out.push('\n');
    }
    for note in &report.notes {
        let _ = writeln!(out, "{}\n", cell(note));
    }
    out
}
