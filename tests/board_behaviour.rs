//! Behaviour of the board as (state, actions) → (state, effects), through `update` only.

mod common;

use common::*;
use foorumi::model::Change;
use foorumi::tui::mode::Mode;
use foorumi::tui::{Action, Effect, update};

fn theme_texts(app: &foorumi::tui::App, key: &str) -> Vec<String> {
    app.session
        .ideas_in(Some(key))
        .map(|i| i.text.clone())
        .collect()
}

#[test]
fn typing_and_enter_adds_the_idea_to_the_target_theme() {
    let mut app = demo_app();
    send(
        &mut app,
        [Action::NextTarget, Action::NextTarget, Action::NextTarget],
    );
    assert_eq!(app.slot_key(app.selection.slot), Some("viestinta"));
    type_text(&mut app, "Yhteinen tapahtumakalenteri");
    let effects = update(&mut app, Action::Submit);
    let texts = theme_texts(&app, "viestinta");
    assert_eq!(
        texts.last().map(String::as_str),
        Some("Yhteinen tapahtumakalenteri")
    );
    assert_eq!(texts.len(), 14);
    assert!(app.capture.is_empty());
    assert!(matches!(
        effects.as_slice(),
        [Effect::Record(Change::AddIdea { .. })]
    ));
    // The idea is on the board at once.
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("Yhteinen tapahtumakalenteri"), "{shown}");
}

#[test]
fn empty_or_blank_capture_adds_nothing() {
    let mut app = demo_app();
    type_text(&mut app, "   ");
    assert!(update(&mut app, Action::Submit).is_empty());
    assert_eq!(app.session.ideas.len(), 41);
}

#[test]
fn alt_digit_and_shift_tab_choose_the_target() {
    let mut app = demo_app();
    update(&mut app, Action::JumpTheme(5));
    assert_eq!(app.slot_key(app.selection.slot), Some("tilat"));
    update(&mut app, Action::PrevTarget);
    assert_eq!(app.slot_key(app.selection.slot), Some("viestinta"));
    // Wrapping backwards from the first theme skips the empty pool.
    update(&mut app, Action::JumpTheme(1));
    update(&mut app, Action::PrevTarget);
    assert_eq!(app.slot_key(app.selection.slot), Some("avustukset"));
}

#[test]
fn undo_and_redo_walk_back_and_forth() {
    let mut app = demo_app();
    type_text(&mut app, "Uusi");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.ideas.len(), 42);
    let undo = update(&mut app, Action::Undo);
    assert_eq!(app.session.ideas.len(), 41);
    assert!(matches!(
        undo.as_slice(),
        [Effect::Record(Change::RemoveIdea { .. })]
    ));
    update(&mut app, Action::Redo);
    assert_eq!(app.session.ideas.len(), 42);
    assert_eq!(app.session.ideas[41].text, "Uusi");
}

#[test]
fn organize_moves_an_idea_between_themes_and_back_with_undo() {
    let mut app = demo_app();
    let first = app.session.ideas[0].clone();
    send(&mut app, [Action::Organize, Action::MoveRight]);
    let moved = app.session.idea(first.id).unwrap();
    assert_eq!(moved.theme.as_deref(), Some("ehkaiseva-tyo"));
    // The selection follows the idea.
    assert_eq!(app.selected_idea().map(|i| i.id), Some(first.id));
    update(&mut app, Action::Undo);
    assert_eq!(app.session.ideas[0], first);
}

#[test]
fn move_up_and_down_reorders_within_a_theme() {
    let mut app = demo_app();
    let before = theme_texts(&app, "kumppanuus");
    send(&mut app, [Action::Organize, Action::Down, Action::MoveUp]);
    let after = theme_texts(&app, "kumppanuus");
    assert_eq!(after[0], before[1]);
    assert_eq!(after[1], before[0]);
    assert_eq!(app.selection.idea, 0);
    send(&mut app, [Action::MoveDown]);
    assert_eq!(theme_texts(&app, "kumppanuus"), before);
}

