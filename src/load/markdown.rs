//! Markdown articles: the markup is blanked out, byte for byte, so the
//! readers see the words ("**around 450** homes" reads as "around 450
//! homes") while every offset still points into the file on disk.
//!
//! Text, code and HTML (factlint's `<!-- factlint-disable -->` directives
//! are HTML comments) are kept; emphasis markers, link targets, heading
//! and list markers, table pipes and footnote references become spaces.
//! Line breaks stay, so lines, columns and paragraphs do not move.

use pulldown_cmark::{Event, Options, Parser};

/// `text` with the Markdown markup after byte `from` (the end of any
/// front matter) replaced by spaces of the same byte length.
pub fn blank_markup(text: &str, from: usize) -> String {
    let body = &text[from..];
    let mut keep = vec![false; body.len()];
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        if matches!(event, Event::Text(_) | Event::Code(_) | Event::Html(_) | Event::InlineHtml(_)) {
            // A text event's range is its source: for an escaped "\*" that
            // is the star alone, so the backslash goes with the markup.
            let range = match &event {
                Event::Text(t) if t.len() < range.len() && body[range.clone()].ends_with(t.as_ref()) => {
                    range.end - t.len()..range.end
                }
                _ => range,
            };
            keep[range].iter_mut().for_each(|k| *k = true);
        }
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..from]);
    for (i, c) in body.char_indices() {
        if keep[i] || c == '\n' || c == '\r' {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::blank_markup;

    #[test]
    fn markup_becomes_spaces_and_offsets_stay() {
        let md = "# Ferry inquiry\n\nInspectors ran **around 450** open [inquiries](https://x.test/a) this year[^1].\n\n- 1. one item\n\n[^1]: A note.\n";
        let out = blank_markup(md, 0);
        assert_eq!(out.len(), md.len());
        assert_eq!(out.lines().count(), md.lines().count());
        assert!(out.contains("Inspectors ran   around 450   open  inquiries"), "{out}");
        assert!(!out.contains("https"), "{out}");
        assert!(out.starts_with("  Ferry inquiry\n"), "{out}");
    }

    #[test]
    fn directives_multibyte_text_and_front_matter_are_kept() {
        let front = "---\ntitle: A title\n---\n";
        let md = format!("{front}<!-- factlint-disable figure-mismatch -->\n\nCafé _owners_ said “nearly 300”.\n");
        let out = blank_markup(&md, front.len());
        assert_eq!(out.len(), md.len());
        assert!(out.starts_with(front));
        assert!(out.contains("<!-- factlint-disable figure-mismatch -->"));
        assert!(out.contains("Café  owners  said “nearly 300”."), "{out}");
    }
}
