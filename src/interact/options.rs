//! Options a host page passes when mounting the graphic, each checked into one
//! type with an error that names the option; and the deep-link hash
//! (`#slide-3&lang=en`) read and written the same way.

use crate::story::lang::Lang;

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

/// What a host may choose. Unknown keys are refused so that typos are noticed.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// `None` means the default language, unless the URL hash names one.
    pub lang: Option<Lang>,
    /// Zero-based slide to open on; `None` means the first, unless the hash names one.
    pub slide: Option<usize>,
    pub theme: ThemeChoice,
    /// Whether the URL hash selects the slide and follows slide changes.
    pub hash: bool,
    /// Kiosk mode: the whole screen, an attract loop, a reset when idle.
    pub kiosk: bool,
    /// In kiosk mode, the seconds each slide shows in the loop.
    pub advance: f64,
    /// In kiosk mode, the seconds without input after which it starts over.
    pub idle: f64,
}

/// The loop's seconds per slide, and the seconds of quiet before it starts over.
pub const ADVANCE_S: f64 = 10.0;
pub const IDLE_S: f64 = 60.0;

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, slide: None, theme: ThemeChoice::Auto, hash: true, kiosk: false, advance: ADVANCE_S, idle: IDLE_S }
    }
}

/// Seconds of a kiosk's timer, as an option or in the hash: from 0.01 (a test
/// that runs the loop fast) to a day.
fn seconds(n: f64) -> Option<f64> {
    (0.01..=86_400.0).contains(&n).then_some(n)
}

/// One option's value as the host gave it (the web layer reads it from a plain
/// JavaScript object, or from JSON through the browser's own `JSON.parse`).
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    /// An object, a list or anything else that no option takes.
    Other,
}

impl OptionValue {
    fn describe(&self) -> &'static str {
        match self {
            OptionValue::Null => "null",
            OptionValue::Bool(_) => "true or false",
            OptionValue::Number(_) => "a number",
            OptionValue::Text(_) => "a string",
            OptionValue::Other => "an object or list",
        }
    }
}

/// Why options were refused: the option and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionError {
    pub option: String,
    pub message: String,
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "options: `{}` {}", excerpt(&self.option), self.message)
    }
}

/// A host's input quoted in a message: at most 80 characters of it, so that a
/// huge string gives a short message.
pub fn excerpt(input: &str) -> String {
    match input.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", input.get(..end).unwrap_or_default()),
        None => input.to_string(),
    }
}

fn refuse<T>(option: &str, message: impl Into<String>) -> Result<T, OptionError> {
    Err(OptionError { option: option.to_string(), message: message.into() })
}

/// A number such as `15` or `0.5` (digits, at most one point): read by hand,
/// as the standard float parser would add kilobytes to the module.
fn decimal(text: &str) -> Option<f64> {
    let (whole, part) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && part.is_empty() || whole.len() > 6 || part.len() > 6 {
        return None;
    }
    let fraction = digits(part)? as f64 / 10_f64.powi(part.len() as i32);
    Some(digits(whole)? as f64 + fraction)
}

