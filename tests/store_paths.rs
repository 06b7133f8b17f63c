//! The data folder, the config folder and the most recent session, moved by FOORUMI_HOME.

use foorumi::store;

// One test in this binary, so changing the environment races with nothing.
#[test]
fn foorumi_home_moves_everything_and_recent_is_remembered() {
    let home = tempfile::tempdir().unwrap();
    // SAFETY: the only test in this process; no other thread reads the environment.
    unsafe { std::env::set_var(store::HOME_VAR, home.path()) };

    assert_eq!(store::data_dir().unwrap(), home.path().join("data"));
    assert_eq!(store::config_dir().unwrap(), home.path().join("config"));
    assert_eq!(store::recent(), None);

    let sessions = tempfile::tempdir().unwrap();
    let first = sessions.path().join("kumppanuuspöytä 17.4.2019.ron");
    let second = sessions.path().join("foorumi.ron");
    std::fs::write(&first, "").unwrap();
    std::fs::write(&second, "").unwrap();
    store::set_recent(&first).unwrap();
    assert_eq!(store::recent(), Some(first.clone()));
    store::set_recent(&second).unwrap();
    assert_eq!(store::recent(), Some(second.clone()));

    // A remembered session that was since deleted is not offered.
    std::fs::remove_file(&second).unwrap();
    assert_eq!(store::recent(), None);
}
