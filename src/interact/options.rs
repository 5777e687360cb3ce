//! Options a host page passes when mounting the graphic, each checked into one
//! type with an error that names the option; and the deep-link hash
//! (`#slide-3&lang=en`) read and written the same way.

use crate::data::text::split_at_ascii;
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
    /// In kiosk mode, the address a visitor's phone opens (the graphic's page
    /// on the web): a QR code of it, with the slide and language shown.
    pub share: Option<String>,
}

/// The loop's seconds per slide, and the seconds of quiet before it starts over.
pub const ADVANCE_S: f64 = 10.0;
pub const IDLE_S: f64 = 60.0;

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, slide: None, theme: ThemeChoice::Auto, hash: true, kiosk: false, advance: ADVANCE_S, idle: IDLE_S, share: None }
    }
}

/// Seconds of a kiosk's timer, as an option or in the hash: from 0.01 (a test
/// that runs the loop fast) to a day.
fn seconds(n: f64) -> Option<f64> {
    (0.01..=86_400.0).contains(&n).then_some(n)
}

impl ThemeChoice {
    /// Whether the graphic is dark, given whether the system asks for dark mode.
    pub fn dark(self, system_dark: bool) -> bool {
        match self {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::Auto => system_dark,
        }
    }
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
    let (whole, part) = split_at_ascii(text, b'.').unwrap_or((text, ""));
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
const NAMES: [&str; 8] = ["lang", "slide", "theme", "hash", "kiosk", "advance", "idle", "share"];

/// The longest `share` address, in bytes: its QR code (at most 106 bytes, in
/// the size a phone reads from a metre away) also holds the slide and the
/// language (`#slide-5&lang=en`, 16 bytes).
#[cfg(feature = "kiosk")]
pub const SHARE_MAX: usize = 90;

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
                #[cfg(not(feature = "kiosk"))]
                ("share", _) => return refuse(&name, "needs the kiosk build, kiosk/zones-infographic.js (this is the news embed)"),
                #[cfg(feature = "kiosk")]
                ("share", OptionValue::Text(url)) if shareable(url) => options.share = Some(url.clone()),
                #[cfg(feature = "kiosk")]
                ("share", OptionValue::Text(url)) => {
                    return refuse(&name, format!("\"{}\" is not an http:// or https:// address without a #, of at most {SHARE_MAX} bytes", excerpt(url)))
                }
                #[cfg(feature = "kiosk")]
                ("share", _) => return wrong("an address, such as \"https://example.org/zones/\""),
                _ => return refuse(&name, "is not among lang, slide, theme, hash, kiosk, advance, idle, share"),
            }
        }
        Ok(options)
    }
}

/// Whether a kiosk can show `url` as its QR code: a web address, no hash of
/// its own (the slide's is added), short enough for the code.
#[cfg(feature = "kiosk")]
fn shareable(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(['#', ' ']) && url.len() <= SHARE_MAX
}

/// What a URL hash asks for: `#slide-3` (counted from 1) and `lang=en`, and
/// for a kiosk `kiosk`, `advance=10` and `idle=60` (seconds; read by the kiosk
/// build only), joined by `&`.
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
            } else if cfg!(feature = "kiosk") {
                // A kiosk's own parts; the news embed never becomes one.
                if part == "kiosk" {
                    link.kiosk = true;
                } else if let Some(n) = part.strip_prefix("advance=") {
                    link.advance = decimal(n).and_then(seconds);
                } else if let Some(n) = part.strip_prefix("idle=") {
                    link.idle = decimal(n).and_then(seconds);
                }
            }
        }
        link
    }

    /// Whether a page's hash is empty or a link of the graphic's own (every
    /// part a slide, a language or, in the kiosk build, a kiosk's setting):
    /// what the graphic may write over. Anything else is the host's.
    pub fn is_link(hash: &str) -> bool {
        let hash = hash.trim_start_matches('#');
        hash.is_empty()
            || hash.split('&').all(|part| {
                part.strip_prefix("slide-").and_then(whole).is_some()
                    || part.strip_prefix("lang=").and_then(Lang::parse).is_some()
                    || (cfg!(feature = "kiosk") && (part == "kiosk" || part.starts_with("advance=") || part.starts_with("idle=")))
            })
    }

    /// The hash for a slide (zero-based) with its language named, as a link
    /// copied from a graphic whose options name another language needs it.
    pub fn format_with_lang(slide: usize, lang: Lang) -> String {
        format!("#slide-{}&lang={}", slide + 1, lang.code())
    }

    /// The hash for a slide (zero-based) and language; Chinese is left implicit.
    pub fn format(slide: usize, lang: Lang) -> String {
        if lang == Lang::default() {
            format!("#slide-{}", slide + 1)
        } else {
            DeepLink::format_with_lang(slide, lang)
        }
    }
}