/// ASCII digits as a number (0 for none); callers keep them to nine.
fn digits(text: &str) -> Option<u32> {
    text.bytes().try_fold(0_u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// A whole number of one to nine ASCII digits, as the hash and the graphic's
/// own attributes write them (the standard parser, with signs and overflow,
/// costs the module more).
pub fn whole(text: &str) -> Option<usize> {
    (1..=9).contains(&text.len()).then(|| digits(text)).flatten().map(|n| n as usize)
}

/// Every option's name.
const NAMES: [&str; 7] = ["lang", "slide", "theme", "hash", "kiosk", "advance", "idle"];

impl Options {
    /// Kiosk mode and its timers as the hash asks for them (`#kiosk`,
    /// `advance=15`, `idle=90`), over the options: a kiosk PC's address says
    /// how its screen runs.
    pub fn with_link(mut self, link: &DeepLink) -> Options {
        // Only the kiosk build: an article's address never turns the news
        // embed into a kiosk that fills the reader's screen.
        self.kiosk |= link.kiosk && cfg!(feature = "kiosk");
        self.advance = link.advance.unwrap_or(self.advance);
        self.idle = link.idle.unwrap_or(self.idle);
        self
    }

    /// Options from `(name, value)` pairs; an absent or null option keeps its default.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, OptionValue)>) -> Result<Options, OptionError> {
        let mut options = Options::default();
        for (name, value) in pairs {
            let wrong = |want: &str| refuse(&name, format!("must be {want}, not {}", value.describe()));
            match (name.as_str(), &value) {
                (_, OptionValue::Null) if NAMES.contains(&name.as_str()) => {}
                ("lang", OptionValue::Text(code)) => match Lang::parse(code) {
                    Some(lang) => options.lang = Some(lang),
                    None => return refuse(&name, format!("\"{}\" is not one of \"zh\", \"en\"", excerpt(code))),
                },
                ("lang", _) => return wrong("\"zh\" or \"en\""),
                ("slide", OptionValue::Number(n)) if *n >= 0.0 && n.fract() == 0.0 => {
                    // Counted from 0; a huge number means the last slide.
                    options.slide = Some(if *n >= usize::MAX as f64 { usize::MAX } else { *n as usize });
                }
                ("slide", _) => return wrong("a whole number of at least 0"),
                ("theme", OptionValue::Text(t)) => {
                    options.theme = match t.as_str() {
                        "auto" => ThemeChoice::Auto,
                        "light" => ThemeChoice::Light,
                        "dark" => ThemeChoice::Dark,
                        _ => return refuse(&name, format!("\"{}\" is not one of auto, light, dark", excerpt(t))),
                    }
                }
                ("theme", _) => return wrong("\"auto\", \"light\" or \"dark\""),
                ("hash", OptionValue::Bool(b)) => options.hash = *b,
                ("hash", _) => return wrong("true or false"),
                ("kiosk", OptionValue::Bool(true)) if !cfg!(feature = "kiosk") => {
                    return refuse(&name, "needs the kiosk build, kiosk/zones-infographic.js (this is the news embed)")
                }
                ("kiosk", OptionValue::Bool(b)) => options.kiosk = *b,
                ("kiosk", _) => return wrong("true or false"),
                ("advance", OptionValue::Number(n)) if seconds(*n).is_some() => options.advance = *n,
                ("idle", OptionValue::Number(n)) if seconds(*n).is_some() => options.idle = *n,
                ("advance" | "idle", _) => return wrong("a number of seconds from 0.01 to 86400"),
                _ => return refuse(&name, "is not an option (lang, slide, theme, hash, kiosk, advance, idle)"),
            }
        }
        Ok(options)
    }
}

/// What a URL hash asks for: `#slide-3` (counted from 1) and `lang=en`, and
/// for a kiosk `kiosk`, `advance=10` and `idle=60` (seconds), joined by `&`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeepLink {
    pub slide: Option<usize>,
    pub lang: Option<Lang>,
    pub kiosk: bool,
    pub advance: Option<f64>,
    pub idle: Option<f64>,
}

impl DeepLink {
    /// Reads a hash; parts it does not understand are ignored (a host page may use
    /// its own hash).
    pub fn parse(hash: &str) -> DeepLink {
        let mut link = DeepLink::default();
        for part in hash.trim_start_matches('#').split('&') {
            if let Some(n) = part.strip_prefix("slide-").and_then(whole) {
                link.slide = n.checked_sub(1);
            } else if let Some(code) = part.strip_prefix("lang=") {
                link.lang = Lang::parse(code);
            } else if part == "kiosk" {
                link.kiosk = true;
            } else if let Some(n) = part.strip_prefix("advance=") {
                link.advance = decimal(n).and_then(seconds);
            } else if let Some(n) = part.strip_prefix("idle=") {
                link.idle = decimal(n).and_then(seconds);
            }
        }
        link
    }

