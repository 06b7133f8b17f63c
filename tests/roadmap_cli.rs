//! `foorumi roadmap …` as a user runs it: export, import of seed 003, promoting an idea of
//! the 2019 kumppanuuspöytä, starting the next year, and the errors that name what is wrong.

mod common;

use common::{foorumi, text};

/// A copy of the bundled VAKE roadmap in `dir`, made as the board would make it.
fn vake_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("vake-tiekartta-2022-2025.roadmap.ron");
    foorumi::store::SessionFile::create(&path, &foorumi::bundled::roadmap("vake").unwrap())
        .unwrap();
    path
}

#[test]
fn promote_an_idea_then_start_the_next_year_then_export() {
    let dir = tempfile::tempdir().unwrap();
    let path = vake_copy(dir.path());
    let p = path.to_str().unwrap();
    let session = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sessions/2019-04-17-kumppanuuspoyta.ron"
    );
    let out = foorumi(
        dir.path(),
        &[
            "roadmap",
            "add",
            p,
            "--from",
            session,
            "--idea",
            "3",
            "--area",
            "viestinta",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .contains("Tiekartan toimenpide 33 lisätty kokonaisuuteen viestinta (vuosi 2025)")
    );
    let out = foorumi(dir.path(), &["roadmap", "next-year", p, "--year", "2026"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Nothing of 2025 is assessed yet: all 16 actions carry over.
    assert!(
        text(&out.stdout).contains("siirrettiin 16 keskeneräistä"),
        "{}",
        text(&out.stdout)
    );
    let out = foorumi(
        dir.path(),
        &["roadmap", "export", p, "--format", "md", "--year", "2025"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.contains("Järjestöjen moninaisuutta ja asiantuntijuutta tulee tehdä näkyväksi. (tilaisuudesta Järjestöjen kumppanuuspöytä 17.4.2019)"), "{md}");
    assert!(
        md.contains("## Päivitetyt toimenpiteet vuodelle 2026"),
        "{md}"
    );
    assert!(md.contains("(siirtyi vuodelta 2025)"), "{md}");
    let docx = dir.path().join("raportti.docx");
    let out = foorumi(
        dir.path(),
        &[
            "roadmap",
            "export",
            p,
            "--format",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::metadata(&docx).unwrap().len() > 5_000);
    // The file still opens and checks clean after the journal grew.
    let out = foorumi(dir.path(), &["check", p]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

#[test]
fn errors_name_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let path = vake_copy(dir.path());
    let p = path.to_str().unwrap();
    let session = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sessions/2019-04-17-kumppanuuspoyta.ron"
    );
    let out = foorumi(
        dir.path(),
        &[
            "--lang", "en", "roadmap", "add", p, "--from", session, "--idea", "3", "--area",
            "tilat-x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("there is no action area tilat-x") && err.contains("known areas: suunta"),
        "{err}"
    );
    let out = foorumi(
        dir.path(),
        &[
            "--lang", "en", "roadmap", "add", p, "--from", session, "--action", "9", "--area",
            "tilat",
        ],
    );
    assert!(
        text(&out.stderr).contains("has no item 9"),
        "{}",
        text(&out.stderr)
    );
    let out = foorumi(
        dir.path(),
        &["--lang", "en", "roadmap", "next-year", p, "--year", "2024"],
    );
    assert!(
        text(&out.stderr).contains("the new year must come after 2025"),
        "{}",
        text(&out.stderr)
    );
    let out = foorumi(
        dir.path(),
        &[
            "--lang", "en", "roadmap", "export", session, "--format", "md",
        ],
    );
    assert!(
        text(&out.stderr).contains("is not a roadmap"),
        "{}",
        text(&out.stderr)
    );
    let out = foorumi(dir.path(), &["roadmap", "export", p, "--format", "pdf"]);
    assert!(text(&out.stderr).contains("'pdf'"), "{}", text(&out.stderr));
    // A failed command leaves the roadmap as it was.
    let out = foorumi(dir.path(), &["roadmap", "export", p, "--format", "csv"]);
    assert_eq!(
        text(&out.stdout).lines().count(),
        16,
        "header and the 15 actions of 2025"
    );
}

#[test]
fn seed_003_imports_and_reports_what_it_could_not_place() {
    let dir = tempfile::tempdir().unwrap();
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/vake-2025-report.txt"
    );
    let out_path = dir.path().join("tuotu.roadmap.ron");
    let out = foorumi(
        dir.path(),
        &["roadmap", "import", seed, "-o", out_path.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.contains("Tuotiin: 5 tavoitetta, 11 kokonaisuutta, 32 toimenpidettä"),
        "{report}"
    );
    assert!(report.contains("(rivi 346)"), "{report}");
    // And the new file is a roadmap the other commands take.
    let out = foorumi(
        dir.path(),
        &[
            "roadmap",
            "export",
            out_path.to_str().unwrap(),
            "--format",
            "csv",
            "--year",
            "2024",
        ],
    );
    assert_eq!(text(&out.stdout).lines().count(), 18);
}

#[test]
fn a_hand_edited_roadmap_that_does_not_hold_together_is_refused_with_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rikki.roadmap.ron");
    let broken = include_str!("../sessions/keski-suomi-yhteistyomalli.roadmap.ron")
        .replace("(id: 3, area: \"foorumi\"", "(id: 3, area: \"foorumit\"")
        .replace("(id: 5, area:", "(id: 4, area:");
    std::fs::write(&path, broken).unwrap();
    let p = path.to_str().unwrap();
    let out = foorumi(
        dir.path(),
        &["--lang", "en", "roadmap", "export", p, "--format", "md"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("rikki.roadmap.ron"), "{err}");
    assert!(
        err.contains("action 3 is in area foorumit, which the roadmap does not have"),
        "{err}"
    );
    assert!(err.contains("action id 4 is used twice"), "{err}");
    assert!(out.stdout.is_empty());
}
