//! Text on the canvas: widths for layout, line wrapping and fitting. Widths
//! are estimated from character classes, so that a layout (its lines and its
//! height) is the same natively, in every browser and in the space a page
//! holds for it; in the browser the web layer also sets a measure (the
//! canvas's own `measureText`), so that what a layout places inside a line
//! of text (a title figure's highlight and tap area) lies on the text the
//! canvas draws (`measured_width`).

use std::cell::Cell;

/// Measures text: its width in pixels at a size in px, bold or not; NaN
/// where it cannot (the estimate is used then).
pub type Measure = fn(&str, f64, bool) -> f64;

thread_local! {
    static MEASURE: Cell<Option<Measure>> = const { Cell::new(None) };
}

/// Measures text with `measure` from now on (`None`: by the estimate).
pub fn measure_with(measure: Option<Measure>) {
    MEASURE.with(|m| m.set(measure));
}

use crate::data::LineBreaking;

/// Characters that take a full em: CJK ideographs, kana, fullwidth forms and CJK
/// punctuation, and the curly quotes that CJK fonts set full width.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2018..=0x201F)
}

/// Advance of one character in ems (a slight overestimate for proportional fonts).
fn advance(c: char) -> f64 {
    if is_wide(c) {
        1.0
    } else if c == ' ' {
        0.3
    } else if c.is_ascii_digit() {
        0.57
    } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' || c == 'M' || c == 'W' {
        0.72
    } else if matches!(c, 'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')') {
        0.34
    } else {
        0.58
    }
}

/// Width of one character in ems; bold Latin runs 5% wider (CJK glyphs keep
/// their full em in bold).
fn ems(c: char, bold: bool) -> f64 {
    if is_wide(c) {
        1.0
    } else if bold {
        advance(c) * 1.05
    } else {
        advance(c)
    }
}

/// Estimated width of `text` in pixels at `size` px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let mut width = 0.0;
    for c in text.chars() {
        width += ems(c, bold);
    }
    width * size
}

/// Width of `text` in pixels at `size` px as drawn: measured where a
/// measure is set, else estimated.
pub fn measured_width(text: &str, size: f64, bold: bool) -> f64 {
    let measured = MEASURE.with(Cell::get).map_or(f64::NAN, |measure| measure(text, size, bold));
    if measured.is_finite() {
        measured
    } else {
        text_width(text, size, bold)
    }
}

/// The largest size up to `max_size` at which `text` fits in `max_w` pixels.
pub fn fit_size(text: &str, max_size: f64, bold: bool, max_w: f64) -> f64 {
    let at_one = text_width(text, 1.0, bold);
    if at_one <= 0.0 {
        return max_size;
    }
    (max_w / at_one).min(max_size).floor()
}

/// What a line may not break inside: words (the dataset's unbreakable words
/// and the bylines' names, kept whole), the measure words that stay with their
/// number ("2000余人次", "47处"), and the dataset's rules of punctuation and
/// hedges (none in `Keep::default()`).
#[derive(Debug, Clone, Default)]
pub struct Keep<'a> {
    pub words: Vec<&'a str>,
    pub units: Vec<&'a str>,
    pub rules: LineBreaking,
}

impl Keep<'_> {
    /// A character that must not start a line (a comma, a closing bracket).
    fn no_line_start(&self, c: char) -> bool {
        is_in(&self.rules.no_line_start, c)
    }

    /// A character that must not end a line (an opening bracket or quote).
    fn no_line_end(&self, c: char) -> bool {
        is_in(&self.rules.no_line_end, c)
    }
}

/// Whether the set of characters `set` holds `c`: compared one character at
/// a time, as `str::contains` with a character outside ASCII would link a
/// substring searcher and its slicing panic into the module.
fn is_in(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}

