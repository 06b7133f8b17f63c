//! The command line for running a series of meetings: `foorumi new --from`, actions and
//! the parking lot from the shell (also while a board has the session open), and what the
//! exports then say.

use chrono::NaiveDate;
use foorumi::model::{
    ActionItem, ActionStatus, AgendaKind, Change, Idea, IdeaId, Lang, ParkingItem, Session,
    ThemeSet,
};
use foorumi::store::SessionFile;

mod common;

use common::{foorumi, text};
use std::process::Output;

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn at() -> foorumi::model::Timestamp {
    chrono::DateTime::parse_from_rfc3339("2019-04-17T14:00:00+03:00").unwrap()
}

fn kumppanuus() -> ThemeSet {
    foorumi::bundled::theme_set("kumppanuus").unwrap()
}

/// The 17.4.2019 table as it ended: actions in every status, a parking lot with
/// sub-points, a theme added during the meeting and an idea.
fn spring_table(language: Lang) -> Session {
    let mut s = Session::new(
        "Järjestöjen kumppanuuspöytä",
        NaiveDate::from_ymd_opt(2019, 4, 17),
        &kumppanuus(),
    );
    s.language = language;
    s.place = "Maakuntatalo".into();
    s.themes
        .push(foorumi::model::Theme::new("hyte", "Hyte-yhteistyö"));
    s.ideas.push(Idea::new(
        IdeaId(1),
        "Yhteinen kalenteri",
        Some("viestinta"),
        at(),
    ));
    s.next_id = 2;
    for (text, status) in [
        ("Hyte-palvelutarjotin", ActionStatus::Done),
        ("Yhteiset työkalut", ActionStatus::Partly),
        ("Järjestöinfo kunnille", ActionStatus::Open),
        ("Oma Facebook-sivu", ActionStatus::NotDone),
    ] {
        let mut a = ActionItem::new(text);
        a.status = status;
        a.ideas = vec![IdeaId(1)];
        s.actions.push(a);
    }
    let mut p = ParkingItem::new("Maakunnan avustukset", at());
    p.sub_points = vec!["kysytään valmistelusta".into()];
    p.from_idea = Some(IdeaId(7));
    s.parking.push(p);
    s
}

#[test]
fn new_from_carries_open_actions_and_the_parking_lot() {
    let dir = tempfile::tempdir().unwrap();
    let prev = dir.path().join("kevät.ron");
    drop(SessionFile::create(&prev, &spring_table(Lang::Fi)).unwrap());
    let before = std::fs::read(&prev).unwrap();
    let next = dir.path().join("syksy.ron");
    let out = foorumi(
        dir.path(),
        &[
            "new",
            next.to_str().unwrap(),
            "--from",
            prev.to_str().unwrap(),
            "--date",
            "18.9.2019",
        ],
    );
    let printed = ok(&out);
    assert!(printed.contains("Luotu"), "{printed}");
    assert!(
        printed.contains("Jatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019"),
        "{printed}"
    );
    assert!(
        printed.contains(
            "siirrettiin toimenpiteitä: 2 (avoimia 1, osittain toteutuneita 1); parkkipaikan asioita: 1"
        ),
        "{printed}"
    );
    assert!(
        printed.contains("toteutuneita tai toteutumattomia toimenpiteitä: 2"),
        "{printed}"
    );

    let s = SessionFile::open(&next).unwrap().session;
    assert_eq!(s.title, "Järjestöjen kumppanuuspöytä");
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2019, 9, 18));
    let actions: Vec<(&str, ActionStatus)> = s
        .actions
        .iter()
        .map(|a| (a.text.as_str(), a.status))
        .collect();
    assert_eq!(
        actions,
        [
            ("Yhteiset työkalut", ActionStatus::Partly),
            ("Järjestöinfo kunnille", ActionStatus::Open)
        ]
    );
    assert!(s.actions.iter().all(|a| a.ideas.is_empty()));
    assert_eq!(s.parking.len(), 1);
    assert_eq!(s.parking[0].sub_points, ["kysytään valmistelusta"]);
    assert_eq!(s.parking[0].from_idea, None);
    assert_eq!(s.agenda.len(), 1);
    assert_eq!(
        s.agenda[0].title,
        "Edellisen kerran toimenpiteet ja parkkipaikka"
    );
    assert_eq!(s.agenda[0].kind, AgendaKind::Discussion);
    // The themes as the previous session ended, the theme added during it included.
    assert!(s.theme("hyte").is_some());
    assert!(s.ideas.is_empty());
    assert_eq!(s.place, "Maakuntatalo");
    let link = s.previous.as_ref().unwrap();
    assert_eq!(link.date, NaiveDate::from_ymd_opt(2019, 4, 17));
    // The previous session was only read.
    assert_eq!(std::fs::read(&prev).unwrap(), before);

    // A theme set replaces the themes; a title of its own.
    let other = dir.path().join("toinen.ron");
    ok(&foorumi(
        dir.path(),
        &[
            "new",
            other.to_str().unwrap(),
            "--from",
            prev.to_str().unwrap(),
            "--themes",
            "turku-2015",
            "--title",
            "Syyspöytä",
        ],
    ));
    let s = SessionFile::open(&other).unwrap().session;
    assert_eq!(s.title, "Syyspöytä");
    assert_eq!(s.theme_set, "turku-2015");
    assert!(s.theme("hyte").is_none());
    assert_eq!(s.actions.len(), 2);
}

