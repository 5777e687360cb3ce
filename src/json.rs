//! JSON text to a tree of values (RFC 8259), for the dataset and the host's
//! options. Errors give the line and column; deep nesting is refused instead of
//! exhausting the stack. Objects keep their fields in written order.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Exactly the number written (the reader refuses numbers it cannot read
    /// exactly: more than 2^53 in the digits, or powers of ten beyond ±22).
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Arrays and objects nested deeper than this are refused.
pub const MAX_DEPTH: usize = 64;

/// A syntax error: what was expected, and where (both counted from 1; the
/// column counts characters, not bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }
    /// A whole number from 0 to 2^53, where every whole number is exact.
    pub fn as_whole(&self) -> Option<u64> {
        let n = self.as_f64()?;
        ((0.0..=9_007_199_254_740_992.0).contains(&n) && n.fract() == 0.0).then_some(n as u64)
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

/// Parses a whole JSON text: one value, with only whitespace around it.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut parser = Parser { source: text, text: text.as_bytes(), pos: 0 };
    let value = parser.value(0).and_then(|v| {
        parser.skip_space();
        if parser.pos < parser.text.len() {
            Err("trailing characters after the value")
        } else {
            Ok(v)
        }
    });
    value.map_err(|message| {
        // `pos` always sits on a character boundary or at the end.
        let before = text.get(..parser.pos).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut column = 1;
        for _ in before.get(line_start..).unwrap_or_default().chars() {
            column += 1;
        }
        SyntaxError { line: before.matches('\n').count() + 1, column, message }
    })
}

struct Parser<'a> {
    source: &'a str,
    text: &'a [u8],
    pos: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `byte` after optional whitespace, or fails with `message`.
    fn expect(&mut self, byte: u8, message: &'static str) -> Step<()> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(message)
        }
    }

    fn value(&mut self, depth: usize) -> Step<Json> {
        self.skip_space();
        match self.peek() {
            None => Err("the text ends where a value was expected"),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            Some(_) => {
                for (word, value) in [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)] {
                    if self.text[self.pos..].starts_with(word.as_bytes()) {
                        self.pos += word.len();
                        return Ok(value);
                    }
                }
                Err("expected a value")
            }
        }
    }

    fn array(&mut self, depth: usize) -> Step<Json> {
        let mut items = Vec::new();
        self.sequence(b']', depth, "expected `,` or `]`", |p| {
            items.push(p.value(depth)?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self, depth: usize) -> Step<Json> {
        let mut fields = Vec::new();
        self.sequence(b'}', depth, "expected `,` or `}`", |p| {
            p.skip_space();
            if p.peek() != Some(b'"') {
                return Err("expected a field name in double quotes");
            }
            let key = p.string()?;
            p.expect(b':', "expected `:`")?;
            fields.push((key, p.value(depth)?));
            Ok(())
        })?;
        Ok(Json::Object(fields))
    }

    /// The comma-separated items of a list or object, from its opening bracket
    /// to `close`, each read by `item`.
    fn sequence(&mut self, close: u8, depth: usize, expected: &'static str, mut item: impl FnMut(&mut Self) -> Step<()>) -> Step<()> {
        if depth > MAX_DEPTH {
            return Err("lists and objects are nested too deeply");
        }
        self.pos += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(c) if c == close => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(expected),
            }
        }
    }

    /// A string, starting at its opening quote.
    fn string(&mut self) -> Step<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character.
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run starts and ends at ASCII bytes: character boundaries, so
            // `get` always succeeds (and links no slice-panic message).
            out.push_str(self.source.get(start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err("the text ends inside a string"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.peek().ok_or("the text ends inside a string")?;
                    self.pos += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => {
                            self.pos -= 1;
                            return Err("unknown escape in a string");
                        }
                    });
                }
                Some(_) => return Err("control character in a string (write it as an escape)"),
            }
        }
    }

    /// The character of a `\uXXXX` escape (a surrogate pair takes two).
    fn unicode_escape(&mut self) -> Step<char> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.pos..].starts_with(b"\\u") {
                return Err("a \\u escape of a high surrogate needs its low surrogate");
            }
            self.pos += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err("a \\u escape of a high surrogate needs its low surrogate");
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or("a \\u escape names no character")
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| (b as char).to_digit(16)).ok_or("expected four hex digits after \\u")?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// A number, read exactly: its significant digits as a whole number of at
    /// most 2^53 times a power of ten within ±22, so every value is the double
    /// nearest to what is written. Others are refused as out of range.
    fn number(&mut self) -> Step<f64> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let (mut digits, mut exponent) = (0u64, 0i64);
        // A digit after the first 19 significant ones must be a zero.
        let mut push = |d: u64, fraction: bool, exact: &mut bool| {
            if digits < 1_000_000_000_000_000_000 {
                digits = digits * 10 + d;
                exponent -= i64::from(fraction);
            } else if d != 0 {
                *exact = false;
            } else if !fraction {
                exponent += 1;
            }
        };
        let mut exact = true;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    push(u64::from(d - b'0'), false, &mut exact);
                    self.pos += 1;
                }
            }
            _ => return Err("expected a digit"),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("expected a digit after the decimal point");
            }
            while let Some(d @ b'0'..=b'9') = self.peek() {
                push(u64::from(d - b'0'), true, &mut exact);
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            if sign != 0 {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("expected a digit in the exponent");
            }
            let mut written = 0i64;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                // Capped far above any text's length, so the digits' own shift still counts.
                written = (written * 10 + i64::from(d - b'0')).min(1 << 40);
                self.pos += 1;
            }
            exponent += if sign < 0 { -written } else { written };
        }
        let value = exact_value(digits, exponent).filter(|_| exact).ok_or("number out of range (at most 2^53 in its digits, powers of ten up to 22)")?;
        Ok(if negative { -value } else { value })
    }
}

