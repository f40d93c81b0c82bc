//! Property tests: any bytes go through the pipeline without a panic, and any document — whatever its
//! characters — comes out of the XML writers as well-formed XML with its text intact.

use proptest::prelude::*;
use seeds_convert::input::SeedInput;
use seeds_convert::model::{Block, BlockKind, Document, Removed};
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::write::{self, WriteOptions};

fn well_formed(xml: &str) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Err(e) => return Err(format!("{e} at {}", reader.buffer_position())),
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Text(t)) => {
                let text = t.xml_content().map_err(|e| e.to_string())?;
                if let Some(c) = text.chars().find(|&c| !seeds_convert::write::xml::is_xml_char(c)) {
                    return Err(format!("forbidden character U+{:04X} written", c as u32));
                }
            }
            Ok(quick_xml::events::Event::Eof) => return if depth == 0 { Ok(()) } else { Err("unbalanced".into()) },
            Ok(_) => {}
        }
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zàáạảãăắặẵâấậẫđêềệễôốộổơờợữưừựỹ <>&\"'\\]\\[!-]{1,40}",
        any::<String>().prop_filter("non-empty", |s| !s.is_empty()),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    (
        proptest::option::of(text()),
        proptest::collection::vec((0..BlockKind::ALL.len(), text(), any::<bool>()), 1..6),
        proptest::collection::vec(text(), 0..3),
    )
        .prop_map(|(title, blocks, removed)| Document {
            source: "prop.txt".into(),
            title,
            url: Some("https://example.vn/a?b=1&c=<2>".into()),
            date: Some("2013-05-26T20:44:00+07:00".into()),
            publisher: Some("TTXVN & <Co>".into()),
            category: Some("Kinh tế".into()),
            tags: vec!["a&b".into()],
            language: "vi".into(),
            encoding: "UTF-8".into(),
            layout: "blog".into(),
            repairs: vec![],
            blocks: blocks
                .into_iter()
                .map(|(k, text, inferred)| Block { kind: BlockKind::ALL[k], text, line: 1, inferred })
                .collect(),
            removed: removed
                .into_iter()
                .enumerate()
                .map(|(i, text)| Removed { kind: "comment-footer".into(), text, line: i + 1, rule: "r".into() })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let seed = SeedInput { name: "fuzz.txt".into(), bytes, sidecar: None };
        let done = process(&seed, &ReadOptions::default());
        if done.is_valid() {
            prop_assert!(seeds_convert::check::validate_document(&done.document, None).is_empty());
        }
    }

    #[test]
    fn any_text_seed_never_panics(text in any::<String>()) {
        let seed = SeedInput { name: "fuzz.txt".into(), bytes: text.into_bytes(), sidecar: None };
        let _ = process(&seed, &ReadOptions::default());
    }

    #[test]
    fn any_document_gives_well_formed_tei_and_xhtml(doc in document()) {
        let mut tei = Vec::new();
        write::find("tei").unwrap().write(std::slice::from_ref(&doc), &WriteOptions::default(), &mut tei).unwrap();
        let tei = String::from_utf8(tei).unwrap();
        prop_assert!(well_formed(&tei).is_ok(), "{:?}\n{}", well_formed(&tei), tei);
        let xhtml = write::epub_chapter(&doc);
        prop_assert!(well_formed(&xhtml).is_ok(), "{:?}\n{}", well_formed(&xhtml), xhtml);
        let mut two = Vec::new();
        write::find("tei").unwrap().write(&[doc.clone(), doc], &WriteOptions::default(), &mut two).unwrap();
        prop_assert!(well_formed(&String::from_utf8(two).unwrap()).is_ok());
    }
}
