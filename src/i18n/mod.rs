//! The one catalogue of user-visible strings, in Finnish, Swedish and English,
//! and the Finnish way of writing dates and times.

mod catalogue;
mod dates;
mod labels;
mod model_error;
mod roadmap;

pub use crate::model::Lang;
pub use catalogue::Msg;
pub use dates::{
    DateKind, bad_date_message, format_date, format_time, format_time_span, parse_date,
    parse_typed_date,
};
pub use model_error::model_error_text;
pub use roadmap::{roadmap_error_text, roadmap_problem_text};

impl Msg {
    /// The message in `lang` with `{}` placeholders filled from `args` in order.
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        let template = self.get(lang);
        let mut out = String::with_capacity(template.len() + 16);
        let mut args = args.iter();
        let mut rest = template;
        while let Some(at) = rest.find("{}") {
            out.push_str(&rest[..at]);
            if let Some(arg) = args.next() {
                out.push_str(&arg.to_string());
            }
            rest = &rest[at + 2..];
        }
        out.push_str(rest);
        out
    }

    /// `one` when `n` is 1, otherwise `many`: every count picks its singular text here.
    pub fn for_count(n: impl TryInto<u64>, one: Msg, many: Msg) -> Msg {
        // "1 idea" but "0 ideaa", "2 ideaa" in Finnish; Swedish and English agree on 1 alone.
        if matches!(n.try_into(), Ok(1)) {
            one
        } else {
            many
        }
    }

    /// A count with its noun, e.g. "1 idea", "3 ideaa": [`Msg::for_count`] filled with `n`.
    pub fn count<N: TryInto<u64> + Copy + std::fmt::Display>(
        lang: Lang,
        n: N,
        one: Msg,
        many: Msg,
    ) -> String {
        Msg::for_count(n, one, many).fill(lang, &[&n])
    }
}

