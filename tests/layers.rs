//! The crate's structure and dependencies: the export and the import share their grammar
//! through `summary` and never name each other, so a change to one cannot quietly reshape the
//! other; the dependencies the code relies on in a particular version are that version.

use std::path::Path;

/// Code lines (comments left out) under `dir` that name `other`'s module.
fn naming(dir: &str, other: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let needles = [
        format!("crate::{other}"),
        format!("super::super::{other}"),
        format!("foorumi::{other}"),
    ];
    let mut found = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if needles.iter().any(|w| code.contains(w.as_str())) {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn the_import_never_names_the_export() {
    assert_eq!(naming("import", "export"), Vec::<String>::new());
}

#[test]
fn the_export_never_names_the_import() {
    assert_eq!(naming("export", "import"), Vec::<String>::new());
}

fn manifest_file(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

#[test]
fn docx_rs_is_pinned_to_the_version_the_splice_is_tested_against() {
    // The docx export splices its idea lists and table headers into the XML docx-rs writes
    // (tested byte for byte in src/export/docx); another docx-rs may write other bytes.
    let manifest = manifest_file("Cargo.toml");
    let line = manifest
        .lines()
        .find(|l| l.starts_with("docx-rs"))
        .expect("docx-rs in Cargo.toml");
    let pinned = line
        .split("version = \"=")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or_else(|| panic!("docx-rs is not pinned with =: {line}"));
    assert!(line.contains("default-features = false"), "{line}");
    let lock = manifest_file("Cargo.lock");
    let locked = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"docx-rs\""))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .expect("docx-rs in Cargo.lock");
    assert_eq!(locked.trim_matches('"'), pinned);
}

#[test]
fn crossterm_is_the_one_ratatui_draws_with() {
    // Named directly, in the version ratatui uses: the same type, so events read with it
    // reach ratatui's backend unchanged (and `use-dev-tty` applies to both).
    let same: fn(crossterm::event::KeyEvent) -> ratatui::crossterm::event::KeyEvent = |k| k;
    let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter);
    assert_eq!(same(key).code, crossterm::event::KeyCode::Enter);
}
