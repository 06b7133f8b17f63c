//! The whole session as JSON, in the stable schema `foorumi-session/1`.
//!
//! The schema is written by its own structs here, not by serialising the model, so the
//! model can change without changing what other programs read. Within version 1 fields
//! are only ever added; a change that removes or redefines a field gets `/2`.
//!
//! Every field is always present; a missing value is `null`, an empty list `[]` or an
//! empty string `""`, as listed. Output is pretty-printed UTF-8 with a final newline.
//!
//! ## Top level
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `schema` | string | always `"foorumi-session/1"` |
//! | `title` | string | session title, e.g. `"Yhteistyöfoorumi"` |
//! | `subtitle` | string | theme line of the session, `""` when none |
//! | `date` | string or null | day, ISO `YYYY-MM-DD` |
//! | `start`, `end` | string or null | planned time, `HH:MM` |
//! | `place` | string | `""` when not known |
//! | `organisers` | list of strings | who invited |
//! | `participants` | integer or null | number of participants |
//! | `intro` | string | free text; paragraphs separated by a blank line (`\n\n`) |
//! | `summary_heading` | string | heading set for the summary, `""` when it is built |
//! | `language` | string | `"fi"`, `"sv"` or `"en"` |
//! | `theme_set` | string | key of the theme set the themes came from, or `""` |
//! | `groups` | integer | number of groups (Ryhmä 1…N), 0 when not used |
//! | `themes` | list of *theme* | in display order; a sub-theme follows its parent |
//! | `ideas` | list of *idea* | in capture order |
//! | `notes` | list of strings | text that belongs to no theme |
//! | `agenda` | list of *agenda item* | |
//! | `parking` | list of *parking item* | the parking lot |
//! | `actions` | list of *action* | |
//! | `current_agenda` | integer or null | index in `agenda` of the item running when exported |
//! | `voting` | *voting* | how voting worked |
//! | `ranking` | list of *ranked* | the voting result of the memo, `[]` when nobody voted |
//! | `previous` | *series link* or null | the session this one continues |
//! | `inbox` | list of *inbox item* | ideas sent from phones, not yet accepted |
//!
//! ## theme
//!
//! `key` (string, stable ASCII), `parent` (string key or null), `names` (object with
//! `fi`, `sv`, `en`; `""` where not translated — show the Finnish one then),
//! `description` (string, Finnish), `descriptions` (object with `fi`, `sv`, `en` like
//! `names`).
//!
//! ## idea
//!
//! `id` (integer, unique in the session, never reused), `text` (string),
//! `theme` (theme key, or null for the unsorted pool), `group` (integer from 1 or null),
//! `sub_points` (list of strings), `votes` (integer), `created` (RFC 3339 with offset, e.g.
//! `"2015-02-04T13:30:00+02:00"`), `merged_from` (list of strings, wordings merged into it),
//! `source` (*source*; present only on ideas sent from a phone), `table` (string, the
//! group-work table that captured it, e.g. `"Ryhmä 3"`; present only on ideas from a table).
//!
//! ## source
//!
//! `via` (`"phone"`), `name` and `organisation` (strings, `""` when anonymous),
//! `participant` (random anonymous id of the phone), `submission` (the phone's id for
//! this sending).
//!
//! ## inbox item
//!
//! `text` (string), `theme` (suggested theme key or null), `received` (RFC 3339),
//! `source` (*source*).
//!
//! ## agenda item
//!
//! `title` (string), `start` (`HH:MM` or null), `minutes` (integer, 0 when not planned),
//! `kind` (one of `opening`, `capture`, `grouping`, `voting`, `discussion`, `break`,
//! `summary`), `prompt` (string).
//!
//! ## parking item
//!
//! `text` (string), `created` (RFC 3339), `from_idea` (idea id or null), `sub_points`
//! (list of strings).
//!
//! ## action
//!
//! `text` (string), `owner` (string), `due` (`YYYY-MM-DD` or null), `status` (one of
//! `open`, `done`, `partly`, `not_done`), `ideas` (list of integers, the ideas it came from).
//!
//! ## voting
//!
//! `budget_per_participant` (integer or null), `cap_per_idea` (integer or null), `hidden`
//! (boolean: totals were hidden on the board; exports always carry them), `closed`
//! (boolean).
//!
//! ## ranked
//!
//! `rank` (integer from 1; tied ideas share it), `id` (idea id), `votes` (integer). The
//! ideas with votes, most first, at most ten plus any tied with the tenth (see
//! [`super::voting_result`]).
//!
//! ## series link
//!
//! `title` (string), `date` (`YYYY-MM-DD` or null).

