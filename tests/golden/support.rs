//! Shared by the export and import tests (included with `#[path]`): fixtures, the
//! hostile corpus and golden-file comparison. Set `UPDATE_GOLDEN=1` to rewrite goldens.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime, TimeZone};
use foorumi::model::{
    ActionItem, ActionStatus, AgendaItem, AgendaKind, Idea, IdeaId, Lang, ParkingItem, Session,
    Theme, ThemeSet, Timestamp,
};

pub fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

pub fn read_golden(name: &str) -> String {
    std::fs::read_to_string(golden_dir().join(name))
        .unwrap_or_else(|e| panic!("tests/golden/{name}: {e}"))
}

/// A session file from tests/golden.
pub fn session(name: &str) -> Session {
    ron::from_str(&read_golden(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The 4.2.2015 forum with every idea of Liite 1 (a frozen copy of the bundled session).
pub fn forum_2015() -> Session {
    session("2015-02-04-yhteistyofoorumi.ron")
}

/// The 17.4.2019 partnership table: agenda with times, sub-points, empty themes.
pub fn table_2019() -> Session {
    session("2019-04-17-kumppanuuspoyta.ron")
}

/// The next partnership table, 18.9.2019, as it ended: continues the 17.4.2019 one, with
/// votes (ties, a sub-theme, an unsorted idea), the voting hidden and closed, a current
/// agenda item, a parking lot with sub-points and actions in every status.
pub fn table_2019_autumn() -> Session {
    session("2019-09-18-jatko.ron")
}

/// The theme set of the 2015 appendix.
pub fn turku_set() -> ThemeSet {
    ron::from_str(&read_golden("turku-2015.ron")).expect("turku-2015.ron")
}

/// The bundled sessions in sessions/, when they are there (they are not committed on
/// every branch).
pub fn bundled_sessions() -> Vec<(String, Session)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, Session)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let s: Session =
                ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), s)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Compares `actual` with tests/golden/`name` byte for byte (or rewrites it).
pub fn assert_golden(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!("tests/golden/{name}: {e} (run with UPDATE_GOLDEN=1 to create it)")
    });
    if expected != actual {
        let a = String::from_utf8_lossy(actual);
        let e = String::from_utf8_lossy(&expected);
        let (n, (el, al)) = e
            .lines()
            .zip(a.lines())
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .unwrap_or((e.lines().count().min(a.lines().count()), ("<end>", "<end>")));
        panic!(
            "tests/golden/{name} differs at line {}:\n  expected: {el}\n  actual:   {al}\n(run with UPDATE_GOLDEN=1 to accept)",
            n + 1
        );
    }
}

pub fn at(day: NaiveDate, h: u32, m: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(2 * 3600)
        .unwrap()
        .from_local_datetime(&day.and_hms_opt(h, m, 0).unwrap())
        .unwrap()
}

/// Texts no export may be broken by.
pub fn hostile_texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "<script>alert('x')</script>",
        "<b>lihava</b> & <i>kursiivi</i>",
        "\"lainattu\" ja 'heittomerkit'",
        "# x",
        "## otsikko ##",
        "*x* ja **y** ja _z_",
        "[a](b) ja ![kuva](http://example.org/x.png)",
        "<http://example.org>",
        "a | b | c",
        "1. x",
        "2) y",
        "&amp; &lt; &#65; &copy;",
        "```\ncode\n```",
        "> lainaus",
        "- alakohta",
        "+ plus",
        "---",
        "***",
        "$x^2$ ja ~~yliviivattu~~",
        "kenoviiva \\ lopussa \\",
        "otsikko #",
        "=HYPERLINK(\"http://evil.example\",\"klikkaa\")",
        "=1+1",
        "+358 40 123",
        "-2",
        "@SUM(A1:A3)",
        "\tsarkain alussa",
        "\rpaluu alussa",
        "]]> <![CDATA[ x ]]>",
        "<?xml version=\"1.0\"?><w:p/>",
        "nolla\u{0}merkki \u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f} loppu",
        "ei-merkit \u{fffe}\u{ffff} loppu",
        "\u{1b}[31mpunainen\u{1b}[0m ja \u{1b}]0;otsikko\u{7} ja \u{9b}2J",
        "\u{200f}שלום עולם",
        "مرحبا بالعالم",
        "\u{202e}käännetty\u{202c} ja \u{2066}eristetty\u{2069}",
        "perhe 👩‍👩‍👧 juhla 🎉 ok",
        "rivi\nvaihto ja\r\nwindows",
        "-> nuoli alussa",
        "– ajatusviiva alussa",
        "• luettelomerkki tekstissä",
        "(3 ääntä) sulut alussa",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("漢字仮名交じり文".repeat(12));
    v.push(format!("{} loppu", "sana ".repeat(2000)));
    v.push("x".repeat(10_000));
    v
}

