//! The room on the board: F10 opens it and shows the QR code (dark on light whatever the
//! palette), F12 the inbox; accepting, choosing a theme, editing, merging and rejecting
//! are undoable steps that go to the journal.

mod common;

use common::*;
use crossterm::event::KeyCode;
use foorumi::model::{Change, InboxItem, Source};
use foorumi::tui::room::RoomInfo;
use foorumi::tui::{Action, Effect, update};
use ratatui::style::Color;

const URL: &str = "http://127.0.0.1:8737/j/K7QFM2XA";

fn session_2019() -> foorumi::model::Session {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/2019-04-17-kumppanuuspoyta.ron"
    );
    foorumi::store::load(std::path::Path::new(path)).unwrap()
}

fn info() -> RoomInfo {
    RoomInfo {
        url: URL.into(),
        short_url: "http://127.0.0.1:8737/".into(),
        code: "K7QF-M2XA".into(),
        interface: "wlan0".into(),
        qr: foorumi::room::qr::modules(URL).unwrap(),
    }
}

fn item(n: usize, text: &str, theme: Option<&str>, name: &str) -> InboxItem {
    InboxItem {
        text: text.into(),
        theme: theme.map(str::to_string),
        source: Source {
            participant: format!("phone{n:04}"),
            submission: format!("sub{n:06}"),
            name: name.into(),
            organisation: String::new(),
        },
        received: now(),
    }
}

/// A board on the 2019 session with three phone ideas waiting.
fn with_inbox() -> foorumi::tui::App {
    let mut app = app_on(session_2019(), foorumi::model::Lang::Fi);
    let key = app.session.themes[0].key.clone();
    let arrivals = vec![
        item(
            1,
            "Yhteiset tilat iltaisin järjestöjen käyttöön",
            Some(&key),
            "Aino, Eläkeläiset ry",
        ),
        item(2, "Avustushaku yhdellä lomakkeella", None, ""),
        item(3, "Kumppanuuspöytä kahdesti vuodessa", None, "Pekka"),
    ];
    let change = Change::Batch(
        arrivals
            .into_iter()
            .map(|item| Change::AddInboxItem {
                item: Box::new(item),
                position: None,
            })
            .collect(),
    );
    update(&mut app, Action::Arrived(change));
    app
}

#[test]
fn f10_opens_the_room_and_shows_the_qr_view_80x24() {
    let mut app = app_on(session_2019(), foorumi::model::Lang::Fi);
    assert_eq!(
        press(&mut app, KeyCode::F(10)),
        Some(vec![Effect::OpenRoom])
    );
    update(&mut app, Action::RoomOpened(Ok(info())));
    insta::assert_snapshot!(screen(&mut app, 80, 24));
    // The same key closes it from the QR view.
    assert_eq!(
        press(&mut app, KeyCode::F(10)),
        Some(vec![Effect::CloseRoom])
    );
}

/// F5 from the QR view shows the code large in presentation mode (a Tab page there while
/// the room is open, none when it is closed).
#[test]
fn f5_from_the_room_shows_the_qr_large_in_presentation_80x24() {
    use foorumi::tui::mode::{Mode, Showing};
    let mut app = app_on(session_2019(), foorumi::model::Lang::Fi);
    update(&mut app, Action::RoomOpened(Ok(info())));
    press(&mut app, KeyCode::F(5));
    assert_eq!(
        app.mode,
        Mode::Present {
            show: Showing::Room
        }
    );
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("http://127.0.0.1:8737/"), "{shown}");
    insta::assert_snapshot!(shown);
    // Tab goes round every page, the room's included.
    let mut pages = Vec::new();
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
        if let Mode::Present { show } = app.mode {
            pages.push(show);
        }
    }
    assert_eq!(
        pages,
        [
            Showing::Timer,
            Showing::Prompt,
            Showing::Theme,
            Showing::Ranking,
            Showing::Room
        ]
    );
    // With the room closed there is no such page.
    update(&mut app, Action::RoomClosed);
    let mut pages = Vec::new();
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
        if let Mode::Present { show } = app.mode {
            pages.push(show);
        }
    }
    assert!(!pages.contains(&Showing::Room), "{pages:?}");
    assert_eq!(pages.len(), 5, "still presenting");
}