use serde::Serialize;

use crate::model::{ActionStatus, AgendaKind, Session};

/// The schema name and version written in `schema`.
pub const SCHEMA: &str = "foorumi-session/1";

#[derive(Serialize)]
struct Doc<'a> {
    schema: &'static str,
    title: &'a str,
    subtitle: &'a str,
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
    place: &'a str,
    organisers: &'a [String],
    participants: Option<u32>,
    intro: &'a str,
    summary_heading: &'a str,
    language: &'static str,
    theme_set: &'a str,
    groups: u32,
    themes: Vec<ThemeOut<'a>>,
    ideas: Vec<IdeaOut<'a>>,
    notes: &'a [String],
    agenda: Vec<AgendaOut<'a>>,
    parking: Vec<ParkingOut<'a>>,
    actions: Vec<ActionOut<'a>>,
    current_agenda: Option<usize>,
    voting: VotingOut,
    ranking: Vec<RankedOut>,
    previous: Option<PreviousOut<'a>>,
    inbox: Vec<InboxOut<'a>>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    via: &'static str,
    name: &'a str,
    organisation: &'a str,
    participant: &'a str,
    submission: &'a str,
}

impl<'a> From<&'a crate::model::Source> for SourceOut<'a> {
    fn from(s: &'a crate::model::Source) -> Self {
        SourceOut {
            via: "phone",
            name: &s.name,
            organisation: &s.organisation,
            participant: &s.participant,
            submission: &s.submission,
        }
    }
}

#[derive(Serialize)]
struct InboxOut<'a> {
    text: &'a str,
    theme: Option<&'a str>,
    received: String,
    source: SourceOut<'a>,
}

#[derive(Serialize)]
struct VotingOut {
    budget_per_participant: Option<u32>,
    cap_per_idea: Option<u32>,
    hidden: bool,
    closed: bool,
}

#[derive(Serialize)]
struct RankedOut {
    rank: usize,
    id: u64,
    votes: u32,
}

#[derive(Serialize)]
struct PreviousOut<'a> {
    title: &'a str,
    date: Option<String>,
}

#[derive(Serialize)]
struct ThemeOut<'a> {
    key: &'a str,
    parent: Option<&'a str>,
    names: NamesOut<'a>,
    description: &'a str,
    descriptions: NamesOut<'a>,
}

#[derive(Serialize)]
struct NamesOut<'a> {
    fi: &'a str,
    sv: &'a str,
    en: &'a str,
}

#[derive(Serialize)]
struct IdeaOut<'a> {
    id: u64,
    text: &'a str,
    theme: Option<&'a str>,
    group: Option<u32>,
    sub_points: &'a [String],
    votes: u32,
    created: String,
    merged_from: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<&'a str>,
}

#[derive(Serialize)]
struct AgendaOut<'a> {
    title: &'a str,
    start: Option<String>,
    minutes: u32,
    kind: &'static str,
    prompt: &'a str,
}

#[derive(Serialize)]
struct ParkingOut<'a> {
    text: &'a str,
    created: String,
    from_idea: Option<u64>,
    sub_points: &'a [String],
}

#[derive(Serialize)]
struct ActionOut<'a> {
    text: &'a str,
    owner: &'a str,
    due: Option<String>,
    status: &'static str,
    ideas: Vec<u64>,
}