#[test]
fn new_from_reads_a_session_open_on_a_board_with_its_journal() {
    let dir = tempfile::tempdir().unwrap();
    let prev = dir.path().join("auki.ron");
    let mut spring = spring_table(Lang::Sv);
    let mut board = SessionFile::create(&prev, &spring).unwrap();
    // A change the board made, only in the journal so far.
    let change = foorumi::model::add_action("Ny åtgärd", "Kommunen", None, &[]);
    spring.apply(change.clone()).unwrap();
    board.record(&change).unwrap();
    let journal = dir.path().join("auki.ron.journal");
    let before = (
        std::fs::read(&prev).unwrap(),
        std::fs::read(&journal).unwrap(),
    );
    let next = dir.path().join("nästa.ron");
    let out = foorumi(
        dir.path(),
        &[
            "--lang",
            "en",
            "new",
            next.to_str().unwrap(),
            "--from",
            prev.to_str().unwrap(),
        ],
    );
    let printed = ok(&out);
    assert!(
        printed.contains("actions: 3 (open 2, partly done 1); parking-lot items: 1"),
        "{printed}"
    );
    let s = SessionFile::open(&next).unwrap().session;
    assert_eq!(s.actions.last().unwrap().text, "Ny åtgärd");
    assert_eq!(s.actions.last().unwrap().owner, "Kommunen");
    // The review item speaks the session's language, not the command line's.
    assert_eq!(s.language, Lang::Sv);
    assert_eq!(
        s.agenda[0].title,
        "Åtgärder och parkeringsplats från förra gången"
    );
    assert_eq!(s.date, Some(chrono::Local::now().date_naive()));
    let after = (
        std::fs::read(&prev).unwrap(),
        std::fs::read(&journal).unwrap(),
    );
    assert!(before == after, "the previous session was written to");
    drop(board);
}

