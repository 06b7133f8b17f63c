//! `foorumi import` as a user runs it on files of every kind: the one reading door
//! (regular files only, a size cap, encodings, Word), user-chosen CSV columns, --dry-run.

mod common;

use std::path::Path;

use common::{foorumi, text};
use foorumi::store::SessionFile;

fn import(dir: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let out = dir.join("out.ron");
    let _ = std::fs::remove_file(&out);
    let mut args = vec![
        "import",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    foorumi(dir, &args)
}

#[test]
fn devices_fifos_and_folders_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("putki.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // A FIFO nobody writes to would block a reader forever; /dev/zero never ends.
    for path in [Path::new("/dev/zero"), fifo.as_path(), dir.path()] {
        let out = import(dir.path(), path, &[]);
        assert_eq!(out.status.code(), Some(1), "{path:?}");
        let err = text(&out.stderr);
        assert!(err.contains("ei ole tavallinen tiedosto"), "{err}");
        assert!(!dir.path().join("out.ron").exists());
    }
}

#[test]
fn a_file_over_the_cap_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("iso.txt");
    let file = std::fs::File::create(&big).unwrap();
    // A sparse file: no disk is used for the size.
    file.set_len(foorumi::import::source::MAX_BYTES + 1)
        .unwrap();
    let out = import(dir.path(), &big, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("liian suuri") && err.contains("32"), "{err}");
}

#[test]
fn binary_files_and_pdfs_make_no_session() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, says) in [
        (
            "kuva.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".as_slice(),
            "ei ole tekstiä",
        ),
        (
            "muistio.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "on PDF",
        ),
        ("rikki.docx", b"not a zip at all", "Word-asiakirja"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = import(dir.path(), &path, &[]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = text(&out.stderr);
        assert!(err.contains(says) && err.contains(name), "{err}");
        assert!(!dir.path().join("out.ron").exists(), "{name}");
    }
}

#[test]
fn utf16_and_windows_1252_text_read_the_same_as_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let summary = "Tilat ja kumppanuustalot\n\n- Järjestöille edullisia tiloja €\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(summary.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let cp1252 =
        b"Tilat ja kumppanuustalot\n\n- J\xe4rjest\xf6ille edullisia tiloja \x80\n".to_vec();
    for (name, bytes, notice) in [
        ("utf8.txt", summary.as_bytes().to_vec(), None),
        ("utf16.txt", le, Some("UTF-16LE")),
        ("ansi.txt", cp1252, Some("Windows-1252")),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = import(dir.path(), &path, &[]);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        if let Some(notice) = notice {
            assert!(text(&out.stdout).contains(notice), "{}", text(&out.stdout));
        }
        let s = SessionFile::open(&dir.path().join("out.ron"))
            .unwrap()
            .session;
        assert_eq!(s.themes[0].name.fi, "Tilat ja kumppanuustalot", "{name}");
        assert_eq!(s.ideas[0].text, "Järjestöille edullisia tiloja €", "{name}");
    }
}

#[test]
fn a_word_document_is_read_with_its_headings_and_list_levels() {
    use docx_rs::{Docx, IndentLevel, NumberingId, Paragraph, Run};
    let p = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("muistio.docx");
    let mut buf = std::io::Cursor::new(Vec::new());
    Docx::new()
        .add_paragraph(p("Kumppanuuspöytä 17.4.2019").style("Title"))
        .add_paragraph(p("Tilat").style("Heading1"))
        .add_paragraph(
            p("Kerhohuoneita iltaisin").numbering(NumberingId::new(1), IndentLevel::new(0)),
        )
        .add_paragraph(p("koulut ja kirjastot").numbering(NumberingId::new(1), IndentLevel::new(1)))
        .add_paragraph(p("Avustukset").style("Heading1"))
        .add_paragraph(
            p("Pienavustukset nopeammin").numbering(NumberingId::new(1), IndentLevel::new(0)),
        )
        .build()
        .pack(&mut buf)
        .unwrap();
    std::fs::write(&path, buf.into_inner()).unwrap();
    let out = import(dir.path(), &path, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = SessionFile::open(&dir.path().join("out.ron"))
        .unwrap()
        .session;
    assert_eq!(s.title, "Kumppanuuspöytä 17.4.2019");
    let names: Vec<&str> = s.themes.iter().map(|t| t.name.fi.as_str()).collect();
    assert_eq!(names, ["Tilat", "Avustukset"]);
    assert_eq!(s.ideas[0].text, "Kerhohuoneita iltaisin");
    assert_eq!(s.ideas[0].sub_points, ["koulut ja kirjastot"]);
    assert_eq!(s.ideas[1].theme.as_deref(), Some("avustukset"));
}

#[test]
fn csv_columns_can_be_chosen_and_dry_run_shows_the_tree_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kysely.csv");
    std::fs::write(
        &path,
        "Vastaaja;Mitä toivot?;Pisteet\nAnna;Lisää iltatiloja;4\nBo;Avustukset nopeammin;2\n",
    )
    .unwrap();
    let out = import(
        dir.path(),
        &path,
        &[
            "--idea-column",
            "2",
            "--votes-column",
            "pisteet",
            "--dry-run",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("Idea (Mitä toivot?)"), "{shown}");
    assert!(
        shown.contains("• Lisää iltatiloja\n    – Vastaaja: Anna"),
        "{shown}"
    );
    assert!(
        !dir.path().join("out.ron").exists(),
        "--dry-run creates nothing"
    );

    let out = import(dir.path(), &path, &["--idea-column", "Toive"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("'Toive'") && err.contains("Mitä toivot?"),
        "{err}"
    );
}

#[test]
fn the_document_language_or_lang_makes_the_session_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lokaler.txt");
    std::fs::write(
        &path,
        "Lokaler\n\nFöreningarna behöver fler lokaler på kvällarna och det är viktigt.\n",
    )
    .unwrap();
    let out = import(dir.path(), &path, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = SessionFile::open(&dir.path().join("out.ron"))
        .unwrap()
        .session;
    assert_eq!(s.language, foorumi::model::Lang::Sv);
    assert_eq!(s.title, "Importerad sammanfattning");
    let out = import(dir.path(), &path, &["--lang", "en"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = SessionFile::open(&dir.path().join("out.ron"))
        .unwrap()
        .session;
    assert_eq!(s.language, foorumi::model::Lang::En);
    assert!(
        text(&out.stdout).contains("Created"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn escape_sequences_in_csv_headers_and_pictures_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("paha.csv");
    std::fs::write(&csv, "Idea;X\u{1b}]0;pwned\u{7}\nkahvi;arvo\n").unwrap();
    let md = dir.path().join("paha.md");
    std::fs::write(
        &md,
        "# Otsikko\n\n## Tilat\n\n- sali ![a\u{1b}[2Jb](k.png)\n",
    )
    .unwrap();
    for path in [csv, md] {
        let out = import(dir.path(), &path, &["--dry-run"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(!out.stdout.contains(&0x1b), "{}", text(&out.stdout));
    }
}
