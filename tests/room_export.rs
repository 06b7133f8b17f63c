//! Phone ideas in the files: accepted ideas carry their source into every summary format
//! and the JSON; the inbox is in the JSON and counted by `check`; hostile names are escaped.

mod common;

use foorumi::export::{Format, Options, render};
use foorumi::model::{Change, InboxItem, Session, Source, accept_inbox};

fn session() -> Session {
    let set = foorumi::bundled::theme_set(foorumi::bundled::DEFAULT_THEME_SET).unwrap();
    let mut s = Session::new("Kumppanuuspöytä", None, &set);
    for (n, name) in [(1, "Aino <b>&</b>"), (2, "")] {
        let item = InboxItem {
            text: format!("Idea puhelimesta {n}"),
            theme: Some("tilat".into()),
            source: Source {
                participant: format!("phone{n:04}"),
                submission: format!("sub{n:06}"),
                name: name.into(),
                organisation: if n == 1 {
                    "Eläkeläiset ry".into()
                } else {
                    String::new()
                },
            },
            received: common::now(),
        };
        s.apply(Change::AddInboxItem {
            item: Box::new(item),
            position: None,
        })
        .unwrap();
    }
    let accept = accept_inbox(&s, "sub000001", Some("tilat")).unwrap();
    s.apply(accept).unwrap();
    s
}

fn text(format: Format, s: &Session) -> String {
    String::from_utf8_lossy(&render(s, format, &Options::for_session(s))).into_owned()
}

#[test]
fn an_accepted_idea_names_its_sender_in_every_summary_and_escapes_it() {
    let s = session();
    let txt = text(Format::Txt, &s);
    assert!(
        txt.contains("Idea puhelimesta 1 (puhelimesta: Aino <b>&</b>"),
        "{txt}"
    );
    assert!(!txt.contains('\u{1b}'));
    let md = text(Format::Md, &s);
    assert!(md.contains("puhelimesta: Aino"), "{md}");
    assert!(
        md.contains("Aino \\<b>\\&\\</b>"),
        "markdown escapes markup: {md}"
    );
    let html = text(Format::Html, &s);
    assert!(
        html.contains("puhelimesta: Aino &lt;b&gt;&amp;&lt;/b&gt;"),
        "{html}"
    );
    let docx = render(&s, Format::Docx, &Options::for_session(&s));
    let doc = common_docx_text(&docx);
    assert!(
        doc.contains("Idea puhelimesta 1 (puhelimesta: Aino <b>&</b>"),
        "{doc}"
    );
    let csv = text(Format::Csv, &s);
    let row = csv
        .lines()
        .find(|l| l.contains("Idea puhelimesta 1"))
        .unwrap();
    assert!(
        row.ends_with(";puhelimesta: Aino <b>&</b>, Eläkeläiset ry"),
        "{row}"
    );
    // The waiting one is not in the summary: only accepted ideas are.
    assert!(!txt.contains("Idea puhelimesta 2"));
}

#[test]
fn the_json_has_the_source_and_the_inbox() {
    let s = session();
    let json: serde_json::Value = serde_json::from_str(&text(Format::Json, &s)).unwrap();
    let idea = &json["ideas"][0];
    assert_eq!(idea["source"]["name"], "Aino <b>&</b>");
    assert_eq!(idea["source"]["via"], "phone");
    assert_eq!(json["inbox"].as_array().unwrap().len(), 1);
    assert_eq!(json["inbox"][0]["source"]["submission"], "sub000002");
}

#[test]
fn check_counts_the_inbox() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    foorumi::store::SessionFile::create(&path, &session()).unwrap();
    let out = common::foorumi(dir.path(), &["check", path.to_str().unwrap()]);
    let said = common::text(&out.stdout);
    assert!(said.contains("Saapuneet puhelimista: 1 odottaa"), "{said}");
}

/// The text of `word/document.xml` in a .docx.
fn common_docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("")
}