#[test]
fn edit_sub_point_and_delete_through_prompts() {
    let mut app = demo_app();
    send(
        &mut app,
        [Action::Organize, Action::Edit, Action::ClearLine],
    );
    assert!(matches!(app.mode, Mode::Prompt { .. }));
    type_text(&mut app, "Tasavertainen kumppanuus");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.ideas[0].text, "Tasavertainen kumppanuus");
    assert_eq!(app.mode, Mode::Organize);
    send(&mut app, [Action::AddSubPoint]);
    type_text(&mut app, "myös pienet järjestöt");
    update(&mut app, Action::Submit);
    assert_eq!(
        app.session.ideas[0].sub_points,
        vec!["myös pienet järjestöt"]
    );
    let id = app.session.ideas[0].id;
    update(&mut app, Action::Delete);
    assert!(app.session.idea(id).is_none());
    update(&mut app, Action::Undo);
    assert!(app.session.idea(id).is_some());
}

#[test]
fn sub_points_are_edited_and_removed_in_one_prompt() {
    use crossterm::event::KeyCode;
    let mut app = demo_app();
    let id = app.session.ideas[0].id;
    for sub in ["tilat", "avustukset", "viestintä"] {
        send(&mut app, [Action::Organize, Action::AddSubPoint]);
        type_text(&mut app, sub);
        update(&mut app, Action::Submit);
    }
    // Shift+S, through the real keymap: the prompt holds all three, separated by `|`.
    press(&mut app, KeyCode::Char('S')).expect("S is bound in organize mode");
    let Mode::Prompt { editor, .. } = &app.mode else {
        panic!("no prompt: {:?}", app.mode);
    };
    assert_eq!(editor.text(), "tilat | avustukset | viestintä");
    send(&mut app, [Action::ClearLine]);
    type_text(&mut app, "tilat |  | viestintä iltaisin ");
    update(&mut app, Action::Submit);
    let idea = app.session.idea(id).unwrap();
    assert_eq!(idea.sub_points, vec!["tilat", "viestintä iltaisin"]);
    // Empty removes them all; undo brings them back.
    send(
        &mut app,
        [Action::EditSubPoints, Action::ClearLine, Action::Submit],
    );
    assert!(app.session.idea(id).unwrap().sub_points.is_empty());
    update(&mut app, Action::Undo);
    assert_eq!(
        app.session.idea(id).unwrap().sub_points,
        vec!["tilat", "viestintä iltaisin"]
    );
}

#[test]
fn cancel_leaves_the_idea_unchanged() {
    let mut app = demo_app();
    let before = app.session.clone();
    send(
        &mut app,
        [
            Action::Organize,
            Action::Edit,
            Action::ClearLine,
            Action::Insert('x'),
            Action::Cancel,
        ],
    );
    assert_eq!(app.session, before);
    assert_eq!(app.mode, Mode::Organize);
}

#[test]
fn new_and_renamed_themes() {
    let mut app = demo_app();
    send(&mut app, [Action::Organize, Action::NewTheme]);
    type_text(&mut app, "Vapaaehtoistoiminta");
    update(&mut app, Action::Submit);
    let theme = app.session.themes.last().unwrap().clone();
    assert_eq!(theme.key, "vapaaehtoistoiminta");
    assert_eq!(
        app.slot_key(app.selection.slot),
        Some("vapaaehtoistoiminta")
    );
    send(&mut app, [Action::RenameTheme, Action::ClearLine]);
    type_text(&mut app, "Vapaaehtoistyö");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.themes.last().unwrap().name.fi, "Vapaaehtoistyö");
    assert_eq!(
        app.session.themes.last().unwrap().key,
        "vapaaehtoistoiminta"
    );
}