#[test]
fn the_qr_code_is_dark_on_light_with_a_quiet_zone_in_every_palette() {
    use foorumi::tui::style::{Palette, Styles};
    for palette in [Palette::Projector, Palette::Dark, Palette::Light] {
        let mut app = app_on(session_2019(), foorumi::model::Lang::Fi);
        app.styles = Styles::new(palette, false);
        update(&mut app, Action::RoomOpened(Ok(info())));
        update(
            &mut app,
            Action::Resize {
                width: 80,
                height: 24,
            },
        );
        let buf = render(&app, 80, 24);
        let modules = info().qr;
        let colour = |dark: bool| {
            if dark {
                Color::Rgb(0, 0, 0)
            } else {
                Color::Rgb(255, 255, 255)
            }
        };
        // The body starts below the status line; each cell holds two modules.
        for (row, pair) in modules.chunks(2).enumerate() {
            for (col, &top) in pair[0].iter().enumerate() {
                let bottom = pair.get(1).is_some_and(|r| r[col]);
                let cell = &buf[(col as u16, 1 + row as u16)];
                assert_eq!(cell.symbol(), "▀");
                assert_eq!(
                    (cell.fg, cell.bg),
                    (colour(top), colour(bottom)),
                    "cell {col},{row} in {palette:?}"
                );
            }
        }
        assert!(
            modules[0].iter().all(|d| !d) && modules.iter().all(|r| !r[0]),
            "quiet zone"
        );
    }
}

#[test]
fn the_inbox_80x24_and_its_count_on_the_status_line() {
    let mut app = with_inbox();
    let board = screen(&mut app, 80, 24);
    assert!(
        board.lines().next().unwrap().contains("Saapuneet 3"),
        "{board}"
    );
    press(&mut app, KeyCode::F(12));
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn enter_accepts_into_the_suggested_theme_with_its_source_and_undo_brings_it_back() {
    let mut app = with_inbox();
    let key = app.session.themes[0].key.clone();
    press(&mut app, KeyCode::F(12));
    let effects = press(&mut app, KeyCode::Enter).unwrap();
    assert!(
        matches!(effects.as_slice(), [Effect::Record(Change::Batch(_))]),
        "{effects:?}"
    );
    let idea = app.session.ideas.last().unwrap();
    assert_eq!(idea.text, "Yhteiset tilat iltaisin järjestöjen käyttöön");
    assert_eq!(idea.theme.as_deref(), Some(key.as_str()));
    assert_eq!(idea.source.as_ref().unwrap().name, "Aino, Eläkeläiset ry");
    assert_eq!(app.session.inbox.len(), 2);
    let said = &app.status.as_ref().unwrap().text;
    assert!(
        said.starts_with(&format!(
            "Hyväksytty teemaan {}",
            app.session.themes[0].name.fi
        )),
        "{said}"
    );
    update(&mut app, Action::Undo);
    assert_eq!(app.session.inbox.len(), 3);
    assert!(app.session.ideas.iter().all(|i| i.source.is_none()));
}

#[test]
fn a_digit_accepts_into_that_theme_and_x_rejects() {
    let mut app = with_inbox();
    press(&mut app, KeyCode::F(12));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('2'));
    let second_tile = app.tiles()[1][0];
    let key = app.slot_key(second_tile).map(str::to_string);
    let idea = app.session.ideas.last().unwrap();
    assert_eq!(idea.text, "Avustushaku yhdellä lomakkeella");
    assert_eq!(idea.theme, key);
    let before = app.session.ideas.len();
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(
        app.session.ideas.len(),
        before,
        "rejecting adds nothing to the wall"
    );
    assert_eq!(app.session.inbox.len(), 1);
}