/// The byte ranges of `text` that stay on one line: every occurrence of a kept
/// word, and every number with its hedge and unit (Chinese: "约19户",
/// "2000余人次"; English: "463 households").
fn kept_ranges(text: &str, keep: &Keep) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    // Compared at each character (the texts are short) rather than with a
    // substring searcher, which would weigh kilobytes in the module.
    for (i, _) in text.char_indices() {
        let rest = text.get(i..).unwrap_or_default();
        for w in keep.words.iter() {
            if !w.is_empty() && rest.starts_with(w) {
                ranges.push((i, i + w.len()));
            }
        }
    }
    let mut chars: Vec<(usize, char)> = Vec::new();
    for ic in text.char_indices() {
        chars.push(ic);
    }
    let at = |k: usize| chars.get(k).map_or(text.len(), |(i, _)| *i);
    let mut k = 0;
    while k < chars.len() {
        if !chars[k].1.is_ascii_digit() {
            k += 1;
            continue;
        }
        let first = if k > 0 && is_in(&keep.rules.hedge_before, chars[k - 1].1) { k - 1 } else { k };
        // The digits, with the separators between them ("2,100", "19.5").
        while chars.get(k).is_some_and(|(_, c)| c.is_ascii_digit())
            || (chars.get(k).is_some_and(|(_, c)| matches!(c, ',' | '.')) && chars.get(k + 1).is_some_and(|(_, c)| c.is_ascii_digit()))
        {
            k += 1;
        }
        // A hedge after the number: "2000余", "2,000+".
        if chars.get(k).is_some_and(|(_, c)| is_in(&keep.rules.hedge_after, *c)) {
            k += 1;
        }
        let rest = text.get(at(k)..).unwrap_or_default();
        // The longest unit the rest starts with.
        let mut unit: Option<&str> = None;
        for u in keep.units.iter() {
            if !u.is_empty() && rest.starts_with(u) && unit.is_none_or(|longest| u.len() > longest.len()) {
                unit = Some(u);
            }
        }
        if let Some(unit) = unit {
            // Its characters: the bytes that begin one (core's `chars().count()`
            // links a 0.8 KB counting routine).
            k += unit.bytes().filter(|b| b & 0xC0 != 0x80).count();
        } else if chars.get(k).is_some_and(|(_, c)| is_wide(*c) && !keep.no_line_start(*c)) {
            // A measure word the dataset does not list ("8个", "2024年").
            k += 1;
        } else if chars.get(k).is_some_and(|(_, c)| *c == ' ') && chars.get(k + 1).is_some_and(|(_, c)| c.is_ascii_alphabetic()) {
            // English: the word after the number.
            k += 1;
            while chars.get(k).is_some_and(|(_, c)| c.is_ascii_alphabetic()) {
                k += 1;
            }
        }
        ranges.push((at(first), at(k)));
    }
    ranges
}

/// `text` with what `keep` keeps whole on a line marked for the page (the
/// tooltip, whose lines the browser breaks): each kept range between
/// `KEPT.0` and `KEPT.1`, overlapping ones as one.
pub fn marked(text: &str, keep: &Keep) -> String {
    let kept = kept_ranges(text, keep);
    let mut out = String::with_capacity(text.len() + 8);
    let mut open = false;
    for (i, c) in text.char_indices() {
        // Inside a range, or at the start of one, as `pieces` reads them.
        if open && !inside(&kept, i) {
            out.push(KEPT.1);
            open = false;
        }
        if !open && kept.iter().any(|(s, e)| *s == i && i < *e) {
            out.push(KEPT.0);
            open = true;
        }
        out.push(c);
    }
    if open {
        out.push(KEPT.1);
    }
    out
}

/// Whether byte `i` of a text lies inside one of its `kept` ranges (a line
/// may not break there).
fn inside(kept: &[(usize, usize)], i: usize) -> bool {
    kept.iter().any(|(s, e)| *s < i && i < *e)
}

/// The marks around a kept range in `marked`'s text.
pub const KEPT: (char, char) = ('\u{2}', '\u{3}');