#[test]
fn groups_tag_and_filter() {
    let mut app = demo_app();
    send(&mut app, [Action::Organize, Action::TagGroup]);
    type_text(&mut app, "3");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.groups, 3);
    assert_eq!(app.session.ideas[0].group, Some(3));
    // Filter cycles 1, 2, 3, all; with group 3 only the tagged idea is visible.
    send(
        &mut app,
        [
            Action::CycleFilter,
            Action::CycleFilter,
            Action::CycleFilter,
        ],
    );
    assert_eq!(app.filter, Some(3));
    assert_eq!(app.index.total(), 1);
    // New ideas typed while filtering get the group.
    send(&mut app, [Action::Capture]);
    type_text(&mut app, "Ryhmän kolme idea");
    update(&mut app, Action::Submit);
    assert_eq!(app.session.ideas.last().unwrap().group, Some(3));
    update(&mut app, Action::Organize);
    update(&mut app, Action::CycleFilter);
    assert_eq!(app.filter, None);
    assert_eq!(app.index.total(), 42);
}

#[test]
fn multi_line_paste_becomes_several_ideas_undone_as_one() {
    let mut app = demo_app();
    update(&mut app, Action::JumpTheme(5));
    update(
        &mut app,
        Action::Paste("Kirjasto\n\nNuorisotalo\r\nSeurakuntatalo\n".into()),
    );
    assert_eq!(theme_texts(&app, "tilat").len(), 8);
    update(&mut app, Action::Undo);
    assert_eq!(theme_texts(&app, "tilat").len(), 5);
    // A one-line paste goes into the capture line at the cursor.
    update(&mut app, Action::Paste("Liitetty\u{1b}[31m teksti".into()));
    assert_eq!(app.capture.text(), "Liitetty teksti");
}

#[test]
fn hostile_text_is_cleaned_on_the_way_in() {
    let mut app = demo_app();
    type_text(&mut app, "a\u{7}b");
    update(&mut app, Action::Paste("\u{1b}]0;pwned\u{7}c".into()));
    update(&mut app, Action::Submit);
    assert_eq!(app.session.ideas.last().unwrap().text, "abc");
}

#[test]
fn read_only_board_refuses_changes() {
    let mut app = demo_app();
    app.save = foorumi::tui::app::SaveState::ReadOnly;
    type_text(&mut app, "Ei tallennu");
    assert!(update(&mut app, Action::Submit).is_empty());
    assert_eq!(app.session.ideas.len(), 41);
    assert!(app.status.as_ref().is_some_and(|s| s.error));
}

#[test]
fn saved_state_follows_the_store() {
    let mut app = demo_app();
    type_text(&mut app, "x");
    update(&mut app, Action::Submit);
    assert_eq!(app.save, foorumi::tui::app::SaveState::Saving);
    update(&mut app, Action::Saved(Ok(())));
    assert_eq!(app.save, foorumi::tui::app::SaveState::Saved);
    update(&mut app, Action::Saved(Err("levy täynnä".into())));
    assert!(matches!(app.save, foorumi::tui::app::SaveState::Failed(_)));
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("EI TALLENNETTU"), "{shown}");
    assert!(shown.contains("levy täynnä"), "{shown}");
}

#[test]
fn external_changes_appear_on_the_board() {
    let mut app = demo_app();
    let mut other = app.session.clone();
    let idea = foorumi::model::Idea::new(other.peek_id(), "Komentoriviltä", Some("tilat"), now());
    other
        .apply(Change::AddIdea {
            idea: idea.clone(),
            position: None,
        })
        .unwrap();
    update(
        &mut app,
        Action::External(vec![Change::AddIdea {
            idea,
            position: None,
        }]),
    );
    assert_eq!(
        theme_texts(&app, "tilat").last().map(String::as_str),
        Some("Komentoriviltä")
    );
    assert!(screen(&mut app, 100, 30).contains("Komentoriviltä"));
}

