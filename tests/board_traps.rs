//! Issue 11: a live meeting without traps — the board half, as update scripts and screens.

mod common;

use common::*;
use foorumi::tui::mode::Mode;
use foorumi::tui::{Action, update};

fn theme_texts(app: &foorumi::tui::App, key: &str) -> Vec<String> {
    app.session
        .ideas_in(Some(key))
        .map(|i| i.text.clone())
        .collect()
}

#[test]
fn a_paste_with_cr_line_ends_becomes_one_idea_per_line() {
    // tmux and most terminals send CR between pasted lines, some CRLF or LF.
    for raw in [
        "Kirjasto\rNuorisotalo\rSeurakuntatalo",
        "Kirjasto\r\nNuorisotalo\r\nSeurakuntatalo\r\n",
        "Kirjasto\n\nNuorisotalo\nSeurakuntatalo",
    ] {
        let mut app = demo_app();
        update(&mut app, Action::JumpTheme(5));
        update(&mut app, Action::Paste(raw.into()));
        let texts = theme_texts(&app, "tilat");
        assert_eq!(
            texts[5..],
            ["Kirjasto", "Nuorisotalo", "Seurakuntatalo"],
            "{raw:?}"
        );
        assert_eq!(app.mode, Mode::Capture);
    }
}

#[test]
fn one_more_minute_in_1_2_4_all_lengthens_the_current_phase() {
    let mut app = demo_app();
    update(&mut app, Action::TimerNew);
    type_text(&mut app, "1-2-4");
    update(&mut app, Action::Submit);
    // 70 s in: the pairs (step 2 of 4) have 1:50 left.
    update(&mut app, Action::Tick(std::time::Duration::from_secs(70)));
    let before = app.timer_reading().unwrap();
    assert_eq!((before.step, before.clock()), (1, "1:50".to_string()));
    update(&mut app, Action::TimerAddMinute);
    let after = app.timer_reading().unwrap();
    assert_eq!((after.step, after.clock()), (1, "2:50".to_string()));
}

fn key(code: crossterm::event::KeyCode) -> Action {
    use crossterm::event::{KeyEvent, KeyModifiers};
    Action::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn help_scroll(app: &foorumi::tui::App) -> u16 {
    match app.mode {
        Mode::Help { scroll, .. } => scroll,
        _ => panic!("not in help: {:?}", app.mode),
    }
}

#[test]
fn help_scrolls_with_arrows_pages_home_end_and_the_wheel_at_80x24() {
    use crossterm::event::KeyCode;
    let mut app = demo_app();
    screen(&mut app, 80, 24);
    update(&mut app, key(KeyCode::F(1)));
    let first = screen(&mut app, 80, 24);
    let close = "Sulje ohje: Esc tai F1";
    assert!(first.contains("riviä lisää"), "{first}");
    assert!(!first.lines().any(|l| l.trim() == close), "{first}");
    update(&mut app, key(KeyCode::Down));
    assert_eq!(help_scroll(&app), 1);
    update(&mut app, key(KeyCode::PageDown));
    assert_eq!(help_scroll(&app), 11);
    update(&mut app, Action::Wheel(3));
    assert_eq!(help_scroll(&app), 14);
    update(&mut app, Action::Wheel(-3));
    assert_eq!(help_scroll(&app), 11);
    // End shows the last line; one ↑ from there moves at once (no scrolling past the end).
    update(&mut app, key(KeyCode::End));
    let end = screen(&mut app, 80, 24);
    assert!(end.lines().any(|l| l.trim() == close), "{end}");
    let last = help_scroll(&app);
    update(&mut app, key(KeyCode::Up));
    assert_eq!(help_scroll(&app), last - 1);
    update(&mut app, key(KeyCode::Home));
    assert_eq!(help_scroll(&app), 0);
    assert!(screen(&mut app, 80, 24).contains("Ohje — näppäimet"));
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.mode, Mode::Capture);
}

