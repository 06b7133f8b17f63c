//! List screens: agenda, ranking, parking lot, actions and duplicate suggestions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::mode::{ListKind, Mode};
use super::super::wrap::truncate;
use crate::i18n::{Msg, format_date, format_time};
use crate::model;

/// Draws the open list with its title, rows and the selected row marked by `▶`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Mode::List {
        kind,
        selected,
        pairs,
    } = &app.mode
    else {
        return;
    };
    if area.height < 2 || area.width < 8 {
        return;
    }
    let lang = app.lang;
    let s = &app.session;
    let (title, rows): (String, Vec<String>) = match kind {
        ListKind::Agenda => (
            Msg::ListAgenda.get(lang).to_string(),
            s.agenda
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let now = if s.current_agenda == Some(i) {
                        "● "
                    } else {
                        "  "
                    };
                    let time = item.start.map(|t| format_time(lang, t)).unwrap_or_default();
                    let prompt = if item.prompt.is_empty() || item.prompt == item.title {
                        String::new()
                    } else {
                        format!(" — {}", item.prompt)
                    };
                    format!(
                        "{now}{time:<10} {} ({} min){prompt}",
                        item.title, item.minutes
                    )
                })
                .collect(),
        ),
        ListKind::Ranking => {
            let rules = &s.voting;
            let hidden = rules.hidden && !rules.closed;
            let mut title = Msg::ListRanking.get(lang).to_string();
            title.push_str(&format!(
                " · {}",
                Msg::VotesUsed.fill(lang, &[&model::votes_used(s)])
            ));
            if rules.budget_per_participant.is_some() || rules.cap_per_idea.is_some() {
                let show = |n: Option<u32>| n.map_or("–".to_string(), |n| n.to_string());
                // The budget is the counted noun ("1 ääni/osallistuja"); the cap is a bare number.
                let budget = rules.budget_per_participant.unwrap_or(0);
                let msg = Msg::for_count(budget, Msg::VoteRulesNoteOne, Msg::VoteRulesNote);
                let note = msg.fill(
                    lang,
                    &[
                        &show(rules.budget_per_participant),
                        &show(rules.cap_per_idea),
                    ],
                );
                title.push_str(&format!(" · {note}"));
            }
            if hidden {
                title.push_str(&format!(" · {}", Msg::VotesHidden.get(lang)));
            }
            if rules.closed {
                title.push_str(&format!(" · {}", Msg::VotingClosedNote.get(lang)));
            }
            let rows = model::ranking(s, None)
                .into_iter()
                .enumerate()
                .map(|(n, (id, votes))| {
                    let text = s.idea(id).map(|i| i.text.as_str()).unwrap_or_default();
                    // While totals are hidden the order would give them away: show capture order.
                    if hidden {
                        format!("    ●  {text}")
                    } else {
                        format!("{:>2}. {votes:>3}  {text}", n + 1)
                    }
                })
                .collect();
            (title, rows)
        }
        ListKind::Parking => (
            Msg::ListParking.get(lang).to_string(),
            s.parking.iter().map(|p| format!("• {}", p.text)).collect(),
        ),
        ListKind::Actions => (
            Msg::ListActions.get(lang).to_string(),
            s.actions
                .iter()
                .map(|a| {
                    let due = a.due.map(format_date).unwrap_or_default();
                    let owner = if a.owner.is_empty() {
                        "—"
                    } else {
                        a.owner.as_str()
                    };
                    format!("[{}] {} · {owner} · {due}", a.status.label(lang), a.text)
                })
                .collect(),
        ),
        ListKind::Duplicates => (
            Msg::ListDuplicates.get(lang).to_string(),
            pairs
                .iter()
                .map(|(a, b)| {
                    // Ideas from merged tables say which table heard them.
                    let t = |id| match s.idea(id) {
                        Some(i) => match i.table.as_deref() {
                            Some(table) => {
                                format!("[{}] {}", crate::model::text::clean(table), i.text)
                            }
                            None => i.text.clone(),
                        },
                        None => String::new(),
                    };
                    format!("{}  ⇄  {}", t(*a), t(*b))
                })
                .collect(),
        ),
    };
    let width = area.width as usize;
    buf.set_string(
        area.x,
        area.y,
        truncate(&format!(" {title}"), width),
        app.styles.focus_title,
    );
    let body = Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height.saturating_sub(2),
    );
    if rows.is_empty() {
        buf.set_string(
            body.x + 1,
            body.y,
            Msg::ListEmpty.get(lang),
            app.styles.muted,
        );
        return;
    }
    let height = body.height as usize;
    let first = selected.saturating_sub(height.saturating_sub(1));
    for (y, (index, row)) in (body.y..body.bottom()).zip(rows.iter().enumerate().skip(first)) {
        let is_selected = index == *selected;
        let marker = if is_selected { "▶ " } else { "  " };
        let style = if is_selected {
            app.styles.idea_selected
        } else {
            app.styles.idea
        };
        let text = truncate(&format!("{marker}{row}"), width);
        let pad = width.saturating_sub(text.width());
        buf.set_string(
            body.x,
            y,
            format!("{text}{}", " ".repeat(if is_selected { pad } else { 0 })),
            style,
        );
    }
}
