//! The participant page in a real browser: headless Chromium sends ideas with and without
//! JavaScript and axe-core checks WCAG 2.1 AA. Needs Debian's `chromium`, node, and
//! `puppeteer-core` + `axe-core` from npm (`.ci/run` installs them; set
//! `FOORUMI_NODE_MODULES` to their `node_modules`). Without them the test says so and
//! passes, except under CI (`CI` set), where it fails.

mod room_support;

use std::process::Command;

use room_support::{Running, session_file};

fn tool(name: &str) -> Option<String> {
    let out = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .ok()?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!path.is_empty()).then_some(path)
}

fn node_modules() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("FOORUMI_NODE_MODULES")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| std::path::Path::new(&h).join(".cache/foorumi-browser/node_modules"))
        })?;
    (dir.join("puppeteer-core").is_dir() && dir.join("axe-core").is_dir()).then_some(dir)
}

#[test]
fn chromium_sends_with_and_without_javascript_and_axe_finds_nothing() {
    let (Some(chrome), Some(node), Some(modules)) = (
        tool("chromium").or_else(|| tool("chromium-browser")),
        tool("node"),
        node_modules(),
    ) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium, node, puppeteer-core and axe-core (see .ci/run)"
        );
        eprintln!(
            "skipped: needs chromium, node and FOORUMI_NODE_MODULES with puppeteer-core and axe-core"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path());
    let room = Running::start(&path);
    let url = format!("http://{}/j/{}", room.addr, room.code);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/room.js");
    let out = Command::new(node)
        .args([script, &url, &chrome, "5"])
        .env("NODE_PATH", &modules)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    // One browser, one participant: the second page lists the first five ideas too.
    for (mode, own) in [("noJs", 5), ("withJs", 10)] {
        let violations = result[mode]["violations"].as_array().unwrap();
        assert!(violations.is_empty(), "{mode}: axe found {violations:?}");
        assert_eq!(
            result[mode]["own"].as_array().unwrap().len(),
            own,
            "{mode}: own ideas listed"
        );
    }
    assert_eq!(
        result["withJs"]["overflow"], false,
        "no sideways scrolling at 200 % zoom"
    );
    drop(room);
    let session = foorumi::store::SessionFile::open(&path).unwrap().session;
    assert_eq!(session.inbox.len(), 10);
    assert!(
        session.inbox.iter().any(|i| i.text.contains("<b>&</b>")),
        "text kept as typed, escaped only when shown"
    );
}