#[test]
fn help_is_grouped_by_task_and_names_where_a_list_key_works() {
    let mut app = demo_app();
    update(&mut app, Action::Help);
    let all = screen(&mut app, 100, 200);
    let at = |text: &str| {
        all.find(text)
            .unwrap_or_else(|| panic!("{text} not in help:\n{all}"))
    };
    // Sections follow the meeting: capture, organize, running it, voting, parking, tidying.
    let order = [
        "Ideoiden kirjaaminen",
        "Ideoiden järjestely",
        "Kokouksen kulku",
        "Äänestys",
        "Parkkipaikka ja toimenpiteet",
        "Siistiminen, yhdistäminen ja vienti",
    ];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{pair:?}\n{all}");
    }
    // `n` and Enter mean different things in two lists: each line says which list.
    assert!(all.contains("uusi ohjelmakohta  [Ohjelma]"), "{all}");
    assert!(all.contains("uusi toimenpide  [Toimenpiteet]"), "{all}");
    assert!(all.contains("tee nykyiseksi  [Ohjelma]"), "{all}");
    assert!(
        all.contains("yhdistä pari  [Mahdolliset päällekkäiset ideat]"),
        "{all}"
    );
    // Voting keys sit together under voting.
    let voting = &all[at("Äänestys")..at("Parkkipaikka ja toimenpiteet")];
    for label in ["ääni +1", "äänestystulos", "sulje / avaa äänestys"] {
        assert!(
            voting.contains(label),
            "{label} not under voting:\n{voting}"
        );
    }
}

/// Types `text` key by key as a terminal reports it, `gap_ms` apart on the board's clock;
/// `\n` is Enter.
fn keys_typed(app: &mut foorumi::tui::App, text: &str, gap_ms: u64) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        app.clock += std::time::Duration::from_millis(gap_ms);
        let event = match c {
            '\n' => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            c if c.is_uppercase() => KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT),
            c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        };
        update(app, Action::Key(event));
    }
}

#[test]
fn leaving_a_list_returns_to_capture_so_typing_lands_in_the_capture_line() {
    use crossterm::event::KeyCode;
    let mut app = demo_app();
    update(&mut app, key(KeyCode::F(4)));
    assert!(matches!(app.mode, Mode::List { .. }));
    update(&mut app, key(KeyCode::Esc));
    assert_eq!(app.mode, Mode::Capture);
    let before = app.session.clone();
    keys_typed(&mut app, "Sali on liian pieni", 150);
    assert_eq!(app.capture.text(), "Sali on liian pieni");
    assert_eq!(app.session, before);
    // The focus view and the other lists return to capture too.
    for open in [
        Action::Focus,
        Action::OpenList(foorumi::tui::mode::ListKind::Parking),
    ] {
        update(&mut app, Action::Organize);
        update(&mut app, open);
        update(&mut app, key(KeyCode::Esc));
        assert_eq!(app.mode, Mode::Capture);
    }
}

#[test]
fn a_sentence_typed_in_organize_mode_never_edits_the_session() {
    // Each sentence starts with a command: S edits sub-points, P opens the parking lot,
    // k u is "previous idea, undo", d deletes.
    for sentence in [
        "Sali on liian pieni\n",
        "Pitäisi olla enemmän aikaa\n",
        "kumppanuus on tärkeää\n",
        "digitaaliset palvelut\n",
    ] {
        let mut app = demo_app();
        type_text(&mut app, "Uusi idea ensin");
        update(&mut app, Action::Submit);
        update(&mut app, Action::Organize);
        let before = app.session.clone();
        keys_typed(&mut app, sentence, 140);
        // Compared field by field: a failing session comparison would print 40 ideas.
        let ideas = |s: &foorumi::model::Session| format!("{:?}", s.ideas);
        assert!(
            ideas(&app.session) == ideas(&before),
            "{sentence:?} changed ideas"
        );
        assert!(app.session == before, "{sentence:?} changed the session");
        assert_eq!(app.mode, Mode::Organize, "{sentence:?}");
        let status = app.status.clone().expect("a warning");
        assert!(status.error, "{sentence:?}: {status:?}");
        assert!(status.text.contains("Esc"), "{}", status.text);
        // After a pause letters are commands again; Esc returns to typing at once.
        update(&mut app, key(crossterm::event::KeyCode::Esc));
        assert_eq!(app.mode, Mode::Capture);
    }
}