/// Splits text into unbreakable pieces: one wide character, or a run of narrow
/// characters with its trailing space, glued to punctuation that may not be
/// split and to whatever `keep` keeps whole.
fn pieces<'t>(text: &'t str, keep: &Keep) -> Vec<&'t str> {
    let kept = kept_ranges(text, keep);
    let mut out = Vec::new();
    let mut start = 0;
    let (mut prev, mut glue_next) = (None, false);
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            if !glue_next && !inside(&kept, i) && !keep.no_line_start(c) && (is_wide(c) || is_wide(p) || p == ' ') {
                // Both ends come from `char_indices`: `get` always succeeds, and
                // links no slice-panic message into the module.
                out.push(text.get(start..i).unwrap_or_default());
                start = i;
            }
        }
        prev = Some(c);
        glue_next = keep.no_line_end(c);
    }
    if start < text.len() {
        out.push(text.get(start..).unwrap_or_default());
    }
    out
}

/// Whether a last line of these pieces would stand alone: one English word, or
/// one Chinese character with its punctuation.
fn is_orphan(line: &[&str], keep: &Keep) -> bool {
    match line {
        [one] => one.chars().filter(|c| is_wide(*c) && !keep.no_line_start(*c) && !keep.no_line_end(*c)).count() <= 1,
        _ => false,
    }
}

/// A piece more than `slack` px wider than a line, cut between characters
/// into parts that each fit (at least one character a part); any other piece
/// as it is (a word a little too wide for a narrow cell spills into its
/// padding rather than lose its last letter to a line of its own).
fn fit_piece<'t>(piece: &'t str, max_width: f64, slack: f64, width: &impl Fn(&str) -> f64) -> Vec<&'t str> {
    if width(piece.trim_end()) <= max_width + slack {
        return vec![piece];
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in piece.char_indices() {
        let part = piece.get(start..i + c.len_utf8()).unwrap_or_default();
        if i > start && width(part.trim_end()) > max_width {
            parts.push(piece.get(start..i).unwrap_or_default());
            start = i;
        }
    }
    parts.push(piece.get(start..).unwrap_or_default());
    parts
}

/// Line wrapping to `max_width` px: greedy, then the last line takes a piece
/// from the line above when it would stand alone. A piece more than an em
/// wider than a line (a 500-letter word) is cut between characters rather than
/// run past the line's end. Wrapping takes time in proportion to the text, and to the
/// square of a word only for a word wider than a line.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64, keep: &Keep) -> Vec<String> {
    let width = |s: &str| text_width(s, size, bold);
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut line: Vec<&str> = Vec::new();
    // The line's width, and its width without trailing spaces.
    let (mut full, mut trimmed) = (0.0, 0.0);
    // A word up to one em wider than the line stays whole.
    for whole in pieces(text, keep) {
        for piece in fit_piece(whole, max_width, size, &width) {
            let ink = piece.trim_end();
            let with_piece = if ink.is_empty() { trimmed } else { full + width(ink) };
            if !line.is_empty() && with_piece > max_width {
                lines.push(std::mem::take(&mut line));
                let start = piece.trim_start();
                line.push(start);
                (full, trimmed) = (width(start), width(start.trim_end()));
            } else {
                line.push(piece);
                (full, trimmed) = (full + width(piece), with_piece);
            }
        }
    }
    if line.iter().any(|p| !p.trim().is_empty()) {
        lines.push(line);
    }
    let n = lines.len();
    // Only from a line that keeps two pieces: the fix must not make another line of one.
    if n >= 2 && is_orphan(&lines[n - 1], keep) && lines[n - 2].iter().filter(|p| !p.trim().is_empty()).count() >= 3 {
        let moved = lines[n - 2][lines[n - 2].len() - 1];
        let pieces = &lines[n - 1];
        let mut pieces_w = 0.0;
        for p in pieces {
            pieces_w += width(p);
        }
        let last = width(moved) + pieces_w - pieces.last().map_or(0.0, |p| width(p) - width(p.trim_end()));
        if !moved.trim().is_empty() && last <= max_width {
            lines[n - 2].pop();
            lines[n - 1].insert(0, moved);
        }
    }
    let mut out = Vec::with_capacity(lines.len());
    for pieces in lines {
        let mut line = String::new();
        for p in pieces {
            line.push_str(p);
        }
        line.truncate(line.trim_end().len());
        out.push(line);
    }
    out
}