#[test]
fn help_and_focus_open_and_close() {
    let mut app = demo_app();
    update(&mut app, Action::Help);
    assert!(matches!(app.mode, Mode::Help { .. }));
    update(&mut app, Action::Cancel);
    assert_eq!(app.mode, Mode::Capture);
    update(&mut app, Action::Focus);
    assert_eq!(app.mode, Mode::Focus);
    update(&mut app, Action::Capture);
    assert_eq!(app.mode, Mode::Capture);
}

#[test]
fn clicking_selects_theme_and_idea() {
    let mut app = demo_app();
    let _ = screen(&mut app, 80, 24);
    // Row 16 (0-based 15) is the header of tile 5 at 80×24.
    update(&mut app, Action::Click { column: 5, row: 15 });
    assert_eq!(app.slot_key(app.selection.slot), Some("tilat"));
    update(&mut app, Action::Click { column: 5, row: 2 });
    assert_eq!(app.mode, Mode::Organize);
    assert_eq!(app.slot_key(app.selection.slot), Some("kumppanuus"));
    assert_eq!(app.selection.idea, 0);
}

#[test]
fn quit_snapshots_then_quits() {
    let mut app = demo_app();
    assert_eq!(
        update(&mut app, Action::Quit),
        vec![Effect::Snapshot, Effect::Quit]
    );
    assert!(app.quit);
}

#[test]
fn after_a_failed_save_quit_warns_once_and_save_as_is_offered() {
    use foorumi::tui::app::SaveState;
    let mut app = demo_app();
    update(&mut app, Action::Saved(Err("levy täynnä".into())));
    assert!(update(&mut app, Action::Quit).is_empty());
    assert!(!app.quit);
    assert!(app.status.as_ref().unwrap().text.contains("Ctrl+S"));
    update(&mut app, Action::SaveAs);
    type_text(&mut app, "/tmp/muualle.ron");
    assert_eq!(
        update(&mut app, Action::Submit),
        vec![Effect::SaveAs("/tmp/muualle.ron".into())]
    );
    update(&mut app, Action::SavedAs(Ok("/tmp/muualle.ron".into())));
    assert_eq!(app.save, SaveState::Saved);
    assert_eq!(
        update(&mut app, Action::Quit),
        vec![Effect::Snapshot, Effect::Quit]
    );
}

#[test]
fn export_screen_previews_and_writes_the_chosen_format() {
    use foorumi::export::Format;
    let mut app = demo_app();
    type_text(&mut app, "kesken");
    update(&mut app, Action::Export);
    let Mode::Export {
        format, preview, ..
    } = &app.mode
    else {
        panic!("not exporting")
    };
    assert_eq!(*format, Format::Txt);
    assert_eq!(
        preview[0],
        "YHTEENVETO 4.2.2015 YHTEISTYÖFOORUMIN RYHMÄTÖISTÄ"
    );
    send(&mut app, [Action::NextFormat, Action::PageDown]);
    let Mode::Export {
        format,
        scroll,
        preview,
    } = &app.mode
    else {
        panic!()
    };
    assert_eq!(*format, Format::Md);
    assert!(*scroll > 0 && preview[0].starts_with("# "));
    assert_eq!(
        update(&mut app, Action::Submit),
        vec![Effect::Export(Format::Md)]
    );
    assert_eq!(app.mode, Mode::Capture);
    // The half-typed idea is still there.
    assert_eq!(app.capture.text(), "kesken");
    update(&mut app, Action::Exported(Ok("x.md".into())));
    assert!(app.status.as_ref().unwrap().text.contains("x.md"));
}