#[test]
fn deliberate_commands_and_quick_votes_still_work_in_organize_mode() {
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    // `+ + +` quickly: counting dot votes is not typing.
    keys_typed(&mut app, "+++", 80);
    assert_eq!(app.selected_idea().unwrap().votes, 3);
    // Held-down j moves the selection; letters pressed a second apart are commands.
    keys_typed(&mut app, "jjj", 30);
    assert_eq!(app.selection.idea, 3);
    keys_typed(&mut app, "S", 2000);
    assert!(matches!(app.mode, Mode::Prompt { .. }), "{:?}", app.mode);
    // `i` and typing straight after it: the idea goes into the capture line.
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    app.clock += std::time::Duration::from_secs(5);
    keys_typed(&mut app, "iTilat ovat pienet", 120);
    assert_eq!(app.mode, Mode::Capture);
    assert_eq!(app.capture.text(), "Tilat ovat pienet");
}

#[test]
fn the_capture_line_does_not_look_ready_in_organize_mode() {
    let mut app = demo_app();
    type_text(&mut app, "puoliksi kirjoitettu");
    update(&mut app, Action::Organize);
    for (w, h) in [(80, 24), (100, 30)] {
        let shown = screen(&mut app, w, h);
        let input = shown.lines().nth(usize::from(h) - 2).unwrap();
        assert!(!input.contains("Uusi idea"), "{input}");
        assert!(!input.contains('▸'), "{input}");
        assert!(
            input.starts_with(" Esc / i: jatka kirjoittamista «puoliksi kirjoitettu»"),
            "{input}"
        );
    }
    update(&mut app, Action::ClearLine);
    update(&mut app, Action::Capture);
    update(&mut app, Action::ClearLine);
    update(&mut app, Action::Organize);
    let shown = screen(&mut app, 80, 24);
    assert!(
        shown.contains(" Esc / i: takaisin kirjoittamaan — täällä kirjaimet ovat komentoja"),
        "{shown}"
    );
}

#[test]
fn votes_show_as_a_badge_at_the_start_of_the_idea_and_each_is_confirmed() {
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    // The first idea is long: at 80×24 its tile cuts it, but never its votes.
    for n in 1..=3 {
        update(&mut app, Action::VoteUp);
        let said = app.status.clone().expect("a confirmation");
        let votes = if n == 1 {
            "1 ääni".to_string()
        } else {
            format!("{n} ääntä")
        };
        assert!(
            said.text.starts_with("Ääni +1: «kumppanuuden tulee"),
            "{said:?}"
        );
        assert!(said.text.ends_with(&format!("— nyt {votes}")), "{said:?}");
        assert!(!said.error);
    }
    for (w, h) in [(80, 24), (100, 30)] {
        let shown = screen(&mut app, w, h);
        assert!(shown.contains("▶ ●●● 3 kumppanuuden tulee"), "{shown}");
        assert!(!shown.contains("(3)"), "{shown}");
    }
    update(&mut app, Action::VoteDown);
    assert!(app.status.as_ref().unwrap().text.ends_with("— nyt 2 ääntä"));
    // The focus view shows the badge too.
    update(&mut app, Action::Focus);
    let focus = screen(&mut app, 80, 24);
    assert!(focus.contains("▶ ●● 2 kumppanuuden tulee"), "{focus}");
    // Hidden totals: a dot says the idea has votes, the count stays hidden everywhere.
    update(&mut app, Action::Capture);
    update(
        &mut app,
        Action::OpenList(foorumi::tui::mode::ListKind::Ranking),
    );
    update(&mut app, Action::ToggleHidden);
    update(&mut app, Action::Cancel);
    update(&mut app, Action::Organize);
    update(&mut app, Action::JumpTheme(1));
    update(&mut app, Action::VoteUp);
    let said = app.status.clone().unwrap().text;
    assert!(said.ends_with("— nyt tulokset piilossa"), "{said}");
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("▶ ● kumppanuuden tulee"), "{shown}");
    assert!(!shown.contains("●● 3"), "{shown}");
}

