//! The text import on summaries as people write them.

use foorumi::import::{self, Imported};
use foorumi::model::{ActionStatus, Lang, Session};

fn import(text: &str) -> Imported {
    import::from_text(text, None)
}

/// (theme name or "-", idea text, sub-points) in order.
fn ideas(s: &Session) -> Vec<(String, String, Vec<String>)> {
    s.ideas
        .iter()
        .map(|i| {
            let theme = i
                .theme
                .as_deref()
                .and_then(|k| s.theme(k))
                .map_or("-".to_string(), |t| t.name.fi.clone());
            (theme, i.text.clone(), i.sub_points.clone())
        })
        .collect()
}

fn idea(theme: &str, text: &str) -> (String, String, Vec<String>) {
    (theme.into(), text.into(), Vec::new())
}

#[test]
fn markdown_summary() {
    let text = "# Kevätfoorumi\n\nJohdanto, joka ei ole idea.\n\n## Tilat\n\n- Isompi sali\n  - esteetön\n  - keskustassa\n- Avaimet \\*kaikille\\* (2 ääntä)\n\n## Viestintä\n\n1. Uutiskirje\n2. Yhteinen kalenteri\n\n### Some\n\n* Instagram\n";
    let imported = import(text);
    let s = &imported.session;
    assert_eq!(s.title, "Kevätfoorumi");
    assert_eq!(s.summary_heading, "");
    assert_eq!(
        ideas(s),
        vec![
            (
                "Tilat".into(),
                "Isompi sali".into(),
                vec!["esteetön".into(), "keskustassa".into()]
            ),
            idea("Tilat", "Avaimet *kaikille*"),
            idea("Viestintä", "Uutiskirje"),
            idea("Viestintä", "Yhteinen kalenteri"),
            idea("Some", "Instagram"),
        ]
    );
    assert_eq!(s.ideas[1].votes, 2);
    let some = s.themes.iter().find(|t| t.name.fi == "Some").unwrap();
    assert_eq!(
        some.parent.as_deref(),
        Some("viestinta"),
        "### is a sub-theme"
    );
    assert_eq!(s.notes, vec!["Johdanto, joka ei ole idea.".to_string()]);
}

#[test]
fn headings_of_every_kind() {
    let text = "TILAT JA AVUSTUKSET\n- a\n\nViestintä:\n\nuutiskirje kuukausittain\n\n1. Yhteistyö\n- b\n\nVapaaehtoiset\n• c\n";
    let s = import(text).session;
    let names: Vec<&str> = s.themes.iter().map(|t| t.name.fi.as_str()).collect();
    assert_eq!(
        names,
        [
            "TILAT JA AVUSTUKSET",
            "Viestintä:",
            "1. Yhteistyö",
            "Vapaaehtoiset"
        ]
    );
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    assert_eq!(
        s.ideas[1].text, "uutiskirje kuukausittain",
        "a statement under a heading without bullets is an idea of it (issue 16, item 2)"
    );
    assert_eq!(s.ideas[1].theme.as_deref(), Some("viestinta"));
    assert_eq!(s.ideas.len(), 4);
}

#[test]
fn wrapped_ideas_join_and_sentences_end() {
    let text = "Teema\n\n• ensimmäinen idea jatkuu\nseuraavalle riville\n• toinen idea ->\n\njatkuu tyhjän rivin yli\n• kolmas idea, jossa pilkku,\n\nja jatko\n• Kysymys?\nVastaus omaksi ideakseen.\n• viimeinen idea\nUusi otsikko\n• otsikon alla\n\nIrrallinen kappale.\n";
    let s = import(text).session;
    let texts: Vec<&str> = s.ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "ensimmäinen idea jatkuu seuraavalle riville",
            "toinen idea -> jatkuu tyhjän rivin yli",
            "kolmas idea, jossa pilkku, ja jatko",
            // A capitalised line after a finished sentence, where the line above had
            // room for its first word, is a statement of its own (issue 16, item 3).
            "Kysymys?",
            "Vastaus omaksi ideakseen.",
            "viimeinen idea",
            "otsikon alla",
            "Irrallinen kappale."
        ]
    );
    let names: Vec<&str> = s.themes.iter().map(|t| t.name.fi.as_str()).collect();
    assert_eq!(names, ["Teema", "Uusi otsikko"]);
    assert_eq!(s.ideas[6].theme.as_deref(), Some("uusi-otsikko"));
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

