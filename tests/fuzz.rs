//! Random inputs for the two readers of a host's or an editor's input: mount
//! options with the deep-link hash, and the dataset file. Nothing panics, every
//! refusal names what it refused in a short message, and what is accepted is
//! what was asked. `FUZZ_CASES` sets the number of cases (the suite's default
//! is 20,000 option sets and 400 datasets; `FUZZ_CASES=100000` is the long run).

use zones_infographic::data::read::from_json;
use zones_infographic::data::{SOURCE, SOURCE_JSON};
use zones_infographic::interact::options::{DeepLink, OptionValue, Options};
use zones_infographic::story::lang::Lang;

/// A small deterministic generator (xorshift64*): the same cases on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn cases(default: usize) -> usize {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

const NAMES: [&str; 13] = ["lang", "slide", "theme", "hash", "kiosk", "advance", "idle", "Lang", "slides", "", "kiosk ", "语言", "lang\u{0}"];
const TEXTS: [&str; 12] = ["zh", "en", "dark", "light", "auto", "", "EN", "zh-Hans", "<img src=x onerror=alert(1)>", "\u{202e}ne", "🙂", "null"];

fn random_text(r: &mut Random) -> String {
    match r.below(4) {
        0 => r.pick(&TEXTS).to_string(),
        1 => "x".repeat(r.below(3000)),
        2 => (0..r.below(40)).map(|_| char::from_u32(r.below(0x3_0000) as u32).unwrap_or('?')).collect(),
        _ => r.pick(&NAMES).to_string(),
    }
}

fn random_value(r: &mut Random) -> OptionValue {
    match r.below(6) {
        0 => OptionValue::Null,
        1 => OptionValue::Bool(r.below(2) == 0),
        2 => OptionValue::Number(*r.pick(&[0.0, 1.0, 4.0, 5.0, -1.0, 2.5, 1e300, f64::NAN, f64::INFINITY, -0.0])),
        3 => OptionValue::Number(r.below(10) as f64),
        4 => OptionValue::Text(random_text(r)),
        _ => OptionValue::Other,
    }
}

#[test]
fn random_options_are_accepted_as_asked_or_refused_in_a_short_message_that_names_the_option() {
    let mut r = Random(0x9e37_79b9_7f4a_7c15);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..cases(20_000) {
        let pairs: Vec<(String, OptionValue)> = (0..r.below(5)).map(|_| (if r.below(3) == 0 { random_text(&mut r) } else { r.pick(&NAMES).to_string() }, random_value(&mut r))).collect();
        match Options::from_pairs(pairs.clone()) {
            Ok(o) => {
                accepted += 1;
                // The last value given for each option is the one kept.
                for (name, value) in pairs.iter().rev() {
                    if name == "lang" && !matches!(value, OptionValue::Null) {
                        let OptionValue::Text(code) = value else { panic!("{value:?} accepted as a language") };
                        assert_eq!(o.lang, Lang::parse(code));
                        break;
                    }
                }
                if let Some((_, OptionValue::Number(n))) = pairs.iter().rev().find(|(k, v)| k == "slide" && !matches!(v, OptionValue::Null)) {
                    assert!(*n >= 0.0 && n.fract() == 0.0, "slide {n} accepted");
                }
                // A kiosk's seconds are kept as given, and only from 0.01 s to a day.
                for (name, kept) in [("advance", o.advance), ("idle", o.idle)] {
                    match pairs.iter().rev().find(|(k, v)| k == name && !matches!(v, OptionValue::Null)) {
                        Some((_, OptionValue::Number(n))) => assert_eq!(kept, *n, "{name}"),
                        Some((_, v)) => panic!("{name} {v:?} accepted"),
                        None => assert!(kept == 10.0 || kept == 60.0),
                    }
                    assert!((0.01..=86_400.0).contains(&kept), "{name} {kept}");
                }
            }
            Err(e) => {
                refused += 1;
                let message = e.to_string();
                assert!(message.starts_with("options: `"), "{message}");
                assert!(message.chars().count() < 300, "a message of {} characters", message.chars().count());
                assert!(pairs.iter().any(|(k, _)| k.starts_with(e.option.chars().take(80).collect::<String>().as_str())), "{message} names no option given");
            }
        }
    }
    assert!(accepted > 1000 && refused > 1000, "{accepted} accepted, {refused} refused");
}

#[test]
fn random_hashes_never_panic_and_a_written_hash_reads_back() {
    let mut r = Random(0x2545_f491_4f6c_dd1d);
    for _ in 0..cases(20_000) {
        let hash: String = match r.below(4) {
            0 => format!("#slide-{}&lang={}", r.below(20) as i64 - 5, r.pick(&TEXTS)),
            3 => format!("#kiosk&advance={}&idle={}", random_text(&mut r), r.pick(&["0", "0.01", "1.5", ".5", "60", "1e9", "-3", "999999", "86400", "86401", "NaN", "١٢"])),
            1 => random_text(&mut r),
            _ => format!("#{}", (0..r.below(30)).map(|_| *r.pick(&['s', 'l', 'i', 'd', 'e', '-', '&', '=', '1', '9', '0', '%', '#'])).collect::<String>()),
        };
        let link = DeepLink::parse(&hash);
        for seconds in [link.advance, link.idle].into_iter().flatten() {
            assert!((0.01..=86_400.0).contains(&seconds), "{hash:?} gives {seconds} s");
        }
        let (slide, lang) = (r.below(5), if r.below(2) == 0 { Lang::Zh } else { Lang::En });
        let link = DeepLink::parse(&DeepLink::format(slide, lang));
        // Chinese, the default, is left implicit in the hash.
        assert_eq!((link.slide, link.lang.unwrap_or(Lang::Zh)), (Some(slide), lang));
    }
}

#[test]
fn random_damage_to_the_dataset_is_refused_with_a_place_or_accepted_whole() {
    let mut r = Random(0x51_7cc1_b727_220a);
    let bytes = SOURCE_JSON.as_bytes();
    let (mut refused, mut accepted) = (0, 0);
    for _ in 0..cases(400).min(100_000) {
        let mut damaged = bytes.to_vec();
        for _ in 0..1 + r.below(3) {
            let at = r.below(damaged.len());
            match r.below(4) {
                0 => drop(damaged.remove(at)),
                1 => damaged.insert(at, *r.pick(b"{}[],:\"0-9ae \\")),
                2 => damaged[at] = *r.pick(b"{}[],:\"0a \\"),
                _ => damaged.truncate(at),
            }
        }
        let Ok(text) = String::from_utf8(damaged) else { continue };
        match from_json(&text, SOURCE) {
            Ok(_) => accepted += 1,
            Err(e) => {
                refused += 1;
                let message = e.to_string();
                assert!(!message.is_empty() && message.len() < 2000, "{message}");
            }
        }
    }
    assert!(refused > cases(400).min(100_000) / 2, "{refused} refused, {accepted} accepted");
}
