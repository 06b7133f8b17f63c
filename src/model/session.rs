//! A session (tilaisuus): one forum or partnership table with everything said in it.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{
    ActionItem, AgendaItem, Idea, IdeaId, InboxItem, Lang, ParkingItem, RoomRules, SeriesLink,
    Theme, ThemeSet, VotingRules,
};

/// The session file format this build writes; files with a newer version are refused.
pub const FORMAT_VERSION: u32 = 1;

/// One session with its facts, themes and ideas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// File format version, [`FORMAT_VERSION`] when written by this build.
    pub version: u32,
    /// Title, e.g. "Yhteistyöfoorumi".
    pub title: String,
    /// Day of the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Planned start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    /// Planned end time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    /// Where it is held.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Who invited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<String>,
    /// Number of participants, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// The session's theme line, e.g. "Hyvinvointia kumppanuuksilla +65 -turkulaisille".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// Free-text introduction (goals, background).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub intro: String,
    /// Heading of the written summary; derived from the session when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary_heading: String,
    /// Language the session is held in.
    #[serde(default)]
    pub language: Lang,
    /// Key of the theme set the themes were copied from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theme_set: String,
    /// The themes, copied from the theme set and edited since.
    pub themes: Vec<Theme>,
    /// Number of groups (Ryhmä 1…N); 0 when group work is not used.
    #[serde(default)]
    pub groups: u32,
    /// The ideas in capture order (display order within a theme).
    #[serde(default)]
    pub ideas: Vec<Idea>,
    /// Notes that belong to no theme (e.g. text an import could not place).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The agenda.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// The parking lot.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parking: Vec<ParkingItem>,
    /// Actions agreed on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    /// The next idea id to hand out.
    #[serde(default)]
    pub next_id: u64,
    /// Index of the agenda item running now, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_agenda: Option<usize>,
    /// How voting works in this session.
    #[serde(default, skip_serializing_if = "VotingRules::is_default")]
    pub voting: VotingRules,
    /// Pairs of ideas (smaller id first) the secretary said are not duplicates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed_pairs: Vec<(IdeaId, IdeaId)>,
    /// The session of the same series this one continues, when started from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<SeriesLink>,
    /// The roadmap this file carries (a `*.roadmap.ron`), if it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roadmap: Option<Box<super::roadmap::Roadmap>>,
    /// Ideas sent from phones, waiting for the facilitator (issue 13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inbox: Vec<InboxItem>,
    /// How the room treats phone ideas.
    #[serde(default, skip_serializing_if = "RoomRules::is_default")]
    pub room: RoomRules,
}

impl Session {
    /// An empty session titled `title` with the themes of `set`.
    pub fn new(title: &str, date: Option<NaiveDate>, set: &ThemeSet) -> Session {
        Session {
            version: FORMAT_VERSION,
            title: title.to_string(),
            date,
            start: None,
            end: None,
            place: String::new(),
            organisers: Vec::new(),
            participants: None,
            subtitle: String::new(),
            intro: String::new(),
            summary_heading: String::new(),
            language: Lang::Fi,
            theme_set: set.key.clone(),
            themes: set.themes.clone(),
            groups: 0,
            ideas: Vec::new(),
            notes: Vec::new(),
            agenda: Vec::new(),
            parking: Vec::new(),
            actions: Vec::new(),
            next_id: 1,
            current_agenda: None,
            voting: VotingRules::default(),
            dismissed_pairs: Vec::new(),
            previous: None,
            roadmap: None,
            inbox: Vec::new(),
            room: RoomRules::default(),
        }
    }

    /// The id the next new idea gets.
    pub fn peek_id(&self) -> IdeaId {
        let max = self
            .ideas
            .iter()
            .map(|i| i.id.0.saturating_add(1))
            .max()
            .unwrap_or(1);
        IdeaId(self.next_id.max(max))
    }

    /// The theme `word` names: its stable key first, else its key or name in any language
    /// ([`Theme::answers_to`]).
    pub fn theme_by_word(&self, word: &str) -> Option<&Theme> {
        self.theme(word)
            .or_else(|| self.themes.iter().find(|t| t.answers_to(word)))
    }

    /// The theme with `key`.
    pub fn theme(&self, key: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.key == key)
    }

    /// Index of the theme with `key` in display order.
    pub fn theme_index(&self, key: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.key == key)
    }

    /// The idea with `id`.
    pub fn idea(&self, id: IdeaId) -> Option<&Idea> {
        self.ideas.iter().find(|i| i.id == id)
    }

    /// Position of the idea with `id` in [`Session::ideas`].
    pub fn idea_index(&self, id: IdeaId) -> Option<usize> {
        self.ideas.iter().position(|i| i.id == id)
    }

    /// Ideas in the theme `key` (`None`: the unsorted pool), in order.
    pub fn ideas_in<'a>(&'a self, key: Option<&'a str>) -> impl Iterator<Item = &'a Idea> + 'a {
        self.ideas.iter().filter(move |i| i.theme.as_deref() == key)
    }

    /// Sub-themes of the theme `key`, in order.
    pub fn children<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Theme> + 'a {
        self.themes
            .iter()
            .filter(move |t| t.parent.as_deref() == Some(key))
    }

    /// Top-level themes, in order.
    pub fn top_themes(&self) -> impl Iterator<Item = &Theme> {
        self.themes.iter().filter(|t| t.parent.is_none())
    }

    /// Makes a theme key that no theme uses yet, based on `wanted`.
    pub fn free_theme_key(&self, wanted: &str) -> String {
        let base = super::key_from_name(wanted);
        let mut key = base.clone();
        let mut n = 2;
        while self.theme(&key).is_some() {
            key = format!("{base}-{n}");
            n += 1;
        }
        key
    }
}