#[test]
fn nothing_is_dropped() {
    let text = "Esipuhe rivi yksi\nrivi kaksi\n\n- idea ennen otsikkoa\n\nTeema\n\n- idea\n\nLoppusanat.\n";
    let imported = import(text);
    let s = &imported.session;
    assert_eq!(s.notes, vec!["Esipuhe rivi yksi rivi kaksi".to_string()]);
    assert_eq!(
        s.ideas_in(None).count(),
        1,
        "bullet before any heading: unsorted"
    );
    assert_eq!(
        s.ideas.len(),
        3,
        "the closing statement is an idea of Teema"
    );
    assert_eq!(s.ideas[2].text, "Loppusanat.");
    assert!(
        imported
            .report
            .iter()
            .any(|l| l == "1 idea lajittelemattomiin")
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l == "1 tekstikappale muistiinpanoihin")
    );
}

#[test]
fn sections_of_the_text_export_are_read_back() {
    let text = "YHTEENVETO 1.3.2024 KEVÄTFOORUMIN RYHMÄTÖISTÄ\n\nTilat\n\n(ei ideoita)\n\nLajittelematta\n\n• irrallinen\n\nOhjelma\n\n• klo 9.00–9.30 Avaus\n  – Mitä odotatte?\n• Tauko (15 min)\n\nParkkipaikka\n\n• myöhemmin\n\nToimenpiteet\n\n• Selvitä tilat\n  – Vastuutaho: Kunta\n  – Määräaika: 1.6.2024\n  – Tila: toteutuu osittain\n  – kommentti\n\nMuistiinpanot\n\n• ei idea vaan muistiinpano\n\nToinen muistiinpano\n";
    let imported = import(text);
    let s = &imported.session;
    assert_eq!(s.title, "Kevätfoorumi");
    assert_eq!(s.themes.len(), 1);
    assert_eq!(s.ideas.len(), 1);
    assert_eq!(s.ideas[0].theme, None);
    assert_eq!(s.agenda.len(), 2);
    assert_eq!(s.agenda[0].title, "Avaus");
    assert_eq!(s.agenda[0].minutes, 30);
    assert_eq!(s.agenda[0].prompt, "Mitä odotatte?");
    assert_eq!(
        (s.agenda[1].title.as_str(), s.agenda[1].minutes),
        ("Tauko", 15)
    );
    assert_eq!(s.parking.len(), 1);
    assert_eq!(s.actions.len(), 1);
    let a = &s.actions[0];
    assert_eq!(a.owner, "Kunta");
    assert_eq!(a.due, chrono::NaiveDate::from_ymd_opt(2024, 6, 1));
    assert_eq!(a.status, ActionStatus::Partly);
    assert_eq!(
        s.notes,
        vec![
            "kommentti".to_string(),
            "• ei idea vaan muistiinpano".to_string(),
            "Toinen muistiinpano".to_string()
        ]
    );
}

#[test]
fn swedish_and_english_summaries() {
    let sv = "SAMMANFATTNING 4.2.2015 AV GRUPPARBETENA VID SAMARBETSFORUM\n\nLokaler\n\n• större sal (3 röster)\n\nÅtgärder\n\n• Utred\n  – Ansvarig: Staden\n  – Status: genomförs\n";
    let imported = import(sv);
    let s = &imported.session;
    assert_eq!(s.language, Lang::Sv);
    assert_eq!(s.title, "Samarbetsforum");
    assert_eq!(s.ideas[0].votes, 3);
    assert_eq!(s.actions[0].owner, "Staden");
    assert_eq!(s.actions[0].status, ActionStatus::Done);
    assert!(
        imported
            .report
            .iter()
            .any(|l| l == "Rubrik: Samarbetsforum")
    );
    let en = import::from_text_in(
        "SUMMARY OF THE GROUP WORK AT FORUM\n\nSpaces\n\n- bigger hall\n",
        None,
        Lang::En,
    );
    assert_eq!(en.session.language, Lang::En);
    assert_eq!(en.session.date, None);
    assert!(
        en.report
            .iter()
            .any(|l| l == "'Spaces' → new theme spaces (1 idea)")
    );
}

