//! Byte spans into an article's text as it is on disk.
//!
//! Every stage after loading speaks in spans of the original bytes, so a
//! diagnostic can always point at the exact words, whatever the encoding
//! quirks (a BOM, CRLF line ends) of the file.

use serde::Serialize;

/// A half-open byte range `[start, end)` into one article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shrinks the span so it holds no leading or trailing whitespace.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.start, s.len()).into()
    }
}

/// Finds line and column of byte offsets in one text.
///
/// Lines are 1-based; columns are 1-based and counted in Unicode scalar
/// values from the start of the line, as the JSON contract asks. A BOM at
/// the start of the file is not counted as a column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Inside lines longer than [`CHECKPOINT_BYTES`]: a byte offset every
    /// that many bytes and its column, so finding a column deep in a very
    /// long line (a file with no line breaks) does not count from the
    /// line's start every time.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_BYTES: usize = 64 * 1024;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::new();
        for (n, &start) in line_starts.iter().enumerate() {
            let end = line_starts.get(n + 1).copied().unwrap_or(text.len());
            let (mut at, mut column) = (start, 0);
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                at = next;
                checkpoints.push((at, column));
            }
        }
        LineIndex { line_starts, checkpoints }
    }

    /// Line and column of a byte offset that lies on a char boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let mut start = self.line_starts[line];
        if line == 0 && text.starts_with('\u{feff}') && offset >= 3 {
            start = 3;
        }
        // Count from the last checkpoint of this line before the offset.
        let mut before = 0;
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        if k > 0 && self.checkpoints[k - 1].0 > self.line_starts[line] {
            let (at, column) = self.checkpoints[k - 1];
            if at > start {
                // A BOM on line 1 is not a column: it sits before `at`.
                let bom = usize::from(start != self.line_starts[line]);
                before = column - bom;
                start = at;
            }
        }
        let column = before + text[start..offset].chars().count() + 1;
        LineCol { line: line + 1, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars_and_skip_the_bom() {
        let text = "\u{feff}ab\r\ncé d";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 3), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 4), LineCol { line: 1, column: 2 });
        let d = text.rfind('d').unwrap();
        assert_eq!(idx.line_col(text, d), LineCol { line: 2, column: 4 });
    }

    #[test]
    fn columns_deep_in_very_long_lines_are_counted_right() {
        let long = "é a ".repeat(60_000); // 300,000 bytes, two chars of them é
        for text in [format!("\u{feff}{long}\nnext"), format!("short\n{long}\r\n{long}")] {
            let idx = LineIndex::new(&text);
            assert!(!idx.checkpoints.is_empty());
            for offset in (0..text.len()).step_by(7_919).filter(|&o| text.is_char_boundary(o)) {
                let line = text[..offset].matches('\n').count();
                let mut start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
                if line == 0 && text.starts_with('\u{feff}') && offset >= 3 {
                    start = 3;
                }
                let want = LineCol { line: line + 1, column: text[start..offset].chars().count() + 1 };
                assert_eq!(idx.line_col(&text, offset), want, "offset {offset}");
            }
        }
    }

    #[test]
    fn trim_removes_outer_whitespace() {
        let text = "  hello \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 7));
        assert!(Span::new(0, 2).trim(text).is_empty());
    }
}
