//! Crash safety: `foorumi add` killed with SIGKILL at random moments never loses an idea
//! whose id it printed (acknowledged), and the session always opens.

#![cfg(unix)]

use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn sigkill_never_loses_an_acknowledged_idea() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.ron");
    let bin = env!("CARGO_BIN_EXE_foorumi");
    let status = Command::new(bin)
        .args(["new", path.to_str().unwrap()])
        .env("FOORUMI_HOME", dir.path())
        .output()
        .unwrap();
    assert!(status.status.success());
    let mut acknowledged = Vec::new();
    let mut killed = 0;
    // A simple deterministic spread of kill delays from 0 to ~6 ms.
    let mut seed = 7u64;
    for i in 0..60 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % 6000);
        let mut child = Command::new(bin)
            .args([
                "add",
                path.to_str().unwrap(),
                "--theme",
                "tilat",
                &format!("Idea numero {i}"),
            ])
            .env("FOORUMI_HOME", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            let id: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
            acknowledged.push((id, format!("Idea numero {i}")));
        } else {
            killed += 1;
        }
    }
    let session = foorumi::store::SessionFile::open(&path).unwrap().session;
    for (id, text) in &acknowledged {
        let idea = session.idea(foorumi::model::IdeaId(*id));
        assert_eq!(
            idea.map(|i| i.text.as_str()),
            Some(text.as_str()),
            "acknowledged idea {id} lost"
        );
    }
    eprintln!(
        "kill -9: {} acknowledged, {killed} killed, {} recovered",
        acknowledged.len(),
        session.ideas.len()
    );
    assert!(session.ideas.len() >= acknowledged.len());
}