fn ctrl(c: char) -> Action {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

#[test]
fn quitting_keeps_the_half_typed_idea_as_the_draft() {
    use foorumi::tui::Effect;
    for quit in ['q', 'c'] {
        let mut app = demo_app();
        type_text(&mut app, "Puoliksi kirjoitettu idea");
        let effects = update(&mut app, ctrl(quit));
        assert_eq!(
            effects,
            vec![
                Effect::Snapshot,
                Effect::SaveDraft("Puoliksi kirjoitettu idea".into()),
                Effect::Quit
            ]
        );
    }
    // Nothing typed: nothing to keep.
    let mut app = demo_app();
    assert_eq!(
        update(&mut app, ctrl('q')),
        vec![Effect::Snapshot, Effect::Quit]
    );
}

#[test]
fn ctrl_q_in_a_prompt_quits_too_but_asks_once_when_the_edit_would_be_lost() {
    use foorumi::tui::Effect;
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    update(&mut app, Action::Edit);
    // An untouched prompt still holds the idea's text: leaving would lose the edit.
    assert!(update(&mut app, ctrl('q')).is_empty());
    assert!(!app.quit);
    let said = app.status.clone().unwrap();
    assert!(said.error);
    assert_eq!(
        said.text,
        "Kesken oleva muokkaus menetetään: Ctrl+Q / Ctrl+C uudelleen lopettaa, Esc palaa muokkaamaan"
    );
    assert!(matches!(app.mode, Mode::Prompt { .. }));
    // Another key in between asks anew; quit right after the question quits.
    update(&mut app, Action::End);
    assert!(update(&mut app, ctrl('c')).is_empty());
    assert_eq!(
        update(&mut app, ctrl('q')),
        vec![Effect::Snapshot, Effect::Quit]
    );
    assert!(app.quit);
    // In lists, the help and the export screen Ctrl+Q quits at once: nothing is lost there.
    for open in [
        Action::Help,
        Action::Export,
        Action::OpenList(foorumi::tui::mode::ListKind::Actions),
    ] {
        let mut app = demo_app();
        update(&mut app, open);
        assert_eq!(
            update(&mut app, ctrl('q')),
            vec![Effect::Snapshot, Effect::Quit]
        );
    }
}

fn kumppanuuspoyta() -> foorumi::tui::App {
    let text = include_str!("../sessions/2019-04-17-kumppanuuspoyta.ron");
    let session = foorumi::store::parse_session(text, "2019").unwrap();
    app_on(session, foorumi::i18n::Lang::Fi)
}

#[test]
fn twelve_themes_never_break_a_word_that_fits_and_page_into_larger_tiles() {
    let mut app = kumppanuuspoyta();
    // 100×30: all twelve fit; long one-word names move to the next line whole.
    let wide = screen(&mut app, 100, 30);
    for name in [
        "4 Vapaaehtoistoiminta",
        "10 Vaikuttamistoiminta",
        "9 Moninaisuus näkyväksi",
    ] {
        assert!(wide.contains(name), "{name}:\n{wide}");
    }
    assert!(wide.contains("12 teemaa"), "{wide}");
    // 80×24: twelve 5-row tiles would show two cut ideas each: two pages of six instead.
    let first = screen(&mut app, 80, 24);
    assert!(first.contains("teemat 1–6/12"), "{first}");
    assert!(first.contains("  järjestöavustukset ja"), "{first}");
    assert!(first.contains("4 Vapaaehtoistoiminta"), "{first}");
    assert!(!first.contains(" 7 Tieto"), "{first}");
    // The page follows the capture target (and the selection).
    for _ in 0..6 {
        update(&mut app, Action::NextTarget);
    }
    let second = screen(&mut app, 80, 24);
    assert!(second.contains("teemat 7–12/12"), "{second}");
    assert!(second.contains("▶7 Tieto"), "{second}");
    assert!(second.contains(" 10 Vaikuttamistoiminta "), "{second}");
    assert!(!second.contains(" 1 Tilat"), "{second}");
}

#[test]
fn an_idea_moves_to_theme_12_in_three_keys_not_eleven() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = kumppanuuspoyta();
    update(&mut app, Action::Organize);
    update(&mut app, Action::JumpTheme(2));
    let id = app.selected_idea().unwrap().id;
    // `#`, the number, Enter.
    keys_typed(&mut app, "#", 1000);
    assert!(matches!(app.mode, Mode::Prompt { .. }), "{:?}", app.mode);
    let prompt = screen(&mut app, 80, 24);
    assert!(
        prompt.contains("Siirrä idea teemaan numero (1–12) ▸"),
        "{prompt}"
    );
    type_text(&mut app, "12");
    update(&mut app, Action::Submit);
    let idea = app.session.ideas.iter().find(|i| i.id == id).unwrap();
    assert_eq!(idea.theme.as_deref(), Some("rakenteet"));
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Siirretty teemaan Järjestöt rakenteisiin"
    );
    // Alt+digit moves at once to themes 1–9; a number with no theme is explained.
    let alt3 = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::ALT);
    app.clock += std::time::Duration::from_secs(5);
    update(&mut app, Action::Key(alt3));
    let idea = app.session.ideas.iter().find(|i| i.id == id).unwrap();
    assert_eq!(idea.theme.as_deref(), Some("viestinta"));
    update(&mut app, Action::MoveToTheme(13));
    let said = app.status.clone().unwrap();
    assert!(said.error);
    assert_eq!(said.text, "Teemaa numero 13 ei ole: anna 1–12");
}

