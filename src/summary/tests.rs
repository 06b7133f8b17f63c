//! Round trips over the shared grammar: what the text export writes, the text import reads
//! back in the same words.

use crate::export::{Format, Options, render};
use crate::i18n::Msg;
use crate::model::Lang;

#[test]
fn one_of_each_is_reported_in_the_singular() {
    use crate::model::{ActionItem, ActionStatus, ParkingItem};
    let mut s = crate::bundled::demo_session();
    let created = s.ideas[0].created;
    s.ideas.truncate(2);
    s.ideas[1].theme = None;
    s.agenda.truncate(1);
    s.parking = vec![ParkingItem {
        text: "Kuka omistaa avaimet?".into(),
        created,
        from_idea: None,
        sub_points: vec![],
    }];
    s.actions = vec![ActionItem {
        text: "Kysely järjestöille".into(),
        owner: "Kaupunki".into(),
        due: None,
        status: ActionStatus::Open,
        ideas: vec![],
    }];
    s.notes = vec!["Muistiinpano.".into()];
    for (lang, lines) in [
        (
            Lang::Fi,
            [
                "(1 idea)",
                "1 idea lajittelemattomiin",
                "1 ohjelmakohta",
                "1 asia parkkipaikalle",
            ],
        ),
        (
            Lang::Sv,
            [
                "(1 idé)",
                "1 idé till osorterade",
                "1 programpunkt",
                "1 fråga till parkeringsplatsen",
            ],
        ),
        (
            Lang::En,
            [
                "(1 idea)",
                "1 idea to the unsorted pool",
                "1 agenda item",
                "1 item to the parking lot",
            ],
        ),
    ] {
        // The text export with its meeting record: agenda, parking lot, actions, notes.
        let options = Options {
            lang,
            full_text: true,
            ..Options::for_session(&s)
        };
        let text = String::from_utf8(render(&s, Format::Txt, &options)).unwrap();
        let report = crate::import::from_text_in(&text, None, lang).report;
        for line in &report {
            assert_eq!(
                crate::i18n::plural_after_one(line),
                None,
                "{lang:?}: {line}"
            );
        }
        for want in lines {
            assert!(
                report.iter().any(|l| l.contains(want)),
                "{lang:?}: {want} not in {report:#?}"
            );
        }
        let one = Msg::ImportActionsOne.fill(lang, &[&1]);
        assert!(report.contains(&one), "{lang:?}: {report:#?}");
        let one = Msg::ImportNotesOne.fill(lang, &[&1]);
        assert!(report.contains(&one), "{lang:?}: {report:#?}");
    }
}