fn kind_name(kind: AgendaKind) -> &'static str {
    match kind {
        AgendaKind::Opening => "opening",
        AgendaKind::Capture => "capture",
        AgendaKind::Grouping => "grouping",
        AgendaKind::Voting => "voting",
        AgendaKind::Discussion => "discussion",
        AgendaKind::Break => "break",
        AgendaKind::Summary => "summary",
    }
}

fn status_name(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "open",
        ActionStatus::Done => "done",
        ActionStatus::Partly => "partly",
        ActionStatus::NotDone => "not_done",
    }
}

fn time(t: chrono::NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

fn day(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The JSON document of `session`.
pub fn render(session: &Session) -> String {
    let doc = Doc {
        schema: SCHEMA,
        title: &session.title,
        subtitle: &session.subtitle,
        date: session.date.map(day),
        start: session.start.map(time),
        end: session.end.map(time),
        place: &session.place,
        organisers: &session.organisers,
        participants: session.participants,
        intro: &session.intro,
        summary_heading: &session.summary_heading,
        language: session.language.code(),
        theme_set: &session.theme_set,
        groups: session.groups,
        themes: session
            .themes
            .iter()
            .map(|t| ThemeOut {
                key: &t.key,
                parent: t.parent.as_deref(),
                names: NamesOut {
                    fi: &t.name.fi,
                    sv: &t.name.sv,
                    en: &t.name.en,
                },
                description: &t.description.fi,
                descriptions: NamesOut {
                    fi: &t.description.fi,
                    sv: &t.description.sv,
                    en: &t.description.en,
                },
            })
            .collect(),
        ideas: session
            .ideas
            .iter()
            .map(|i| IdeaOut {
                id: i.id.0,
                text: &i.text,
                theme: i.theme.as_deref(),
                group: i.group,
                sub_points: &i.sub_points,
                votes: i.votes,
                created: i.created.to_rfc3339(),
                merged_from: &i.merged_from,
                source: i.source.as_deref().map(SourceOut::from),
                table: i.table.as_deref(),
            })
            .collect(),
        notes: &session.notes,
        agenda: session
            .agenda
            .iter()
            .map(|a| AgendaOut {
                title: &a.title,
                start: a.start.map(time),
                minutes: a.minutes,
                kind: kind_name(a.kind),
                prompt: &a.prompt,
            })
            .collect(),
        parking: session
            .parking
            .iter()
            .map(|p| ParkingOut {
                text: &p.text,
                created: p.created.to_rfc3339(),
                from_idea: p.from_idea.map(|id| id.0),
                sub_points: &p.sub_points,
            })
            .collect(),
        actions: session
            .actions
            .iter()
            .map(|a| ActionOut {
                text: &a.text,
                owner: &a.owner,
                due: a.due.map(day),
                status: status_name(a.status),
                ideas: a.ideas.iter().map(|id| id.0).collect(),
            })
            .collect(),
        current_agenda: session.current_agenda,
        voting: VotingOut {
            budget_per_participant: session.voting.budget_per_participant,
            cap_per_idea: session.voting.cap_per_idea,
            hidden: session.voting.hidden,
            closed: session.voting.closed,
        },
        ranking: super::voting_result(session, session.language)
            .iter()
            .map(|r| RankedOut {
                rank: r.rank,
                id: r.idea.id.0,
                votes: r.idea.votes,
            })
            .collect(),
        previous: session.previous.as_ref().map(|p| PreviousOut {
            title: &p.title,
            date: p.date.map(day),
        }),
        inbox: session
            .inbox
            .iter()
            .map(|i| InboxOut {
                text: &i.text,
                theme: i.theme.as_deref(),
                received: i.received.to_rfc3339(),
                source: SourceOut::from(&i.source),
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).expect("the schema structs always serialise");
    out.push('\n');
    out
}
