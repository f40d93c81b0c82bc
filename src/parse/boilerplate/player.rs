//! A web media player's controls that a page's text kept. video.js, the player most Vietnamese news sites
//! build on (VnExpress's, Dân trí's), writes its loading line, its buttons and timers and the whole text of
//! its caption-settings dialog into the page: from `Video Player is loading.` to `End of dialog window.`, or
//! the same strings in the page's language from the library's own translations (`Trình phát Video is
//! loading.` … `Kết thúc cửa sổ hộp thoại.`). A scraper that keeps the page's text keeps them, on their own
//! lines or glued into the article's first line.
//!
//! The two ends are the library's fixed strings (`vocabulary.json`, `media_player`), which no article
//! writes; what lies between an opening and the nearest close within `MAX_LINES` is the player's, whatever
//! it says (`Hiện tại 0:00`, `Tắt tiếng`, `Text Color White Black …`), when no other opening and no line of
//! running text stands between them (a player prints none: a paragraph between says the close is another
//! player's, or a sentence quoting the string). It goes as `widget` (rule `media-player`); text glued after
//! the close (`… End of dialog window.HAGL khiến …`) is cut off and stays. An opening with no close near it,
//! or a close with no opening, proves nothing: nothing is done.

use super::features::{Class, PlayerMarkers, VOCABULARY};
use super::{Detector, RemovedKind, Scan};

/// The detector.
pub struct MediaPlayer;

/// Most lines from a player's opening line to its close (a player prints some 30).
const MAX_LINES: usize = 80;

/// The player's opening and closing strings, lower-case (`vocabulary.json`, `media_player`).
fn markers() -> &'static PlayerMarkers {
    &VOCABULARY.media_player
}

/// Whether `text` opens with a player's loading line (any case). Compared character by character, each in
/// lower case as `char::to_lowercase` has it, with no copy of the line: this asks every line of every seed,
/// and most fail at their first or second letter.
fn opens(text: &str) -> bool {
    let text = text.trim_start();
    markers().opens.iter().any(|m| {
        let mut chars = text.chars();
        m.chars().all(|mc| chars.next().is_some_and(|c| c == mc || c.to_lowercase().eq(std::iter::once(mc))))
    })
}

/// Whether `text` is a player's loading line and nothing else (`Video Player is loading.`): a line that goes
/// on (`… → Trình phát video đang tải.`, the article glued to it) is a text's, unless the close is on it too.
fn opens_alone(text: &str) -> bool {
    let lower = crate::parse::text::lowercase(text.trim());
    markers().opens.iter().any(|m| lower.strip_prefix(m.as_str()).is_some_and(|rest| matches!(rest, "" | "." | "...")))
}

/// Fewest lines from a player's own opening line to its close: a player prints a dozen or more; a tutorial
/// may quote its two strings one under the other.
const MIN_LINES: usize = 4;

/// The byte of `text` right after a player's closing string, if it holds one (any case). Lower-casing may
/// change a line's length: only a close found at the same bytes of the line is taken.
fn close_end(text: &str) -> Option<usize> {
    let lower = crate::parse::text::lowercase(text);
    if lower.len() != text.len() {
        return None;
    }
    markers().closes.iter().filter_map(|m| lower.find(m.as_str()).map(|at| at + m.len())).min()
}

