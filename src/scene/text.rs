//! Text on the canvas: width estimates for layout, line wrapping and fitting.
//! Widths are estimated from character classes so that a layout is the same
//! natively and in every browser.

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
    text.chars().map(|c| ems(c, bold)).sum::<f64>() * size
}

/// The largest size up to `max_size` at which `text` fits in `max_w` pixels.
pub fn fit_size(text: &str, max_size: f64, bold: bool, max_w: f64) -> f64 {
    let at_one = text_width(text, 1.0, bold);
    if at_one <= 0.0 {
        return max_size;
    }
    (max_w / at_one).min(max_size).floor()
}

/// Characters that must not start a line (Chinese line-breaking rule).
fn no_line_start(c: char) -> bool {
    matches!(c, '，' | '。' | '、' | '；' | '：' | '？' | '！' | '）' | '》' | '」' | '』' | '”' | '’' | ',' | '.' | ';' | ':' | '?' | '!' | ')' | '%')
}

/// Characters that must not end a line.
fn no_line_end(c: char) -> bool {
    matches!(c, '（' | '《' | '「' | '『' | '“' | '‘' | '(')
}

/// Splits text into unbreakable pieces: one wide character, or a run of narrow
/// characters with its trailing space, glued to punctuation that may not be split.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let (mut prev, mut glue_next) = (None, false);
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            if !glue_next && !no_line_start(c) && (is_wide(c) || is_wide(p) || p == ' ') {
                // Both ends come from `char_indices`: `get` always succeeds, and
                // links no slice-panic message into the module.
                out.push(text.get(start..i).unwrap_or_default());
                start = i;
            }
        }
        prev = Some(c);
        glue_next = no_line_end(c);
    }
    if start < text.len() {
        out.push(text.get(start..).unwrap_or_default());
    }
    out
}

/// Greedy line wrapping to `max_width` px. A piece wider than a line gets a line of
/// its own rather than being cut. Each piece is measured once: the line's width
/// grows by it, so wrapping takes time in proportion to the text.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let width = |s: &str| text_width(s, size, bold);
    let mut lines = Vec::new();
    let mut line = String::new();
    // The line's width, and its width without trailing spaces.
    let (mut full, mut trimmed) = (0.0, 0.0);
    for piece in pieces(text) {
        let ink = piece.trim_end();
        let with_piece = if ink.is_empty() { trimmed } else { full + width(ink) };
        if !line.is_empty() && with_piece > max_width {
            lines.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
            (full, trimmed) = (width(&line), width(line.trim_end()));
        } else {
            line.push_str(piece);
            (full, trimmed) = (full + width(piece), with_piece);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_a_full_em() {
        assert_eq!(text_width("南昌", 10.0, false), 20.0);
        assert!(text_width("8813", 10.0, false) < text_width("南昌高新", 10.0, false));
    }

    #[test]
    fn wrapping_keeps_every_character_and_respects_the_width() {
        let text = "南昌打造8个驿站，累计服务新就业群体2000余人次";
        let lines = wrap(text, 16.0, false, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), text);
        for l in &lines {
            assert!(text_width(l, 16.0, false) <= 120.0, "{l} too wide");
            assert!(!l.starts_with('，'), "line starts with a comma: {l}");
        }
    }

    #[test]
    fn english_wraps_at_spaces() {
        let lines = wrap("Nanchang built 8 rest stops and served gig workers", 14.0, false, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Nanchang built 8 rest stops and served gig workers");
    }
}
