//! `--to md`: a CommonMark parser (pulldown-cmark, CommonMark only) reads back the same articles — title,
//! URL, and every block with its kind and exact text — over the samples and over ../shared/corpus.

use crate::run;
use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

#[derive(Debug, Default, PartialEq)]
pub struct Article {
    title: String,
    header: Vec<String>,
    pub url: Option<String>,
    blocks: Vec<(String, String)>,
}

/// What one top-level block of the Markdown was read as.
enum Read {
    Title(String),
    Block(&'static str, String),
    Url(String),
    Rule,
}

/// Reads `--to md` output back into articles. Any markup the writer does not emit (code, raw HTML, links
/// inside text, emphasis inside a paragraph, lists, quotes) is a failure: it means text was not escaped.
pub fn read_back(md: &str) -> Vec<Article> {
    let mut articles: Vec<Article> = Vec::new();
    let mut events = Parser::new(md).peekable();
    while let Some(event) = events.next() {
        let read = match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let text = inline_text(&mut events, &TagEnd::Heading(level), md);
                match level {
                    HeadingLevel::H1 => Read::Title(text),
                    HeadingLevel::H2 => Read::Block("heading", text),
                    other => panic!("unexpected heading {other:?} in:\n{md}"),
                }
            }
            Event::Start(Tag::Paragraph) => paragraph(&mut events, md),
            Event::Rule => Read::Rule,
            other => panic!("unexpected block {other:?} in:\n{md}"),
        };
        match read {
            Read::Title(title) => articles.push(Article { title, ..Default::default() }),
            Read::Url(url) => {
                let article = articles.last_mut().expect("a title first");
                assert!(article.url.is_none() && article.blocks.len() <= 1, "a URL line in the body:\n{md}");
                article.url = Some(url);
            }
            Read::Rule => {
                // Everything before the rule was the header (the meta line, then the URL).
                let article = articles.last_mut().expect("a title first");
                assert!(article.header.is_empty(), "two rules in one article");
                article.header = article.blocks.drain(..).map(|(_, t)| t).collect();
                article.header.push("---".into());
            }
            Read::Block(kind, text) => articles.last_mut().expect("a title first").blocks.push((kind.into(), text)),
        }
    }
    articles
}

fn paragraph<'a>(events: &mut std::iter::Peekable<Parser<'a>>, md: &str) -> Read {
    let (kind, end) = match events.peek() {
        Some(Event::Start(Tag::Strong)) => ("lead", vec![TagEnd::Strong, TagEnd::Paragraph]),
        Some(Event::Start(Tag::Emphasis)) => {
            events.next();
            if matches!(events.peek(), Some(Event::Start(Tag::Strong))) {
                ("attribution", vec![TagEnd::Strong, TagEnd::Emphasis, TagEnd::Paragraph])
            } else {
                let text = inline_text(events, &TagEnd::Emphasis, md);
                assert_eq!(events.next(), Some(Event::End(TagEnd::Paragraph)), "a caption is a whole paragraph");
                return Read::Block("caption", text);
            }
        }
        Some(Event::Start(Tag::Link {
            link_type: link @ (LinkType::Autolink | LinkType::Inline), dest_url, ..
        })) => {
            // An autolink's text is its destination; an inline link shows the seed's URL and links to its
            // `link::href` form.
            let autolink = *link == LinkType::Autolink;
            let dest = dest_url.to_string();
            events.next();
            let text = inline_text(events, &TagEnd::Link, md);
            let url = if autolink { dest } else { text };
            assert_eq!(events.next(), Some(Event::End(TagEnd::Paragraph)), "a URL line is the whole paragraph");
            return Read::Url(url);
        }
        _ => ("paragraph", vec![TagEnd::Paragraph]),
    };
    if kind != "paragraph" {
        events.next();
    }
    let text = inline_text(events, &end[0], md);
    for tag in &end[1..] {
        assert_eq!(events.next(), Some(Event::End(*tag)), "{kind}: markup must wrap the whole paragraph:\n{md}");
    }
    Read::Block(kind, text)
}

/// The text up to `end`, which must be plain: text, character references, line breaks.
fn inline_text<'a>(events: &mut std::iter::Peekable<Parser<'a>>, end: &TagEnd, md: &str) -> String {
    let mut text = String::new();
    for event in events.by_ref() {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak => text.push('\n'),
            Event::End(e) if &e == end => return text,
            other => panic!("markup {other:?} in text (an escape is missing) after {text:?} in:\n{md}"),
        }
    }
    panic!("unterminated {end:?}")
}

/// Converts `inputs` to JSON Lines and to Markdown and checks that the Markdown reads back as the same
/// articles; returns how many.
fn assert_round_trip(inputs: &[&str]) -> usize {
    let json = run(&[&["--to", "json", "-q", "--no-profile"][..], inputs].concat());
    assert_eq!(json.code, 0, "{}", json.stderr);
    let md = run(&[&["--to", "md", "-q", "--no-profile"][..], inputs].concat());
    assert_eq!(md.code, 0, "{}", md.stderr);
    let docs: Vec<serde_json::Value> = if json.stdout.starts_with("{\n") {
        vec![serde_json::from_str(&json.stdout).unwrap()]
    } else {
        json.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let articles = read_back(&md.stdout);
    assert_eq!(articles.len(), docs.len(), "one article per document");
    for (doc, article) in docs.iter().zip(&articles) {
        let source = doc["source"].as_str().unwrap();
        match doc["title"].as_str() {
            Some(title) => assert_eq!(article.title, title, "{source}"),
            None => assert!(article.title.starts_with("(không có tiêu đề)"), "{source}: {}", article.title),
        }
        assert_eq!(article.url.as_deref(), doc["url"].as_str(), "{source}");
        if let Some(publisher) = doc["publisher"].as_str() {
            assert!(article.header.first().is_some_and(|m| m.starts_with(publisher)), "{source}: {:?}", article.header);
        }
        let has_header = doc["url"].is_string()
            || doc["publisher"].is_string()
            || doc["date"].is_string()
            || doc["category"].is_string();
        assert_eq!(article.header.last().map(String::as_str), has_header.then_some("---"), "{source}");
        let blocks: Vec<(String, String)> = doc["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| (b["kind"].as_str().unwrap().to_string(), b["text"].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(article.blocks, blocks, "{source}");
    }
    docs.len()
}

#[test]
fn markdown_reads_back_as_the_same_articles() {
    for seed in crate::seeds_in("samples/articles").iter().chain(&crate::seeds_in("samples/warnings")) {
        assert_eq!(assert_round_trip(&[seed]), 1);
    }
    assert!(assert_round_trip(&["samples/articles", "samples/warnings", "samples/encodings"]) > 20);
}

#[test]
fn markdown_of_the_corpus_reads_back_as_the_same_articles() {
    if !crate::corpus::corpus_present() {
        return crate::skip(&format!("{} not present", crate::corpus::CORPUS));
    }
    assert!(assert_round_trip(&[crate::corpus::CORPUS]) >= 2_600);
}

#[test]
fn markup_lookalikes_in_text_stay_text() {
    let seed = "Tiêu đề # có *sao* và _gạch_\n\n# không phải tiêu đề\n\n- không phải danh sách\n\n1. không phải\n\n\
                > không phải trích dẫn\n\n<b>thẻ</b> &amp; [liên kết](http://x.vn) `mã` \\ ***\n\n    thụt lề\n\n---\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, seed).unwrap();
    assert_round_trip(&[path.to_str().unwrap()]);
}