impl Detector for MediaPlayer {
    fn name(&self) -> &'static str {
        "media-player"
    }

    fn detect(&self, scan: &mut Scan) {
        let mut i = 0;
        while i < scan.items.len() {
            if !(scan.items[i].is_live() && opens(&scan.items[i].text)) {
                i += 1;
                continue;
            }
            // The nearest close, before another opening and with no running text on the way (the player's
            // lines hold none: a paragraph between says the close is not this opening's). The opening line
            // itself may be running text only when the close is on it too (a body's lines joined).
            let last = (i + MAX_LINES).min(scan.items.len() - 1);
            let mut close = None;
            for j in i..=last {
                let item = &scan.items[j];
                if !item.is_live() {
                    continue;
                }
                if let Some(end) = close_end(&item.text) {
                    close = Some((j, end));
                    break;
                }
                if (j > i && opens(&item.text)) || item.class() == Class::Good {
                    break;
                }
            }
            let lines = (i..=close.map_or(i, |(j, _)| j)).filter(|&k| scan.items[k].is_live()).count();
            let Some((j, end)) =
                close.filter(|&(j, _)| j == i || (opens_alone(&scan.items[i].text) && lines >= MIN_LINES))
            else {
                i += 1;
                continue;
            };
            // Text glued after the close is the article's: cut off, it stays.
            if !scan.items[j].text[end..].trim().is_empty() {
                scan.split(j, end);
            }
            for k in i..=j {
                scan.remove(k, RemovedKind::Widget, "media-player");
            }
            i = j + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, PARA, PARA2, PARA3};

    /// VnExpress's player (2025) as a Markdown converter printed it, line by line.
    const PLAYER: &str = "Video Player is loading.\nXem\nHiện tại 0:00\n/\nThời lượng 0:00\nĐã tải: 0%\n0:00\n\
                          Tiến trình: 0%\nTắt tiếng\nTỷ lệ phát lại\n1x\nAudio Track\nToàn màn hình\n\
                          This is a modal window.\nBeginning of dialog window. Escape will cancel and close the window.\n\
                          Font Size 50% 75% 100% 125% 150% 175% 200% 300% 400% Text Edge Style None Raised\n\
                          Reset restore all settings to the default valuesDone\nClose Modal Dialog\nEnd of dialog window.";

    #[test]
    fn a_players_controls_go_from_its_loading_line_to_its_dialogs_end() {
        let (kept, removed) = run(&format!("{PARA}\n{PLAYER}\n{PARA2}\n{PARA3}"), None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3]);
        assert_eq!(removed.len(), PLAYER.lines().count(), "{removed:?}");
        // Dân trí's, in the library's Vietnamese strings.
        let player = "Trình phát Video is loading.\nPhát Video\nBật âm thanh\nThời gian hiện tại 0:00\n\
                      Bắt đầu cửa sổ hộp thoại. Esc sẽ thoát và đóng cửa sổ.\nĐóng cửa sổ\nKết thúc cửa sổ hộp thoại.";
        let (kept, _) = run(&format!("{PARA}\n{player}\n{PARA2}"), None);
        assert_eq!(kept, vec![PARA, PARA2]);
    }

    #[test]
    fn text_glued_after_the_player_stays() {
        // VnExpress (2025) with every line of the body joined: the player glued to the article's first words.
        let glued = format!("{}{PARA}", PLAYER.replace('\n', ""));
        let (kept, _) = run(&format!("{glued}\n{PARA2}"), None);
        assert_eq!(kept, vec![PARA, PARA2]);
    }

    #[test]
    fn running_text_or_another_opening_before_the_close_stops_the_player() {
        // A second reviewer's probes (session 23): a player with no close, the article, then a player with
        // one; an opening glued to the article's first paragraph.
        let open_only = "Video Player is loading.\nTắt tiếng\nToàn màn hình";
        let page = format!("{open_only}\n{PARA}\n{PARA2}\n{PLAYER}\n{PARA3}");
        let (kept, _) = run(&page, None);
        assert!(kept.contains(&PARA.to_string()) && kept.contains(&PARA2.to_string()), "{kept:?}");
        assert!(kept.contains(&PARA3.to_string()) && !kept.iter().any(|t| t.contains("dialog window")), "{kept:?}");
        let page = format!("Video Player is loading.{PARA}\n{PARA2}\nEnd of dialog window.\n{PARA3}");
        let (kept, _) = run(&page, None);
        assert!(kept.iter().any(|t| t.ends_with(PARA)), "{kept:?}");
        // A tutorial quoting the two strings, or a table of the library's translations.
        for quoted in [
            "Video Player is loading.\nEnd of dialog window.",
            "Video Player is loading. → Trình phát video đang tải.\nPlay Video → Phát video\nMute → Tắt tiếng\nFullscreen → Toàn màn hình\nEnd of dialog window. → Kết thúc cửa sổ hộp thoại.",
        ] {
            let (kept, _) = run(&format!("{PARA}\n{quoted}\n{PARA2}"), None);
            assert_eq!(kept.len(), 2 + quoted.lines().count(), "{kept:?}");
        }
    }

    #[test]
    fn one_end_alone_proves_nothing() {
        // An article about the player, or a close with no opening: the text's.
        for text in [
            format!("{PARA}\nVideo Player is loading. Đây là dòng chữ hiện ra khi trình phát chưa tải xong.\n{PARA2}"),
            format!("{PARA}\nDòng End of dialog window. là chuỗi cố định của thư viện video.js.\n{PARA2}"),
        ] {
            let (kept, _) = run(&text, None);
            assert_eq!(kept.len(), 3, "{kept:?}");
        }
    }
}
