//! One seed through the whole pipeline, in memory: decode → clean → parse → check. No I/O here.

use crate::check::{self, Context, Diagnostic, SchemaValidator};
use crate::decode::{self, clean, tone::ToneStyle};
use crate::input::SeedInput;
use crate::model::Document;
use crate::parse::{self, ParseOptions};

/// Options for reading and checking seeds.
#[derive(Clone)]
pub struct ReadOptions {
    /// How to parse: forced layout, line rules, profile, look-alike folding.
    pub parse: ParseOptions,
    /// Missing or unusable titles are errors.
    pub strict: bool,
    /// A user's schema, applied on top of the built-in one.
    pub user_schema: Option<std::sync::Arc<SchemaValidator>>,
    /// Learn a profile of recurring lines from the run's inputs when none was given (`--no-profile`: no).
    pub learn_profile: bool,
    /// Move `oa`/`oe`/`uy` tone marks to this style (`None`: keep the input's).
    pub tone_style: Option<ToneStyle>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            parse: ParseOptions::default(),
            strict: false,
            user_schema: None,
            learn_profile: true,
            tone_style: None,
        }
    }
}

/// A seed, read and checked.
#[derive(Debug)]
pub struct Processed {
    /// The parsed document.
    pub document: Document,
    /// Problems found in the seed, sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
}

impl Processed {
    /// True when no diagnostic is an error.
    pub fn is_valid(&self) -> bool {
        !check::has_errors(&self.diagnostics)
    }
}

/// Reads one seed into a document and checks it.
pub fn process(seed: &SeedInput, options: &ReadOptions) -> Processed {
    let decoded = decode_seed(&seed.bytes);
    let mut cleaned = clean::clean_with(&decoded.text, options.tone_style);
    cleaned.repairs.extend(decoded.repairs());
    cleaned.repairs.sort_by(|a, b| a.kind.cmp(&b.kind));
    let sidecar = seed.sidecar.as_ref().map(|bytes| clean::clean_with(&decode::decode(bytes).text, options.tone_style));
    let parsed = parse::parse(&seed.name, decoded.encoding, &cleaned, sidecar.as_ref(), &options.parse);
    let cx = Context::new(
        &seed.name,
        &seed.bytes,
        &decoded,
        &cleaned,
        &parsed,
        options.strict,
        options.user_schema.as_deref(),
    );
    let diagnostics = check::check(&cx);
    Processed { document: parsed.document, diagnostics }
}