#[test]
fn new_from_errors_name_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("ei-ole.ron");
    let next = dir.path().join("n.ron");
    let n = next.to_str().unwrap();
    let out = foorumi(dir.path(), &["new", n, "--from", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("ei-ole.ron"),
        "{}",
        text(&out.stderr)
    );
    assert!(!next.exists());

    let prev = dir.path().join("p.ron");
    drop(SessionFile::create(&prev, &spring_table(Lang::Fi)).unwrap());
    let p = prev.to_str().unwrap();
    let out = foorumi(dir.path(), &["new", n, "--from", p, "--themes", "ei-ole"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("'ei-ole'"));
    let out = foorumi(dir.path(), &["new", n, "--from", p, "--date", "32.1.2020"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("32.1.2020"));
    // Starting the next session over the previous one is refused.
    let out = foorumi(dir.path(), &["new", p, "--from", p]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("on jo olemassa"));
    assert!(!next.exists());
    let out = foorumi(dir.path(), &["new", n, "--from"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn add_action_and_parking_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let p = path.to_str().unwrap();
    ok(&foorumi(dir.path(), &["new", p]));
    let out = foorumi(
        dir.path(),
        &[
            "add",
            p,
            "--action",
            "Selvitä",
            "koulujen",
            "tilat",
            "--owner",
            "Sivistystoimi",
            "--due",
            "31.1.2020",
        ],
    );
    assert_eq!(
        ok(&out).trim(),
        "Toimenpide lisätty: Selvitä koulujen tilat"
    );
    let out = foorumi(dir.path(), &["add", p, "--action", "Järjestöinfo"]);
    ok(&out);
    let out = foorumi(
        dir.path(),
        &[
            "--lang",
            "en",
            "add",
            p,
            "--parking",
            "Maakunnan\tavustukset\u{1b}[2J",
        ],
    );
    assert_eq!(
        ok(&out).trim(),
        "Added to the parking lot: Maakunnan avustukset"
    );
    let s = SessionFile::open(&path).unwrap().session;
    assert_eq!(s.actions.len(), 2);
    let a = &s.actions[0];
    assert_eq!(a.text, "Selvitä koulujen tilat");
    assert_eq!(a.owner, "Sivistystoimi");
    assert_eq!(a.due, NaiveDate::from_ymd_opt(2020, 1, 31));
    assert_eq!(a.status, ActionStatus::Open);
    assert_eq!(s.actions[1].owner, "");
    assert_eq!(s.parking.len(), 1);
    assert_eq!(s.parking[0].text, "Maakunnan avustukset");
    assert!(s.ideas.is_empty());
}

#[test]
fn add_errors_are_usage_errors_or_name_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.ron");
    let p = path.to_str().unwrap();
    ok(&foorumi(dir.path(), &["new", p]));
    let journal = dir.path().join("e.ron.journal");
    let before = std::fs::read(&journal).unwrap();
    // Exactly one of --theme, --action and --parking; options only where they belong.
    for args in [
        vec!["add", p],
        vec!["add", p, "--theme", "tilat", "x", "--action", "y"],
        vec!["add", p, "--action", "x", "--parking", "y"],
        vec!["add", p, "--parking", "x", "--owner", "Kunta"],
        vec!["add", p, "--theme", "tilat", "x", "--due", "1.1.2020"],
        vec!["add", p, "--action", "x", "--group", "2"],
        vec!["add", p, "--theme", "tilat"],
        vec!["add", p, "--action"],
        vec!["add", p, "loose", "words", "--parking", "x"],
    ] {
        let out = foorumi(dir.path(), &args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let out = foorumi(
        dir.path(),
        &["add", p, "--action", "x", "--due", "31.2.2020"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("'31.2.2020'"),
        "{}",
        text(&out.stderr)
    );
    let out = foorumi(dir.path(), &["add", p, "--action", "\u{1b}[2J", " "]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("toimenpiteen teksti on tyhjä"));
    let out = foorumi(dir.path(), &["--lang", "sv", "add", p, "--parking", ""]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("parkeringsplatsen är tom"));
    let out = foorumi(
        dir.path(),
        &[
            "add",
            dir.path().join("ei.ron").to_str().unwrap(),
            "--action",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("ei.ron"));
    // Nothing was written by any of them.
    assert_eq!(std::fs::read(&journal).unwrap(), before);
}

#[test]
fn add_while_a_board_is_open_shows_up_in_its_poll() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lauta.ron");
    let p = path.to_str().unwrap();
    let mut session = spring_table(Lang::Fi);
    // The board: the writer of the session, as `foorumi PATH` holds it.
    let mut board = SessionFile::create(&path, &session).unwrap();
    ok(&foorumi(
        dir.path(),
        &["add", p, "--action", "Tilakartoitus", "--owner", "Kunta"],
    ));
    ok(&foorumi(dir.path(), &["add", p, "--parking", "Avaimet"]));
    let changes = board.poll().unwrap();
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert!(matches!(
        &changes[0],
        Change::AddAction { action, position: None } if action.text == "Tilakartoitus"
    ));
    assert!(matches!(
        &changes[1],
        Change::AddParkingItem { item, position: None } if item.text == "Avaimet"
    ));
    for c in changes {
        session.apply(c).unwrap();
    }
    assert_eq!(session.actions.len(), 5);
    assert_eq!(session.actions[4].owner, "Kunta");
    assert_eq!(session.parking.len(), 2);

    // The board edits action 0 before it has seen the next append: the store rebases,
    // and the action added from the shell still lands last.
    ok(&foorumi(dir.path(), &["add", p, "--action", "Toinen"]));
    let edit = foorumi::model::set_action_status(&session, 0, ActionStatus::Partly).unwrap();
    session.apply(edit.clone()).unwrap();
    board.record(&edit).unwrap();
    for c in board.poll().unwrap() {
        session.apply(c).unwrap();
    }
    assert_eq!(session.actions.len(), 6);
    assert_eq!(session.actions[5].text, "Toinen");
    assert_eq!(session.actions[0].status, ActionStatus::Partly);
    drop(board);
    // What the board shows is what is on disk.
    assert_eq!(SessionFile::open(&path).unwrap().session, session);
}

#[test]
fn exports_show_votes_ranking_parking_actions_and_the_series() {
    let dir = tempfile::tempdir().unwrap();
    let prev = dir.path().join("kevät.ron");
    drop(SessionFile::create(&prev, &spring_table(Lang::Fi)).unwrap());
    let path = dir.path().join("syksy.ron");
    let p = path.to_str().unwrap();
    ok(&foorumi(
        dir.path(),
        &[
            "new",
            p,
            "--from",
            prev.to_str().unwrap(),
            "--date",
            "18.9.2019",
        ],
    ));
    for (theme, idea) in [
        ("tilat", "Koulujen tilat iltaisin"),
        ("avustukset", "Hakuaika samaksi"),
        ("viestinta", "Yhteinen kalenteri"),
    ] {
        ok(&foorumi(dir.path(), &["add", p, "--theme", theme, idea]));
    }
    ok(&foorumi(
        dir.path(),
        &[
            "add",
            p,
            "--action",
            "Tilakartoitus",
            "--owner",
            "Sivistystoimi",
            "--due",
            "31.1.2020",
        ],
    ));
    ok(&foorumi(dir.path(), &["add", p, "--parking", "Avaimet"]));
    // Votes are given on the board; hidden there, but the summary always has them.
    {
        let opened = SessionFile::open(&path).unwrap();
        let (mut file, mut s) = (opened.file, opened.session);
        let hide = foorumi::model::set_voting_rules(&s, |r| r.hidden = true);
        for change in [
            hide,
            Change::Vote {
                id: IdeaId(2),
                delta: 4,
            },
            Change::Vote {
                id: IdeaId(1),
                delta: 2,
            },
        ] {
            s.apply(change.clone()).unwrap();
            file.record(&change).unwrap();
        }
    }
    let txt = ok(&foorumi(
        dir.path(),
        &["export", p, "--format", "txt", "--full"],
    ));
    assert!(
        txt.starts_with(
            "YHTEENVETO 18.9.2019 JÄRJESTÖJEN KUMPPANUUSPÖYDÄN RYHMÄTÖISTÄ\n\nJatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019\n\n"
        ),
        "{txt}"
    );
    assert!(txt.contains("• Hakuaika samaksi (4 ääntä)\n"), "{txt}");
    assert!(
        txt.contains(
            "Äänestyksen tulos\n\n1. Hakuaika samaksi (4 ääntä)\n   – Avustukset\n2. Koulujen tilat iltaisin (2 ääntä)\n   – Tilat\n\n"
        ),
        "{txt}"
    );
    assert!(
        !txt.contains("Yhteinen kalenteri ("),
        "no votes, no count: {txt}"
    );
    assert!(
        txt.contains("Ohjelma\n\n• Edellisen kerran toimenpiteet ja parkkipaikka\n"),
        "{txt}"
    );
    assert!(
        txt.contains(
            "Parkkipaikka\n\n• Maakunnan avustukset\n  – kysytään valmistelusta\n• Avaimet\n"
        ),
        "{txt}"
    );
    assert!(
        txt.contains(
            "• Tilakartoitus\n  – Vastuutaho: Sivistystoimi\n  – Määräaika: 31.1.2020\n  – Tila: avoin\n"
        ),
        "{txt}"
    );
    assert!(
        txt.contains("• Yhteiset työkalut\n  – Tila: toteutuu osittain\n"),
        "{txt}"
    );

    let md = ok(&foorumi(dir.path(), &["export", p, "--format", "md"]));
    assert!(
        md.contains("*Jatkoa tilaisuudelle Järjestöjen kumppanuuspöytä 17.4.2019*\n"),
        "{md}"
    );
    assert!(md.contains("- Hakuaika samaksi (4 ääntä)\n"), "{md}");
    assert!(
        md.contains(
            "## Äänestyksen tulos\n\n| Sija | Idea | Teema | Äänet |\n| --- | --- | --- | --- |\n| 1 | Hakuaika samaksi | Avustukset | 4 |\n| 2 | Koulujen tilat iltaisin | Tilat | 2 |\n"
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "## Parkkipaikka\n\n- Maakunnan avustukset\n  - kysytään valmistelusta\n- Avaimet\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("| Tilakartoitus | Sivistystoimi | 31.1.2020 | avoin |\n"),
        "{md}"
    );
    assert!(md.contains("## Ohjelma\n\n- Edellisen kerran toimenpiteet ja parkkipaikka\n"));

    // The English summary of the same session.
    let en = ok(&foorumi(
        dir.path(),
        &["--lang", "en", "export", p, "--format", "txt", "--full"],
    ));
    assert!(
        en.contains("\nVoting result\n\n1. Hakuaika samaksi (4 votes)\n"),
        "{en}"
    );
    assert!(en.contains("Follow-up to Järjestöjen kumppanuuspöytä 17.4.2019"));
    assert!(en.contains("  – Status: partly done\n"));
}
