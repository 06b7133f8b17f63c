//! The columns of a CSV file: which one holds the theme, the idea, the votes … by its
//! header word (see `ROLES`) or the user's choice, and how the file is laid out.

use super::fold;
use crate::i18n::Msg;
use crate::model::Lang;

/// The columns the user chose (`--theme-column`, `--idea-column`, `--votes-column`): a
/// header name or a column number from 1.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// The theme column.
    pub theme: Option<String>,
    /// The idea column.
    pub idea: Option<String>,
    /// The votes column.
    pub votes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Theme,
    SubTheme,
    Group,
    Idea,
    SubPoints,
    Votes,
    Created,
    Table,
}

/// Header words per role, folded, in groups: for a role, a header of an earlier group wins
/// over one of a later group (an "Otsikko" column is the idea and "Kuvaus" its sub-point).
pub(super) const ROLES: &[(Col, &[&[&str]])] = &[
    (
        Col::Theme,
        &[
            &[
                "teema", "tema", "theme", "aihe", "topic", "teemat", "aihealue",
            ],
            &[
                "kategoria",
                "kategori",
                "category",
                "luokka",
                "column",
                "sarake",
                "kolumn",
            ],
            &["kysymys", "fraga", "question", "prompt"],
        ],
    ),
    (
        Col::SubTheme,
        &[&["alateema", "undertema", "subtheme", "alaotsikko"]],
    ),
    (Col::Group, &[&["ryhma", "grupp", "group", "ryhmanumero"]]),
    (
        Col::Idea,
        &[
            &[
                "idea",
                "ide",
                "ajatus",
                "ideat",
                "ideas",
                "ideer",
                "ehdotus",
                "forslag",
                "proposal",
                "suggestion",
                "text",
                "teksti",
                "card",
                "kortti",
                "kort",
                "sisalto",
                "content",
            ],
            &["otsikko", "rubrik", "title"],
            &["vastaus", "svar", "answer", "response"],
            &[
                "kommentti",
                "kommentar",
                "comment",
                "palaute",
                "feedback",
                "note",
            ],
            &["kuvaus", "beskrivning", "description", "details"],
        ],
    ),
    (
        Col::SubPoints,
        &[&["alakohdat", "alakohta", "underpunkter", "subpoints"]],
    ),
    (
        Col::Votes,
        &[&[
            "aanet",
            "aania",
            "roster",
            "votes",
            "vote",
            "tykkaykset",
            "tykkays",
            "gillar",
            "likes",
            "pisteet",
            "points",
            "score",
        ]],
    ),
    (Col::Created, &[&["luotu", "skapad", "created"]]),
    (Col::Table, &[&["poyta", "bord", "table", "ryhmapoyta"]]),
];

/// The role header `h` may have, and how strongly (lower is stronger).
pub(super) fn roles_of(h: &str) -> Vec<(Col, usize)> {
    let f = fold(h);
    ROLES
        .iter()
        .filter_map(|(col, groups)| {
            groups
                .iter()
                .position(|g| g.contains(&f.as_str()))
                .map(|rank| (*col, rank))
        })
        .collect()
}

/// The language a header tells: only names that belong to one language do.
pub(super) fn header_lang(header: &str, col: Col) -> Option<Lang> {
    let f = fold(header);
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|&l| fold(column_msg(col).get(l)) == f)
        .collect();
    (langs.len() == 1).then(|| langs[0])
}

pub(super) fn column_msg(col: Col) -> Msg {
    match col {
        Col::Theme => Msg::ColumnTheme,
        Col::SubTheme => Msg::ColumnSubTheme,
        Col::Group => Msg::ColumnGroup,
        Col::Idea => Msg::ColumnIdea,
        Col::SubPoints => Msg::ColumnSubPoints,
        Col::Votes => Msg::ColumnVotes,
        Col::Created => Msg::ColumnCreated,
        Col::Table => Msg::ColumnTable,
    }
}

/// The column a user's choice names: a header (folded) or a number from 1.
pub(super) fn find_column(header: &[String], spec: &str) -> Option<usize> {
    if let Ok(n) = spec.trim().parse::<usize>() {
        return (1..=header.len()).contains(&n).then(|| n - 1);
    }
    let f = fold(spec);
    header.iter().position(|h| fold(h) == f)
}

/// How the file is laid out.
pub(super) enum Layout {
    /// A header row naming the columns' roles; the rest are extra columns.
    Header(Vec<(usize, Col)>),
    /// No header: theme and idea (or only idea) columns.
    Plain(Vec<(usize, Col)>),
    /// A header of themes with cards under each.
    PerCategory,
}

pub(super) fn layout(rows: &[Vec<String>], chosen: &Columns) -> Layout {
    let header = rows.first().cloned().unwrap_or_default();
    let mut columns: Vec<(usize, Col)> = Vec::new();
    for (spec, col) in [
        (&chosen.theme, Col::Theme),
        (&chosen.idea, Col::Idea),
        (&chosen.votes, Col::Votes),
    ] {
        if let Some(i) = spec.as_deref().and_then(|s| find_column(&header, s)) {
            columns.push((i, col));
        }
    }
    for (col, _) in ROLES {
        if columns.iter().any(|(_, c)| c == col) {
            continue;
        }
        let best = header
            .iter()
            .enumerate()
            .filter(|(i, _)| columns.iter().all(|(j, _)| j != i))
            .filter_map(|(i, h)| {
                roles_of(h)
                    .into_iter()
                    .find(|(c, _)| c == col)
                    .map(|(_, rank)| (rank, i))
            })
            .min();
        if let Some((_, i)) = best {
            columns.push((i, *col));
        }
    }
    if columns.iter().any(|(_, c)| *c == Col::Idea) {
        columns.sort_by_key(|(i, _)| *i);
        return Layout::Header(columns);
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let ragged = rows
        .iter()
        .skip(1)
        .any(|r| r.len() < width || r.iter().any(|c| c.trim().is_empty()));
    let named = header.iter().all(|h| !h.trim().is_empty() || width > 0);
    if rows.len() > 1 && named && (width >= 3 || (width == 2 && ragged)) {
        Layout::PerCategory
    } else if width >= 2 {
        Layout::Plain(vec![(0, Col::Theme), (1, Col::Idea)])
    } else {
        Layout::Plain(vec![(0, Col::Idea)])
    }
}