#[test]
fn an_empty_theme_is_deleted_on_the_board_and_undo_brings_it_back() {
    let mut app = kumppanuuspoyta();
    update(&mut app, Action::Organize);
    // Theme 1 (Tilat) has no ideas: Delete removes the theme itself.
    update(&mut app, Action::JumpTheme(1));
    assert!(app.selected_idea().is_none());
    let effects = update(&mut app, Action::Delete);
    assert_eq!(effects.len(), 1, "one change to the journal");
    assert!(app.session.theme_index("tilat").is_none());
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Tyhjä teema poistettu: Tilat (Ctrl+Z palauttaa)"
    );
    assert!(screen(&mut app, 100, 30).contains("11 teemaa"));
    update(&mut app, Action::Undo);
    assert_eq!(app.session.theme_index("tilat"), Some(0));
    // A theme with ideas is never removed by Delete: the selected idea is.
    update(&mut app, Action::JumpTheme(2));
    let ideas = app.session.ideas.len();
    update(&mut app, Action::Delete);
    assert!(app.session.theme_index("avustukset").is_some());
    assert_eq!(app.session.ideas.len(), ideas - 1);
}

#[test]
fn the_agenda_shows_its_first_item_before_f3() {
    let mut app = kumppanuuspoyta();
    assert_eq!(app.session.current_agenda, None);
    let first = &app.session.agenda[0];
    let title: String = first.title.chars().take(12).collect();
    for (w, h) in [(80, 24), (100, 30)] {
        let shown = screen(&mut app, w, h);
        let line = shown.lines().nth(1).unwrap();
        assert!(
            line.starts_with(" ▷ F3 aloittaa ohjelman: klo 13.00"),
            "{shown}"
        );
        assert!(line.contains(&title), "{line}");
    }
    // F3 makes it current: the line becomes the running item.
    update(&mut app, Action::NextAgenda);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.lines().nth(1).unwrap().starts_with(" ▶ klo 13.00"),
        "{shown}"
    );
}