/// A session full of hostile text: ideas, sub-points, theme names, title, agenda,
/// parking lot, actions and notes.
pub fn hostile_session() -> Session {
    let day = NaiveDate::from_ymd_opt(2024, 5, 6).unwrap();
    let set = ThemeSet {
        key: "vihamielinen".into(),
        name: foorumi::model::Names::same("Vihamielinen"),
        description: String::new(),
        themes: vec![
            Theme::new("html", "<Tilat> & \"salit\""),
            Theme::new("md", "Teema *tähdillä* | putkella"),
            Theme {
                key: "ala".into(),
                parent: Some("md".into()),
                name: foorumi::model::Names::same("Alateema [linkki](x)"),
                description: "<script>kuvaus</script> *ei korostusta*".into(),
            },
        ],
    };
    let mut s = Session::new("Foorumi <script>alert(1)</script> & *x*", Some(day), &set);
    s.subtitle = "# alaotsikko | ]]>".into();
    s.place = "Sali <b>1</b>".into();
    s.organisers = vec!["=cmd|' /C calc'!A0".into(), "Järjestö & kunta".into()];
    s.participants = Some(12);
    s.start = NaiveTime::from_hms_opt(9, 0, 0);
    s.end = NaiveTime::from_hms_opt(11, 30, 0);
    s.intro = "Ensimmäinen <kappale>.\n\n1. toinen *kappale*\n\n\u{1b}[2J kolmas".into();
    s.groups = 3;
    let texts = hostile_texts();
    let keys = [Some("html"), Some("md"), Some("ala"), None];
    for (i, text) in texts.iter().enumerate() {
        let id = IdeaId(i as u64 + 1);
        let mut idea = Idea::new(id, text, keys[i % keys.len()], at(day, 9, i as u32 % 60));
        idea.votes = (i % 3) as u32;
        idea.group = Some((i % 3) as u32 + 1);
        if i % 5 == 0 {
            idea.sub_points = vec![texts[(i + 7) % texts.len()].clone(), "<i>ala</i>".into()];
        }
        s.ideas.push(idea);
    }
    s.next_id = texts.len() as u64 + 1;
    s.agenda = vec![AgendaItem {
        title: "Avaus <script>".into(),
        start: NaiveTime::from_hms_opt(9, 0, 0),
        minutes: 15,
        kind: AgendaKind::Opening,
        prompt: "Mitä *odotatte*? | =1+1".into(),
    }];
    s.parking = vec![ParkingItem {
        text: "=HYPERLINK(\"x\") <b>parkissa</b>".into(),
        created: at(day, 10, 0),
        from_idea: Some(IdeaId(1)),
        sub_points: Vec::new(),
    }];
    s.actions = vec![ActionItem {
        text: "Selvitä | putki ja <script>".into(),
        owner: "Kunta & \"järjestö\"".into(),
        due: NaiveDate::from_ymd_opt(2024, 6, 1),
        status: ActionStatus::Partly,
        ideas: vec![IdeaId(2)],
    }];
    s.notes = vec!["Muistiinpano <script>x</script>\n\n# ei otsikko".into()];
    s.language = Lang::Fi;
    s
}

/// One part of a .docx archive as text.
pub fn docx_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("docx is a zip");
    let mut part = zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    part.read_to_string(&mut text).expect("part is UTF-8");
    text
}

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text content of word/document.xml, one line per paragraph:
/// `style [bullet level] | text`; table rows as `table | cell | cell …`.
pub fn docx_dump(bytes: &[u8]) -> String {
    let xml = docx_part(bytes, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).expect("document.xml is well-formed XML");
    let body = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "body")))
        .expect("w:body");
    let text_of = |n: roxmltree::Node| -> String {
        n.descendants()
            .filter(|d| d.has_tag_name((W, "t")))
            .filter_map(|d| d.text())
            .collect()
    };
    let attr = |n: roxmltree::Node, tag: &str| -> Option<String> {
        n.descendants()
            .find(|d| d.has_tag_name((W, tag)))
            .and_then(|d| d.attribute((W, "val")))
            .map(str::to_string)
    };
    let mut out = String::new();
    for child in body.children().filter(|c| c.is_element()) {
        if child.has_tag_name((W, "p")) {
            let style = attr(child, "pStyle").unwrap_or_else(|| "-".into());
            let bullet = attr(child, "ilvl")
                .map(|l| format!(" [bullet {l}]"))
                .unwrap_or_default();
            out.push_str(&format!("{style}{bullet} | {}\n", text_of(child)));
        } else if child.has_tag_name((W, "tbl")) {
            for row in child.children().filter(|r| r.has_tag_name((W, "tr"))) {
                let cells: Vec<String> = row
                    .children()
                    .filter(|c| c.has_tag_name((W, "tc")))
                    .map(text_of)
                    .collect();
                out.push_str(&format!("table | {}\n", cells.join(" | ")));
            }
        }
    }
    out
}
