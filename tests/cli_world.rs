//! The command line when the surroundings misbehave: exports aimed at the session, at
//! devices, links and folders; names with escape sequences; `add` saying what it did.

mod common;

use std::fs;
use std::path::Path;

use common::{foorumi, text};

fn new_session(home: &Path, name: &str) -> std::path::PathBuf {
    let path = home.join(name);
    let out = foorumi(home, &["new", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    path
}

fn export(home: &Path, session: &Path, out: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "export",
        session.to_str().unwrap(),
        "--format",
        "txt",
        "-o",
        out,
    ];
    args.extend_from_slice(extra);
    foorumi(home, &args)
}

#[test]
fn an_export_aimed_at_the_session_or_its_companions_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let path = new_session(home, "s.ron");
    let add = foorumi(
        home,
        &["add", path.to_str().unwrap(), "--theme", "tilat", "Idea"],
    );
    assert!(add.status.success());
    let before: Vec<_> = ["s.ron", "s.ron.journal", "s.ron.lock"]
        .iter()
        .map(|n| fs::read(home.join(n)).unwrap())
        .collect();
    fs::create_dir(home.join("ali")).unwrap();
    for out in [
        "s.ron",
        "s.ron.journal",
        "s.ron.lock",
        "ali/../s.ron",
        "./s.ron.bak1",
    ] {
        let target = home.join(out);
        let result = export(home, &path, target.to_str().unwrap(), &[]);
        assert!(!result.status.success(), "{out} was written");
        assert!(text(&result.stderr).contains("s.ron"), "{out}");
    }
    let after: Vec<_> = ["s.ron", "s.ron.journal", "s.ron.lock"]
        .iter()
        .map(|n| fs::read(home.join(n)).unwrap())
        .collect();
    assert_eq!(before, after);
    assert!(!home.join("s.ron.bak1").exists());
    let check = foorumi(home, &["check", path.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check.stdout));
    // Nor does a repaired copy land on them.
    let draft = home.join("s.ron.draft");
    let repair = foorumi(
        home,
        &[
            "check",
            path.to_str().unwrap(),
            "--repair",
            "-o",
            draft.to_str().unwrap(),
        ],
    );
    assert!(!repair.status.success());
    assert!(!draft.exists());
}

#[cfg(unix)]
#[test]
fn an_export_into_a_device_link_or_folder_does_what_it_should() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let path = new_session(home, "s.ron");

    // A device is written into, never replaced.
    let null = export(home, &path, "/dev/null", &[]);
    assert!(null.status.success(), "{}", text(&null.stderr));
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A folder is refused with a message naming it.
    let folder = home.join("kansio");
    fs::create_dir(&folder).unwrap();
    let result = export(home, &path, folder.to_str().unwrap(), &[]);
    assert!(!result.status.success());
    assert!(text(&result.stderr).contains("kansio"));
    assert!(folder.is_dir());

    // A link is refused, and replaced (not its target) only when asked.
    let target = home.join("toisen.txt");
    fs::write(&target, "toisen tiedosto").unwrap();
    let link = home.join("linkki.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let refused = export(home, &path, link.to_str().unwrap(), &[]);
    assert!(!refused.status.success());
    assert!(text(&refused.stderr).contains("--replace-link"));
    let replaced = export(home, &path, link.to_str().unwrap(), &["--replace-link"]);
    assert!(replaced.status.success(), "{}", text(&replaced.stderr));
    assert!(
        !fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), "toisen tiedosto");

    // A named pipe is written into as a stream.
    let fifo = home.join("putki");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let piped = export(home, &path, fifo.to_str().unwrap(), &[]);
    assert!(piped.status.success(), "{}", text(&piped.stderr));
    assert!(!reader.join().unwrap().is_empty());
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[cfg(unix)]
#[test]
fn a_folder_named_with_escape_sequences_never_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let hostile = home.join("kansio\u{1b}]0;pwned\u{7}\u{1b}[2J");
    fs::create_dir(&hostile).unwrap();
    let path = hostile.join("s\u{1b}[31m.ron");
    let p = path.to_str().unwrap();
    let outputs = [
        foorumi(home, &["new", p]),
        foorumi(home, &["add", p, "--theme", "tilat", "Idea"]),
        foorumi(home, &["add", p, "--theme", "eiole", "Idea"]),
        foorumi(home, &["check", p]),
        foorumi(home, &["export", p, "--format", "txt", "-o", p]),
        foorumi(home, &["export", p, "--format", "html"]),
        foorumi(home, &["check", &format!("{p}.eiole")]),
    ];
    for out in &outputs {
        for stream in [&out.stdout, &out.stderr] {
            let shown = text(stream);
            assert!(
                !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
                "{shown:?}"
            );
        }
    }
    // The sentence still names the file, cleaned.
    assert!(text(&outputs[1].stdout).contains("#1 "));
}
