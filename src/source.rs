//! Positions in a decoded seed: byte offsets in the model, 1-based line and character column only when
//! a diagnostic is rendered. `\r\n`, `\r` and `\n` each end a line.

/// A 1-based line and a 1-based column counted in Unicode scalar values (characters), as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineColumn {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Maps byte offsets of one text to line/column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes where each line of `text` starts.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 2);
        starts.push(0);
        // memchr's vectorised search: this runs over every byte of every seed, and a byte loop was 5% of `check`.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {} // the `\n` that follows ends the line
                _ => starts.push(i + 1),
            }
        }
        LineIndex { starts }
    }

    /// Line and column of byte `offset` in `text` (the text this index was built from).
    pub fn line_column(&self, text: &str, offset: usize) -> LineColumn {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        LineColumn { line: line + 1, column }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// Number of lines, counting the empty one after a final line terminator.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// Splits `text` into lines without their terminators (`\r\n`, `\r`, `\n`), paired with their start offset.
pub fn lines_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let index = LineIndex::new(text);
    let mut out = Vec::with_capacity(index.line_count());
    for (n, &start) in index.starts.iter().enumerate() {
        let end = index.starts.get(n + 1).copied().unwrap_or(text.len());
        let line = text[start..end].trim_end_matches(['\n', '\r']);
        out.push((start, line));
    }
    // A final terminator does not open a new, empty line.
    if out.len() > 1 && out.last().is_some_and(|(s, l)| l.is_empty() && *s == text.len()) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_all_line_ends() {
        let text = "ắa\r\nbê\rc\nđx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_column(text, 0), LineColumn { line: 1, column: 1 });
        let b = text.find('b').unwrap();
        assert_eq!(idx.line_column(text, b), LineColumn { line: 2, column: 1 });
        let c = text.find('c').unwrap();
        assert_eq!(idx.line_column(text, c), LineColumn { line: 3, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_column(text, x), LineColumn { line: 4, column: 2 });
        let a = text.find('a').unwrap();
        assert_eq!(idx.line_column(text, a), LineColumn { line: 1, column: 2 });
    }

    #[test]
    fn lines_drop_terminators_and_final_newline() {
        let got: Vec<&str> = lines_with_offsets("a\r\n\r\nb\n").into_iter().map(|(_, l)| l).collect();
        assert_eq!(got, vec!["a", "", "b"]);
        let got: Vec<&str> = lines_with_offsets("").into_iter().map(|(_, l)| l).collect();
        assert_eq!(got, vec![""]);
    }
}
