//! `export::write_atomic`: the file is the old one or the whole new one, never a part.

use foorumi::export::{self, Format, Options};

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn writes_and_replaces_without_leaving_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yhteenveto.txt");
    export::write_atomic(&path, b"ensimmainen").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"ensimmainen");
    export::write_atomic(&path, "toinen, pidempi sisältö".as_bytes()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "toinen, pidempi sisältö"
    );
    export::write_atomic(&path, b"").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"");
    assert_eq!(names(dir.path()), ["yhteenveto.txt"]);
}

#[test]
fn fails_cleanly_when_the_directory_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ei-ole").join("x.txt");
    assert!(export::write_atomic(&path, b"x").is_err());
    assert!(names(dir.path()).is_empty());
}

#[test]
fn fails_cleanly_when_the_target_is_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kansio");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("sisalla"), b"x").unwrap();
    assert!(export::write_atomic(&target, b"x").is_err());
    assert_eq!(
        names(dir.path()),
        ["kansio"],
        "no temporary file left behind"
    );
}

#[test]
fn every_format_written_to_disk_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let session = foorumi::import::from_text("Teema\n\n- idea\n", None).session;
    let options = Options::for_session(&session);
    for format in Format::ALL {
        let bytes = export::render(&session, format, &options);
        let path = dir
            .path()
            .join(format!("yhteenveto.{}", format.extension()));
        export::write_atomic(&path, &bytes).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{format:?}");
    }
    assert_eq!(names(dir.path()).len(), Format::ALL.len());
}

#[test]
fn a_failed_fsync_keeps_the_old_summary_through_the_stores_one_write() {
    // The export writes through the store's atomic write, so a dying disk fails the export
    // the same way it fails a session save: the old file stays whole, no temporary is left.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yhteenveto.txt");
    export::write_atomic(&path, b"vanha").unwrap();
    let result =
        foorumi::store::seam::failing_sync(|| export::write_atomic(&path, b"uusi, kesken"));
    assert!(result.is_err(), "an unconfirmed write reported success");
    assert_eq!(std::fs::read(&path).unwrap(), b"vanha");
    assert_eq!(names(dir.path()), ["yhteenveto.txt"]);
}