/// `digits` × 10^`exponent` when both are exactly representable, so that one
/// rounding gives the nearest double.
fn exact_value(mut digits: u64, mut exponent: i64) -> Option<f64> {
    if digits == 0 {
        return Some(0.0);
    }
    while digits.is_multiple_of(10) {
        digits /= 10;
        exponent += 1;
    }
    // A large power of ten may be moved into the digits while they stay exact.
    while exponent > 22 && digits < (1 << 53) / 10 {
        digits *= 10;
        exponent -= 1;
    }
    if digits > 1 << 53 || !(-22..=22).contains(&exponent) {
        return None;
    }
    // Powers of ten up to 10^22 are exact doubles, and so is every step to them.
    let scale = 10f64.powi(exponent.unsigned_abs() as i32);
    Some(if exponent < 0 { digits as f64 / scale } else { digits as f64 * scale })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> (usize, usize, &'static str) {
        let e = parse(text).unwrap_err();
        (e.line, e.column, e.message)
    }

    #[test]
    fn reads_every_kind_of_value_in_written_order() {
        let v = parse(" {\"b\": [1, -2.5, 3e2, true, false, null], \"a\": \"x\\\"\\u00e9\\ud83d\\ude00\\n南昌\"} ").unwrap();
        let fields = v.as_object().unwrap();
        assert_eq!(fields[0].0, "b");
        assert_eq!(v.get("b").unwrap().as_array().unwrap(), &[Json::Number(1.0), Json::Number(-2.5), Json::Number(300.0), Json::Bool(true), Json::Bool(false), Json::Null]);
        assert_eq!(v.get("a").unwrap().as_str(), Some("x\"é😀\n南昌"));
        assert_eq!(parse("[]").unwrap(), Json::Array(vec![]));
        assert_eq!(parse("{}").unwrap(), Json::Object(vec![]));
    }

    #[test]
    fn whole_numbers_are_exact_up_to_2_pow_53() {
        assert_eq!(parse("9007199254740992").unwrap().as_whole(), Some(9_007_199_254_740_992));
        assert_eq!(parse("8813").unwrap().as_whole(), Some(8813));
        assert_eq!(parse("0").unwrap().as_whole(), Some(0));
        assert_eq!(parse("1.0").unwrap().as_whole(), Some(1));
        assert_eq!(parse("1.5").unwrap().as_whole(), None);
        assert_eq!(parse("-1").unwrap().as_whole(), None);
        assert_eq!(parse("1.001e3").unwrap().as_whole(), Some(1001));
        assert_eq!(parse("4294967296").unwrap().as_whole(), Some(4_294_967_296));
    }

    #[test]
    fn numbers_are_the_nearest_double_or_refused_as_out_of_range() {
        let n = |t: &str| parse(t).unwrap().as_f64().unwrap();
        for (text, value) in [("1.14", 1.14), ("-2.5", -2.5), ("0.1", 0.1), ("1E+2", 100.0), ("1e30", 1e30), ("2.5e-10", 2.5e-10)] {
            assert_eq!(n(text), value, "{text}");
        }
        for k in 0..=22 {
            assert_eq!(10f64.powi(k), format!("1e{k}").parse::<f64>().unwrap(), "10^{k}");
        }
        for zero in ["0e999", "0E+400", "0.0e400", "-0"] {
            assert_eq!(n(zero), 0.0, "{zero}");
        }
        // A long run of digits shifts the exponent by its length, exactly.
        assert_eq!(n(&format!("0.{}1e1000002", "0".repeat(1_000_000))), 10.0);
        assert_eq!(n(&format!("1{}e-1000005", "0".repeat(1_000_000))), 1e-5);
        for big in ["123456789012345678", "1e308", "1e400", "1.7976931348623157e308", "12345678901234567891234", "1e-30"] {
            assert!(parse(big).unwrap_err().message.starts_with("number out of range"), "{big}");
        }
    }

    #[test]
    fn errors_name_line_column_and_what_was_expected() {
        assert_eq!(error("{\n  \"a\": 1\n  \"b\": 2\n}"), (3, 3, "expected `,` or `}`"));
        assert_eq!(error("[1, 2"), (1, 6, "expected `,` or `]`"));
        assert_eq!(error("\"南昌"), (1, 4, "the text ends inside a string"));
        assert_eq!(error("{\"南\": tru}"), (1, 7, "expected a value"));
        assert_eq!(error("{a: 1}"), (1, 2, "expected a field name in double quotes"));
        assert_eq!(error("1 2"), (1, 3, "trailing characters after the value"));
        assert_eq!(error(""), (1, 1, "the text ends where a value was expected"));
        assert_eq!(error("01"), (1, 2, "trailing characters after the value"));
        assert_eq!(error("1."), (1, 3, "expected a digit after the decimal point"));
        assert_eq!(error("\"\\x\""), (1, 3, "unknown escape in a string"));
        assert_eq!(error("\"\\ud800\""), (1, 8, "a \\u escape of a high surrogate needs its low surrogate"));
        assert_eq!(error("\"a\tb\""), (1, 3, "control character in a string (write it as an escape)"));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "lists and objects are nested too deeply");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }
}