#[test]
fn repeated_headings_make_separate_themes() {
    let s = import("Tilat\n\n- a\n\nTilat\n\n- b\n").session;
    let keys: Vec<&str> = s.themes.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["tilat", "tilat-2"]);
}

#[test]
fn cjk_lines_join_without_spaces_and_crlf_and_bom_are_tolerated() {
    let text = "\u{feff}Teema\r\n\r\n• 漢字仮名\r\n  交じり文 ok\r\n";
    let s = import(text).session;
    assert_eq!(s.ideas[0].text, "漢字仮名交じり文 ok");
}

#[test]
fn empty_and_garbage_input() {
    let imported = import("");
    assert!(imported.session.ideas.is_empty());
    assert_eq!(
        imported.report,
        vec!["Tekstistä ei löytynyt yhtään ideaa".to_string()]
    );
    let s = import("\u{1b}[31m\u{0}•\u{7}\n\n---\n\n####\n").session;
    assert!(s.ideas.iter().all(|i| !i.text.contains('\u{1b}')));
}

#[test]
fn over_long_ideas_are_split_not_cut_and_reported() {
    let text = format!("Teema\n\n- {}\n", "a".repeat(3000));
    let imported = import(&text);
    let idea = &imported.session.ideas[0];
    assert_eq!(idea.text.chars().count(), 2000);
    assert_eq!(idea.sub_points, ["a".repeat(1000)], "the rest is kept");
    assert!(imported.report.iter().any(|l| l.contains("2000")));
}

#[test]
fn parking_sub_points_stay_with_their_item() {
    let text = "YHTEENVETO 1.3.2024 KEVÄTFOORUMIN RYHMÄTÖISTÄ\n\nTilat\n\n• sali\n\nParkkipaikka\n\n• Maakunnan avustukset\n  – kysytään valmistelijoilta\n  – palataan syksyllä\n• Avaimet\n";
    let s = import(text).session;
    assert_eq!(s.parking.len(), 2);
    assert_eq!(
        s.parking[0].sub_points,
        ["kysytään valmistelijoilta", "palataan syksyllä"]
    );
    assert!(s.parking[1].sub_points.is_empty());
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

#[test]
fn the_voting_result_adds_only_what_is_nowhere_else() {
    let text = "YHTEENVETO 1.3.2024 KEVÄTFOORUMIN RYHMÄTÖISTÄ\n\nJatkoa tilaisuudelle Syysfoorumi 12.9.2023\n\nTilat\n\n• sali (3 ääntä)\n\nAvustukset\n\n• pienavustukset\n\nÄänestyksen tulos\n\n1. sali (3 ääntä)\n   – Tilat\n2. hakuaika samaksi (2 ääntä)\n   – Avustukset\n3. kahvila (1 ääni)\n   – Ei tällaista teemaa\n";
    let imported = import(text);
    let s = &imported.session;
    let votes: Vec<(String, u32)> = s.ideas.iter().map(|i| (i.text.clone(), i.votes)).collect();
    assert_eq!(
        votes,
        [
            ("sali".to_string(), 3),
            ("pienavustukset".to_string(), 0),
            ("hakuaika samaksi".to_string(), 2),
            ("kahvila".to_string(), 1),
        ]
    );
    assert_eq!(s.ideas[2].theme.as_deref(), Some("avustukset"));
    // A theme the summary does not have: the idea goes unsorted and keeps the name.
    assert_eq!(s.ideas[3].theme, None);
    assert_eq!(s.ideas[3].sub_points, ["Ei tällaista teemaa"]);
    let previous = s.previous.as_ref().expect("series link read");
    assert_eq!(previous.title, "Syysfoorumi");
    assert_eq!(previous.date, chrono::NaiveDate::from_ymd_opt(2023, 9, 12));
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

#[test]
fn a_follow_up_sentence_later_in_the_text_is_no_series_link() {
    let text = "Tilat\n\n• sali\n\nJatkoa tilaisuudelle Syysfoorumi 12.9.2023\n";
    let s = import(text).session;
    assert_eq!(s.previous, None);
    // Under a heading, a statement is an idea of it (issue 16, item 2).
    assert_eq!(
        s.ideas[1].text,
        "Jatkoa tilaisuudelle Syysfoorumi 12.9.2023"
    );
}
