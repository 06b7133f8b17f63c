//! The export and the import share their grammar through `summary` and never name each other,
//! so a change to one cannot quietly reshape the other.

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