#[test]
fn e_edits_the_text_before_accepting() {
    let mut app = with_inbox();
    press(&mut app, KeyCode::F(12));
    press(&mut app, KeyCode::Char('e'));
    update(&mut app, Action::ClearLine);
    type_text(&mut app, "Tilat iltakäyttöön");
    let effects = press(&mut app, KeyCode::Enter).unwrap();
    assert!(matches!(
        effects.as_slice(),
        [Effect::Record(Change::EditInboxItem { .. })]
    ));
    assert_eq!(app.session.inbox[0].text, "Tilat iltakäyttöön");
    assert!(matches!(app.mode, foorumi::tui::mode::Mode::Inbox { .. }));
}

#[test]
fn m_merges_into_the_most_similar_idea_on_the_wall() {
    let mut app = with_inbox();
    // An idea like the third inbox item is on the wall already.
    type_text(&mut app, "Kumppanuuspöytä useammin, kahdesti vuodessa");
    update(&mut app, Action::Submit);
    let ideas = app.session.ideas.len();
    press(&mut app, KeyCode::F(12));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.session.ideas.len(), ideas, "merged, not added");
    let kept = app
        .session
        .ideas
        .iter()
        .find(|i| i.text.starts_with("Kumppanuuspöytä useammin"))
        .unwrap();
    assert!(
        kept.sub_points
            .contains(&"Kumppanuuspöytä kahdesti vuodessa (puhelimesta: Pekka)".to_string()),
        "{kept:?}"
    );
    assert_eq!(app.session.inbox.len(), 2);
}

/// Merged into an idea typed on the board, the phone idea's own source would vanish with
/// it: its wording keeps it, in every format.
#[test]
fn a_merged_phone_idea_keeps_its_sender_in_every_export() {
    use foorumi::export::{Format, Options, render};
    let mut app = with_inbox();
    type_text(&mut app, "Kumppanuuspöytä useammin, kahdesti vuodessa");
    update(&mut app, Action::Submit);
    press(&mut app, KeyCode::F(12));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    let s = &app.session;
    let options = Options::for_session(s);
    for format in [
        Format::Txt,
        Format::Md,
        Format::Html,
        Format::Csv,
        Format::Json,
    ] {
        let out = String::from_utf8(render(s, format, &options)).unwrap();
        assert!(
            out.contains("Kumppanuuspöytä kahdesti vuodessa (puhelimesta: Pekka)"),
            "{format:?}: {out}"
        );
    }
    let docx = render(s, Format::Docx, &options);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains("(puhelimesta: Pekka)"), "docx");
    // One step: undo brings the phone idea back to the inbox with its source.
    update(&mut app, Action::Undo);
    assert_eq!(app.session.inbox.len(), 3);
    assert_eq!(app.session.inbox[2].source.name, "Pekka");
}

#[test]
fn auto_accept_is_a_recorded_undoable_setting() {
    let mut app = with_inbox();
    press(&mut app, KeyCode::F(12));
    let effects = press(&mut app, KeyCode::Char('a')).unwrap();
    assert!(matches!(
        effects.as_slice(),
        [Effect::Record(Change::SetRoomRules { .. })]
    ));
    assert!(app.session.room.auto_accept);
    update(&mut app, Action::Undo);
    assert!(!app.session.room.auto_accept);
}

#[test]
fn on_a_big_screen_each_module_is_a_whole_cell_row_two_columns_wide() {
    let mut app = app_on(session_2019(), foorumi::model::Lang::Fi);
    update(&mut app, Action::RoomOpened(Ok(info())));
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 45,
        },
    );
    let buf = render(&app, 120, 45);
    let modules = info().qr;
    for (row, line) in modules.iter().enumerate() {
        for (col, &dark) in line.iter().enumerate() {
            let want = if dark {
                Color::Rgb(0, 0, 0)
            } else {
                Color::Rgb(255, 255, 255)
            };
            for dx in 0..2 {
                let cell = &buf[(2 * col as u16 + dx, 1 + row as u16)];
                assert_eq!(
                    (cell.symbol(), cell.fg, cell.bg),
                    ("█", want, want),
                    "module {col},{row}"
                );
            }
        }
    }
}