    /// The hash for a slide (zero-based) and language; Chinese is left implicit.
    pub fn format(slide: usize, lang: Lang) -> String {
        if lang == Lang::default() {
            format!("#slide-{}", slide + 1)
        } else {
            format!("#slide-{}&lang={}", slide + 1, lang.code())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_is_one_to_nine_digits_and_nothing_else() {
        assert_eq!(whole("0"), Some(0));
        assert_eq!(whole("123456789"), Some(123_456_789));
        for bad in ["", "+3", "-1", "3 ", "1e3", "１", "1234567890"] {
            assert_eq!(whole(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_huge_input_is_quoted_in_part() {
        let name = "k".repeat(100_000);
        let message = options(&[(name.as_str(), OptionValue::Number(1.0))]).unwrap_err();
        assert!(message.chars().count() < 160, "{} characters", message.chars().count());
        assert!(message.contains(&format!("{}…", "k".repeat(80))), "{message}");
        let message = options(&[("lang", OptionValue::Text("x".repeat(5000)))]).unwrap_err();
        assert!(message.chars().count() < 160, "{message}");
    }

    fn options(pairs: &[(&str, OptionValue)]) -> Result<Options, String> {
        Options::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.clone()))).map_err(|e| e.to_string())
    }

    #[test]
    fn no_options_are_the_defaults() {
        assert_eq!(options(&[]).unwrap(), Options::default());
        assert_eq!(options(&[("lang", OptionValue::Null), ("slide", OptionValue::Null)]).unwrap(), Options::default());
    }

    #[test]
    fn reads_language_slide_theme_and_hash() {
        use OptionValue::*;
        let o = options(&[("lang", Text("en".into())), ("slide", Number(2.0)), ("theme", Text("dark".into())), ("hash", Bool(false))]).unwrap();
        assert_eq!(o, Options { lang: Some(Lang::En), slide: Some(2), theme: ThemeChoice::Dark, hash: false, ..Options::default() });
        assert_eq!(options(&[("slide", Number(1e300))]).unwrap().slide, Some(usize::MAX));
    }

    #[test]
    fn bad_options_are_named() {
        use OptionValue::*;
        assert_eq!(options(&[("lang", Text("fr".into()))]).unwrap_err(), "options: `lang` \"fr\" is not one of \"zh\", \"en\"");
        assert_eq!(options(&[("slides", Number(1.0))]).unwrap_err(), "options: `slides` is not an option (lang, slide, theme, hash, kiosk, advance, idle)");
        assert_eq!(options(&[("kiosk", Text("true".into()))]).unwrap_err(), "options: `kiosk` must be true or false, not a string");
        assert_eq!(options(&[("advance", Number(0.0))]).unwrap_err(), "options: `advance` must be a number of seconds from 0.01 to 86400, not a number");
        assert!(options(&[("idle", Text("60".into()))]).unwrap_err().contains("`idle` must be a number of seconds"));
        assert!(options(&[("idle", Number(f64::NAN))]).is_err());
        assert!(options(&[("theme", Text("pink".into()))]).unwrap_err().contains("\"pink\" is not one of auto, light, dark"));
        assert_eq!(options(&[("hash", Text("yes".into()))]).unwrap_err(), "options: `hash` must be true or false, not a string");
        assert!(options(&[("slide", Number(-1.0))]).unwrap_err().contains("`slide` must be a whole number"));
        assert!(options(&[("slide", Number(1.5))]).unwrap_err().contains("`slide`"));
        assert!(options(&[("lang", Other)]).unwrap_err().contains("not an object or list"));
    }

    #[test]
    fn deep_links_round_trip() {
        assert_eq!(DeepLink::parse("#slide-3&lang=en"), DeepLink { slide: Some(2), lang: Some(Lang::En), ..DeepLink::default() });
        assert_eq!(DeepLink::parse(&DeepLink::format(4, Lang::Zh)), DeepLink { slide: Some(4), lang: None, ..DeepLink::default() });
        assert_eq!(DeepLink::parse(&DeepLink::format(0, Lang::En)), DeepLink { slide: Some(0), lang: Some(Lang::En), ..DeepLink::default() });
        assert_eq!(DeepLink::parse("#comments"), DeepLink::default());
        assert_eq!(DeepLink::parse("#slide-0"), DeepLink::default());
    }

    #[test]
    #[cfg(not(feature = "kiosk"))]
    fn the_news_embed_is_never_a_kiosk() {
        use OptionValue::*;
        let refused = options(&[("kiosk", Bool(true))]).unwrap_err();
        assert_eq!(refused, "options: `kiosk` needs the kiosk build, kiosk/zones-infographic.js (this is the news embed)");
        assert!(!options(&[("kiosk", Bool(false))]).unwrap().kiosk);
        // `#kiosk` in an article's address changes nothing.
        assert!(!Options::default().with_link(&DeepLink::parse("#kiosk&advance=15")).kiosk);
    }

    #[test]
    #[cfg(feature = "kiosk")]
    fn kiosk_mode_and_its_timers() {
        use OptionValue::*;
        let o = options(&[("kiosk", Bool(true)), ("advance", Number(2.5)), ("idle", Number(30.0))]).unwrap();
        assert_eq!((o.kiosk, o.advance, o.idle), (true, 2.5, 30.0));
        let d = Options::default();
        assert_eq!((d.kiosk, d.advance, d.idle), (false, 10.0, 60.0));
        // The hash switches it on and sets the timers; a bad number is ignored.
        let link = DeepLink::parse("#kiosk&advance=15&idle=abc");
        assert_eq!((link.kiosk, link.advance, link.idle), (true, Some(15.0), None));
        let o = d.with_link(&link);
        assert_eq!((o.kiosk, o.advance, o.idle), (true, 15.0, 60.0));
        assert!(!Options::default().with_link(&DeepLink::parse("#slide-2")).kiosk);
        assert_eq!(DeepLink::parse("#kiosk&idle=0").idle, None);
        assert_eq!(DeepLink::parse("#advance=0.5&idle=90").advance, Some(0.5));
        assert_eq!(DeepLink::parse("#advance=.25").advance, Some(0.25));
        for bad in ["#advance=", "#advance=.", "#advance=1e3", "#advance=-2", "#advance=1.2.3", "#advance=9999999"] {
            assert_eq!(DeepLink::parse(bad).advance, None, "{bad}");
        }
    }
}