/// The keys (`profile::line_key`) of a seed's distinct lines, for learning a profile: decoded and cleaned
/// as `process` does, nothing parsed.
pub fn profile_keys(seed: &SeedInput, options: &ReadOptions) -> Vec<u64> {
    let decoded = decode::decode(&seed.bytes);
    let cleaned = clean::clean_with(&decoded.text, options.tone_style);
    let mut keys: Vec<u64> = Vec::new();
    // The openings and closes of the lines at both ends of the text (`profile::affix_keys`).
    let solid: Vec<&str> = cleaned.lines.iter().map(|l| l.text.as_str()).filter(|t| !t.is_empty()).collect();
    let edge = parse::boilerplate::profile::AFFIX_LINES;
    for (n, line) in solid.iter().enumerate() {
        if n < edge || n + edge >= solid.len() {
            keys.extend(parse::boilerplate::profile::affix_keys(line).into_iter().map(|(k, _, _)| k));
        }
        // The site's name after the page title (`profile::suffix_key`), in the first lines.
        if n < edge {
            keys.extend(parse::boilerplate::profile::suffix_key(line).map(|(k, _)| k));
        }
    }
    // A Markdown seed's lines as the detectors will see them, their inline markup off (`**THƯ VIỆN PHÁP
    // LUẬT** chân thành xin lỗi …` is judged as `THƯ VIỆN PHÁP LUẬT chân thành xin lỗi …`).
    // (And the run's headline slot as the parser reads its head, `slot_headline`: `* About`, not `* [About](/about)`.)
    // (No profile: the keys are what one is learned from.)
    if let Some(markdown) = parse::markdown::normalise(&cleaned, None) {
        use parse::boilerplate::profile;
        let (texts, solid): (Vec<&str>, Vec<Option<u64>>) = markdown
            .cleaned
            .lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.as_str(), profile::line_key(&l.text)))
            .unzip();
        keys.extend(solid.iter().flatten().copied());
        keys.extend(profile::slot_keys(&solid, &texts, profile::text_start(&texts)));
    }
    // A text browser's or converter's dump as the parser reads it (`parse::parse`): its wrapped lines joined
    // again, the browser's list of links, link numbers and tokens out. A site's footer paragraph, wrapped at
    // the same width on every page, recurs as one line there too.
    // (Its head is counted there only: where its text begins is found among paragraphs, not among lines
    // cut at a width, none of which reads as running text — `profile::text_start`.)
    let undumped = parse::dump::Undumped::of(&cleaned);
    let changed = undumped.changed();
    line_and_head_keys(&cleaned, !changed, &mut keys);
    if changed {
        line_and_head_keys(undumped.cleaned(&cleaned), true, &mut keys);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The keys of `cleaned`'s lines and of the units of its long lines, and (with `heads`) its head's keys
/// (`profile::head_keys`), added to `keys`.
fn line_and_head_keys(cleaned: &crate::decode::clean::Cleaned, heads: bool, keys: &mut Vec<u64>) {
    use parse::boilerplate::profile;
    // Each line's key, worked out once; the lines of the document's head are also counted as a head's.
    let line_keys: Vec<Option<u64>> = cleaned.lines.iter().map(|l| profile::line_key(&l.text)).collect();
    let (texts, solid_keys): (Vec<&str>, Vec<Option<u64>>) = cleaned
        .lines
        .iter()
        .zip(&line_keys)
        .filter(|(l, _)| !l.text.is_empty())
        .map(|(l, &k)| (l.text.as_str(), k))
        .unzip();
    if heads {
        keys.extend(profile::head_keys(&solid_keys, &texts));
    }
    for (line, key) in cleaned.lines.iter().zip(line_keys) {
        keys.extend(key);
        // The units of a long line count too: a scraper that fuses a page's parts onto one line fuses its
        // furniture into every page alike (`parse::body` cuts lines the same way).
        if let Some((units, _, _)) = parse::boilerplate::segment::cut(&line.text) {
            keys.extend(units.iter().filter_map(|u| profile::line_key(u)));
        }
    }
}

/// Decodes a seed's bytes. A canonical text (`parse::canonical`) is UTF-8 that this program wrote: it is
/// taken as it is and never "repaired", since a mojibake repair, whose evidence depends on the lines around
/// a line, could read it differently from the seed it came from (found by the `writers` fuzz target).
fn decode_seed(bytes: &[u8]) -> decode::Decoded {
    // The marker is looked for in the bytes first: validating a whole seed as UTF-8 only to find it does
    // not open with the marker (nearly every seed) cost as much as a tenth of decoding.
    if !bytes.starts_with(parse::canonical::MARKER.as_bytes()) {
        return decode::decode(bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => decode::Decoded::new(text.to_owned(), "UTF-8", false),
        Err(_) => decode::decode(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_seeds_lines_are_learned_as_the_detectors_see_them() {
        // thuvienphapluat.vn (2026) as crawl4ai printed it: a standing notice with bold marks on every page.
        let text = "* [Trang chủ](/)\n* [Văn bản](/van-ban)\n* [Tin tức](/tin-tuc)\n# Miễn thuế cho doanh nghiệp khởi nghiệp\n\n**THƯ VIỆN PHÁP LUẬT** chân thành xin lỗi Quý khách vì website không vào được.\n\nNội dung bài viết về chính sách miễn thuế.";
        let seed = SeedInput { name: "a.md".into(), bytes: text.as_bytes().to_vec(), sidecar: None };
        let keys = profile_keys(&seed, &ReadOptions::default());
        let plain = "THƯ VIỆN PHÁP LUẬT chân thành xin lỗi Quý khách vì website không vào được.";
        assert!(keys.contains(&parse::boilerplate::profile::line_key(plain).expect("long enough")));
        // The raw line is learned too (a run may mix Markdown and plain seeds of one site).
        let raw = "**THƯ VIỆN PHÁP LUẬT** chân thành xin lỗi Quý khách vì website không vào được.";
        assert!(keys.contains(&parse::boilerplate::profile::line_key(raw).expect("long enough")));
    }

    /// `text` wrapped at `width` characters, as a text browser sets a paragraph (three spaces in).
    fn wrapped(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = String::from("   ");
        for word in text.split_whitespace() {
            if line.chars().count() + 1 + word.chars().count() > width && !line.trim().is_empty() {
                out.push_str(line.trim_end());
                out.push('\n');
                line = String::from("   ");
            }
            if !line.trim().is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(line.trim_end());
        out.push('\n');
        out
    }

    #[test]
    fn a_dumps_wrapped_footer_is_learned_as_the_parser_reads_it_and_a_last_button_closes_nothing() {
        // top247.vn (2021) as lynx printed its pages at 79 columns: the site's about paragraph and copyright
        // wrapped alike under every review, then the page's last button.
        let footer = "Website được tạo ra để giúp người dùng đưa ra quyết định mua sắm trực tuyến, trang web này chứa \
                      thông tin về nhiều loại sản phẩm và dịch vụ. Các thông tin mà chúng tôi cung cấp luôn được cập \
                      nhật liên tục mang tính khách quan nhất, dựa trên các đánh giá và review của khách hàng.";
        let topics = ["chuyển nhà", "học thanh nhạc", "vệ sinh máy lạnh", "mua nhẫn cưới", "chăm sóc da"];
        let page = |topic: &str| {
            let mut text = format!("Top 5 địa chỉ {topic} uy tín nhất hiện nay\n\n");
            for k in 1..=4 {
                let para = format!(
                    "Phần {k} nói về {topic}: khi lựa chọn dịch vụ, bạn cần tìm hiểu kỹ về kinh nghiệm, giá cả và \
                     đánh giá của những khách hàng đã sử dụng trước đó, để tránh những rủi ro không đáng có trong \
                     quá trình {topic} và tiết kiệm được nhiều chi phí cho gia đình mình."
                );
                text.push_str(&wrapped(&para, 79));
                text.push('\n');
            }
            text.push_str(&wrapped(footer, 79));
            text.push_str("\n   Nghiêm cấm mọi hành vi sao chép hoặc không ghi rõ nguồn khi sử dụng lại\n   thông tin từ Website này.\n\n   (BUTTON)\n");
            text
        };
        let seeds: Vec<SeedInput> = topics
            .iter()
            .map(|t| SeedInput { name: format!("{t}.txt"), bytes: page(t).into_bytes(), sidecar: None })
            .collect();
        let mut builder = parse::boilerplate::profile::ProfileBuilder::default();
        for seed in &seeds {
            builder.add_keys(profile_keys(seed, &ReadOptions::default()));
        }
        let profile = std::sync::Arc::new(builder.finish());
        let options = ReadOptions {
            parse: ParseOptions { profile: Some(profile), ..ParseOptions::default() },
            ..ReadOptions::default()
        };
        let doc = process(&seeds[1], &options).document;
        let kept: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert!(kept.iter().all(|t| t.starts_with("Phần ")), "{kept:?}");
        let gone: Vec<(&str, &str)> = doc.removed.iter().map(|r| (r.rule.as_str(), r.text.as_str())).collect();
        assert!(gone.iter().any(|(rule, t)| *rule == "profile" && t.starts_with("Website được tạo ra")), "{gone:?}");
        assert!(gone.contains(&("browser-token", "(BUTTON)")), "{gone:?}");
    }

    #[test]
    fn a_portals_greeting_over_every_pages_path_is_no_lead_and_no_title() {
        // A school portal's pages (held-out-82, there through w3m): seventy lines of menus, then the
        // portal's greeting over the page's path, its date and its headline. The greeting stands past the two
        // fifths of the page's lines but above its text: it is a head's line on every page
        // (`profile::text_start`), so no lead, and it goes with the run's furniture.
        let greeting = "Chào mừng bạn đến với cổng thông tin điện tử của Trường Trung Học Cơ Sở Nguyễn Huệ";
        let menu: String = (0..70).map(|n| format!("  • Mục số {n} của trang\n")).collect();
        let headlines = [
            "Liên đội trường kỷ niệm 80 năm ngày hy sinh anh Kim Đồng",
            "Học sinh hưởng ứng chiến dịch diệt lăng quăng phòng bệnh sốt xuất huyết",
            "Liên đội thăm tặng quà mẹ Việt Nam anh hùng ở địa phương",
            "Tổ Sử Địa tổ chức hoạt động giáo dục STEM chủ đề tái chế vật liệu",
            "Liên đội tổ chức phong trào đọc và làm theo báo Đội năm học mới",
        ];
        let page = |n: usize| {
            let mut text = format!(
                "{menu}\nThursday, 05/12/2024 - 19:27|\n{greeting}\n\n 1. Trang chủ\n 2. Tin tức\n\n\
                 Thứ 6, 1{n}/02/2023 | 07:38\n\n{}\n\n",
                headlines[n]
            );
            for k in 1..=3 {
                text.push_str(&format!(
                    "Đoạn {k} của bài {n}: các bạn đội viên của liên đội đã cùng nhau tổ chức nhiều hoạt động ý \
                     nghĩa, thiết thực để kỷ niệm ngày lễ, qua đó giáo dục truyền thống cho học sinh toàn trường.\n\n"
                ));
            }
            // (The footer's menu, as long as the page's text and more.)
            text.push_str(&(0..30).map(|n| format!("  • Liên kết số {n}\n")).collect::<String>());
            text
        };
        let seeds: Vec<SeedInput> = (0..5)
            .map(|n| SeedInput { name: format!("{n}.txt"), bytes: page(n).into_bytes(), sidecar: None })
            .collect();
        let mut builder = parse::boilerplate::profile::ProfileBuilder::default();
        for seed in &seeds {
            builder.add_keys(profile_keys(seed, &ReadOptions::default()));
        }
        let options = ReadOptions {
            parse: ParseOptions { profile: Some(std::sync::Arc::new(builder.finish())), ..ParseOptions::default() },
            ..ReadOptions::default()
        };
        let doc = process(&seeds[0], &options).document;
        assert_eq!(doc.title.as_deref(), Some(headlines[0]), "{:?}", doc.removed);
        assert!(doc.removed.iter().any(|r| r.text == greeting), "{:?}", doc.removed);
    }
}