#[test]
fn timer_set_by_prompt_runs_rings_between_steps_and_never_blocks_input() {
    use std::time::Duration;
    let mut app = demo_app();
    update(&mut app, Action::TimerToggle);
    assert!(matches!(app.mode, Mode::Prompt { .. }));
    type_text(&mut app, "1-2-4");
    update(&mut app, Action::Submit);
    assert_eq!(app.mode, Mode::Capture);
    let r = app.timer_reading().unwrap();
    assert_eq!(
        (r.steps, r.clock(), r.running),
        (4, "1:00".to_string(), true)
    );
    assert!(update(&mut app, Action::Tick(Duration::from_secs(30))).is_empty());
    assert_eq!(
        update(&mut app, Action::Tick(Duration::from_secs(61))),
        vec![Effect::Bell]
    );
    assert_eq!(app.timer_reading().unwrap().label, "Pareittain");
    // Typing goes on while the timer runs.
    type_text(&mut app, "idea");
    assert_eq!(app.capture.text(), "idea");
    update(&mut app, Action::TimerToggle);
    assert!(!app.timer_reading().unwrap().running);
    update(&mut app, Action::TimerReset);
    assert_eq!(app.timer_reading().unwrap().clock(), "1:00");
    // Over time is shown in words on the status line.
    update(&mut app, Action::TimerNew);
    type_text(&mut app, "1");
    update(&mut app, Action::Submit);
    update(&mut app, Action::Tick(Duration::from_secs(61 + 75)));
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains("YLI AJAN") && shown.contains("+0:15"),
        "{shown}"
    );
}

#[test]
fn a_bad_timer_is_explained() {
    let mut app = demo_app();
    update(&mut app, Action::TimerNew);
    type_text(&mut app, "pian");
    update(&mut app, Action::Submit);
    assert!(app.timer.is_none());
    assert!(app.status.as_ref().unwrap().text.contains("'pian'"));
}

/// A session with one theme and no ideas, in `lang`.
fn one_theme(lang: foorumi::i18n::Lang) -> foorumi::tui::App {
    use foorumi::model::{Names, Session, Theme, ThemeSet};
    let set = ThemeSet {
        key: "yksi".into(),
        name: Names::same("Yksi"),
        description: String::new(),
        themes: vec![Theme::new("tilat", "Tilat")],
    };
    app_on(Session::new("Foorumi", None, &set), lang)
}

#[test]
fn one_idea_in_one_theme_is_counted_in_the_singular() {
    use foorumi::i18n::Lang;
    for (lang, one, wrong) in [
        (Lang::Fi, "1 idea · 1 teema", "1 ideaa"),
        (Lang::Sv, "1 idé · 1 tema", "1 idéer"),
        (Lang::En, "1 idea · 1 theme", "1 ideas"),
    ] {
        let mut app = one_theme(lang);
        type_text(&mut app, "Avoimet ovet");
        update(&mut app, Action::Submit);
        let shown = screen(&mut app, 80, 24);
        let status = shown.lines().next().unwrap();
        assert!(status.contains(one), "{lang:?}: {status}");
        assert!(!status.contains(wrong), "{lang:?}: {status}");
        // Two ideas are plural again.
        type_text(&mut app, "Yhteinen kalenteri");
        update(&mut app, Action::Submit);
        let shown = screen(&mut app, 80, 24);
        assert!(!shown.lines().next().unwrap().contains(one), "{shown}");
    }
}

#[test]
fn search_with_one_match_says_so_in_the_singular() {
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    update(&mut app, Action::Search);
    type_text(&mut app, "videopankki");
    let said = app.status.as_ref().map(|s| s.text.clone());
    assert_eq!(said.as_deref(), Some("1 osuma"));
}

#[test]
fn a_letter_with_no_command_in_organize_says_how_to_get_back_to_typing() {
    use crossterm::event::KeyCode;
    let mut app = demo_app();
    update(&mut app, Action::Organize);
    let before = app.session.clone();
    // 'x' is no command in organize mode: nothing happens to the session, but the footer says why.
    assert_eq!(press(&mut app, KeyCode::Char('x')), Some(vec![]));
    assert_eq!(app.session, before);
    assert_eq!(app.mode, Mode::Organize);
    let status = app.status.clone().expect("a message");
    assert!(status.error, "said as a warning");
    assert_eq!(
        status.text,
        "Järjestelytila: kirjaimet ovat komentoja — Esc / i palaa kirjoittamaan"
    );
    let shown = screen(&mut app, 80, 24);
    let footer = shown.lines().last().unwrap();
    assert!(
        footer.contains("Järjestelytila") && footer.contains("Esc / i"),
        "{shown}"
    );
    // The key it names does return to typing, and the message goes with the next key.
    press(&mut app, KeyCode::Char('i'));
    assert_eq!(app.mode, Mode::Capture);
    assert!(app.status.is_none());
    type_text(&mut app, "x");
    assert_eq!(app.capture.text(), "x");
}

