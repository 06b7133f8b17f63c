//! CSV import: header names in three languages, sniffed delimiters, BOM, Windows-1252,
//! guarded formulas, theme sets.

#[path = "golden/support.rs"]
mod support;

use foorumi::import;
use foorumi::model::{Lang, Session};
use support::turku_set;

fn theme_name(s: &Session, i: usize) -> Option<String> {
    s.ideas[i]
        .theme
        .as_deref()
        .and_then(|k| s.theme(k))
        .map(|t| t.name.fi.clone())
}

#[test]
fn finnish_header_with_bom_and_semicolons() {
    let csv = "\u{feff}Teema;Ryhmä;Idea;Äänet\r\nTilat;2;Isompi sali;3\r\nTilat;;Avaimet;\r\n;1;Irrallinen;0\r\nViestintä;Ryhmä 3;\"Uutiskirje; kuukausittain\";1\r\n";
    let imported = import::from_csv(csv.as_bytes(), None);
    let s = &imported.session;
    assert_eq!(s.ideas.len(), 4);
    assert_eq!(theme_name(s, 0).as_deref(), Some("Tilat"));
    assert_eq!(s.ideas[0].theme, s.ideas[1].theme, "one theme per name");
    assert_eq!(s.ideas[0].group, Some(2));
    assert_eq!(s.ideas[0].votes, 3);
    assert_eq!(s.ideas[2].theme, None);
    assert_eq!(s.ideas[3].text, "Uutiskirje; kuukausittain");
    assert_eq!(s.ideas[3].group, Some(3));
    assert_eq!(s.groups, 3);
    assert_eq!(s.language, Lang::Fi);
    assert_eq!(
        imported.report[..2],
        [
            "Erotinmerkki: ;".to_string(),
            "Sarakkeet: Teema, Ryhmä, Idea, Äänet".to_string()
        ]
    );
}

#[test]
fn swedish_and_english_headers_and_other_delimiters() {
    let sv = "Tema,Undertema,Idé\nLokaler,Salar,större sal\n";
    let s = import::from_csv(sv.as_bytes(), None).session;
    assert_eq!(s.language, Lang::Sv);
    let sub = s.theme(s.ideas[0].theme.as_deref().unwrap()).unwrap();
    assert_eq!(sub.name.fi, "Salar");
    assert_eq!(sub.parent.as_deref(), Some("lokaler"));
    let en = "Group\tTheme\tIdea\tSub-points\n1\tSpaces\tbigger hall\taccessible / central\n";
    let imported = import::from_csv(en.as_bytes(), None);
    let s = &imported.session;
    assert_eq!(s.language, Lang::En);
    assert_eq!(s.ideas[0].sub_points, ["accessible", "central"]);
    assert_eq!(imported.report[0], "Delimiter: tab");
}

#[test]
fn without_a_header_two_columns_are_theme_and_idea() {
    let imported = import::from_csv(b"Tilat;Isompi sali\nViestinta;Uutiskirje\n", None);
    assert_eq!(imported.session.ideas.len(), 2);
    assert_eq!(
        theme_name(&imported.session, 1).as_deref(),
        Some("Viestinta")
    );
    assert!(
        imported
            .report
            .iter()
            .any(|l| l.starts_with("Otsikkoriviä ei tunnistettu"))
    );
    let single = import::from_csv(b"yksi idea\ntoinen idea\n", None);
    assert_eq!(single.session.ideas.len(), 2);
    assert_eq!(single.session.ideas[0].theme, None);
}

#[test]
fn guarded_formulas_lose_their_guard_and_empty_rows_are_counted() {
    let csv = "Teema;Idea\nTilat;'=1+1\nTilat;'tavallinen heittomerkki\n;\nTilat;\n";
    let imported = import::from_csv(csv.as_bytes(), None);
    let texts: Vec<&str> = imported
        .session
        .ideas
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(texts, ["=1+1", "'tavallinen heittomerkki"]);
    assert!(
        imported
            .report
            .iter()
            .any(|l| l == "1 rivi ilman ideaa ohitettiin")
    );
}

#[test]
fn windows_1252_files_are_read() {
    let bytes = b"Teema;Idea\nTilat;J\xe4rjest\xf6jen tilat \x80\n";
    let imported = import::from_csv(bytes, None);
    assert_eq!(imported.session.ideas[0].text, "Järjestöjen tilat €");
    assert!(imported.report[0].contains("Windows-1252"));
}

#[test]
fn theme_cells_map_to_the_theme_set_by_name_or_key() {
    let csv = "Teema;Idea\ntilat;a\nTILAT/KUMPPANUUSTALOT;b\nSpaces/partnership houses;c\nUusi;d\n";
    let s = import::from_csv(csv.as_bytes(), Some(&turku_set())).session;
    let keys: Vec<Option<&str>> = s.ideas.iter().map(|i| i.theme.as_deref()).collect();
    assert_eq!(
        keys,
        [Some("tilat"), Some("tilat"), Some("tilat"), Some("uusi")]
    );
    assert_eq!(s.themes.len(), 7, "the set's six and the new one");
}

#[test]
fn report_language_can_be_chosen() {
    let imported = import::from_csv_in(b"Teema;Idea\nTilat;a\n", None, Lang::En);
    assert_eq!(imported.report[0], "Delimiter: ;");
    assert_eq!(imported.session.language, Lang::Fi);
}