/// The first place where `text` puts the number 1 before a plural noun ("1 ideaa", "1 idéer",
/// "1 damaged entries" …), for tests of every counted message.
#[cfg(test)]
pub(crate) fn plural_after_one(text: &str) -> Option<String> {
    const PLURALS: &[&str] = &[
        "ideaa",
        "teemaa",
        "ryhmää",
        "muutosta",
        "tavua",
        "merkintää",
        "osumaa",
        "asiaa",
        "ääntä",
        "tekstikappaletta",
        "ohjelmakohtaa",
        "toimenpidettä",
        "riviä",
        "idéer",
        "teman",
        "grupper",
        "ändringar",
        "poster",
        "träffar",
        "saker",
        "röster",
        "textstycken",
        "programpunkter",
        "frågor",
        "åtgärder",
        "rader",
        "ideas",
        "themes",
        "groups",
        "changes",
        "bytes",
        "entries",
        "matches",
        "items",
        "votes",
        "passages",
        "actions",
        "rows",
    ];
    const ADJECTIVES: &[&str] = &["", "vahingoittunutta ", "skadade ", "damaged "];
    for (at, _) in text.match_indices('1') {
        // "41 ideaa" is right: only a 1 that is a whole number counts.
        if text[..at].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let after = &text[at + 1..];
        for adjective in ADJECTIVES {
            for plural in PLURALS {
                let phrase = format!(" {adjective}{plural}");
                let whole_word = after
                    .strip_prefix(phrase.as_str())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
                if whole_word {
                    return Some(format!("1{phrase}"));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every counted message with its singular form.
    const COUNTED: &[(Msg, Msg)] = &[
        (Msg::IdeasOne, Msg::Ideas),
        (Msg::ThemesOne, Msg::Themes),
        (Msg::VotesOne, Msg::VotesMany),
        (Msg::BadGroupOne, Msg::BadGroup),
        (Msg::IdeaGroupMissingOne, Msg::IdeaGroupMissing),
        (Msg::CheckJournalOkOne, Msg::CheckJournalOk),
        (Msg::NoticeTornTailOne, Msg::NoticeTornTail),
        (Msg::NoticeBadRecordsOne, Msg::NoticeBadRecords),
        (Msg::NoticeReplayedOne, Msg::NoticeReplayed),
        (Msg::SearchHitsOne, Msg::SearchHits),
        (Msg::ParkingWaitingOne, Msg::ParkingWaiting),
        (Msg::VoteRulesNoteOne, Msg::VoteRulesNote),
        (Msg::OverVoteCapOne, Msg::OverVoteCap),
        (Msg::ImportNotesOne, Msg::ImportNotes),
        (Msg::ImportAgendaOne, Msg::ImportAgenda),
        (Msg::ImportParkingOne, Msg::ImportParking),
        (Msg::ImportActionsOne, Msg::ImportActions),
        (Msg::ImportCsvSkippedOne, Msg::ImportCsvSkipped),
    ];

    #[test]
    fn one_of_anything_is_singular_in_every_language() {
        for &(one, many) in COUNTED {
            for lang in Lang::ALL {
                assert_eq!(
                    one.get(lang).matches("{}").count(),
                    many.get(lang).matches("{}").count(),
                    "{one:?} and {many:?} differ in placeholders ({lang:?})"
                );
                // Every placeholder filled with 1: the worst case for a counted noun.
                let ones = [&1 as &dyn std::fmt::Display; 4];
                let text = Msg::for_count(1, one, many).fill(lang, &ones);
                assert_eq!(plural_after_one(&text), None, "{text}");
                assert_eq!(Msg::for_count(3_usize, one, many), many);
                assert_eq!(Msg::for_count(0_u32, one, many), many);
            }
        }
    }

    #[test]
    fn counts_read_naturally() {
        let ideas = |lang, n: usize| Msg::count(lang, n, Msg::IdeasOne, Msg::Ideas);
        assert_eq!(ideas(Lang::Fi, 1), "1 idea");
        assert_eq!(ideas(Lang::Sv, 1), "1 idé");
        assert_eq!(ideas(Lang::En, 1), "1 idea");
        assert_eq!(ideas(Lang::Fi, 0), "0 ideaa");
        assert_eq!(ideas(Lang::Fi, 41), "41 ideaa");
        assert_eq!(ideas(Lang::Sv, 2), "2 idéer");
        assert_eq!(ideas(Lang::En, 2), "2 ideas");
        let themes = |lang| Msg::count(lang, 1_u64, Msg::ThemesOne, Msg::Themes);
        assert_eq!(
            [themes(Lang::Fi), themes(Lang::Sv), themes(Lang::En)],
            ["1 teema", "1 tema", "1 theme"]
        );
    }

    #[test]
    fn the_plural_check_catches_the_old_wording() {
        for old in [
            "1 ideaa",
            "(1 idéer)",
            "1 ideas to the unsorted pool",
            "a: 1 damaged entries were skipped",
        ] {
            assert!(plural_after_one(old).is_some(), "{old:?} passed");
        }
        for fine in ["41 ideaa", "1 idea", "0 ideaa", "1 teema · 12 teemaa"] {
            assert_eq!(plural_after_one(fine), None, "{fine:?}");
        }
    }

    #[test]
    fn every_message_has_every_language() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!msg.get(lang).is_empty(), "{msg:?} has no {lang:?} text");
            }
            let holes = |l| msg.get(l).matches("{}").count();
            assert_eq!(
                holes(Lang::Fi),
                holes(Lang::Sv),
                "{msg:?} placeholders differ (sv)"
            );
            assert_eq!(
                holes(Lang::Fi),
                holes(Lang::En),
                "{msg:?} placeholders differ (en)"
            );
        }
    }

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(
            Msg::UnknownThemeKey.fill(Lang::En, &[&"x", &"a, b"]),
            "unknown theme key 'x' (known keys: a, b)"
        );
    }
}