#[test]
fn the_organize_hint_is_in_the_board_language() {
    use crossterm::event::KeyCode;
    use foorumi::i18n::Lang;
    for (lang, text) in [
        (
            Lang::Sv,
            "Ordningsläge: bokstäverna är kommandon — Esc / i återgår till inmatning",
        ),
        (
            Lang::En,
            "Organize mode: letters are commands — Esc / i returns to typing",
        ),
    ] {
        let mut app = app_on(foorumi::bundled::demo_session(), lang);
        update(&mut app, Action::Organize);
        // Capital letters and non-ASCII letters are caught too.
        for c in ['K', 'ö'] {
            press(&mut app, KeyCode::Char(c));
            assert_eq!(app.status.as_ref().map(|s| s.text.as_str()), Some(text));
        }
    }
}

#[test]
fn organize_mode_label_stands_out_of_the_status_line_without_colour() {
    use foorumi::tui::style::{Palette, Styles};
    use ratatui::style::Modifier;
    for (palette, no_color) in [
        (Palette::Projector, false),
        (Palette::Light, false),
        (Palette::Dark, false),
        (Palette::Projector, true),
    ] {
        let mut app = demo_app();
        app.styles = Styles::new(palette, no_color);
        // (reversed, bold) of the status bar's first cell and of the mode label's first letter.
        let looks = |app: &foorumi::tui::App, label: &str| {
            let b = render(app, 80, 24);
            let row: Vec<&str> = (0..80).map(|x| b[(x, 0)].symbol()).collect();
            let first = label.chars().next().unwrap().to_string();
            let x = (0..80 - label.chars().count())
                .find(|&x| {
                    row[x..x + label.chars().count()].concat() == label && row[x] == first.as_str()
                })
                .unwrap_or_else(|| panic!("{label} not in {}", row.concat()));
            let cell = |x: usize| {
                let m = b[(x as u16, 0)].modifier;
                (m.contains(Modifier::REVERSED), m.contains(Modifier::BOLD))
            };
            (cell(0), cell(x))
        };
        let (bar, capture) = looks(&app, "KIRJAUS");
        assert_eq!(bar, capture, "{palette:?}: capture looks like the bar");
        update(&mut app, Action::Organize);
        let (bar, organize) = looks(&app, "JÄRJESTÄ");
        // Reverse video flips against the bar, and the label is bold.
        assert_ne!(bar.0, organize.0, "{palette:?} no_color={no_color}");
        assert!(organize.1, "{palette:?} no_color={no_color}");
    }
}

#[test]
fn the_capture_line_is_muted_outside_typing() {
    use ratatui::style::{Color, Modifier, Style};
    let mut app = demo_app();
    // (colour, modifiers) of the input line's first cell, the one above the footer.
    let look = |app: &foorumi::tui::App| {
        let b = render(app, 80, 24);
        let cell = &b[(0, 22)];
        (cell.fg, cell.modifier)
    };
    let of = |style: Style| -> (Color, Modifier) {
        (style.fg.unwrap_or(Color::Reset), style.add_modifier)
    };
    let typing = look(&app);
    assert_eq!(typing, of(app.styles.capture_label));
    update(&mut app, Action::Organize);
    let organizing = look(&app);
    assert_eq!(organizing, of(app.styles.muted));
    assert_ne!(
        organizing, typing,
        "organize mode must not look ready for typing"
    );
}
