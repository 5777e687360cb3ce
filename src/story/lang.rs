//! The two languages of the graphic and how each writes words and numbers:
//! lists, thousands grouping, and counting in 万.

use crate::data::Bilingual;

/// The language the graphic speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
    /// "zh" or "en", as options, hashes and the host's events name it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    /// The language tag a page's `lang` attribute takes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }
    /// The language the switch changes to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn pick<'a>(&self, text: &'a Bilingual) -> &'a str {
        self.pick_of(&text.zh, &text.en)
    }

    /// Of a text and its English (a quote and its gloss), the one to show.
    pub fn pick_of<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// `parts` with `sep` between them: one small loop for every list of words in
/// the graphic (the standard library's `join` is large in the wasm module).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// A number with thousands grouping for English ("8,813"); Chinese newspaper
/// style writes four-digit numbers ungrouped, so Chinese keeps the digits as they are.
pub fn group_digits(value: f64, decimals: u32) -> String {
    // Integer arithmetic keeps float formatting out of the wasm module.
    // i64, the one integer type the module formats in most places: each
    // other type's formatting would be linked in too.
    let scale = 10i64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as i64;
    let int = (scaled / scale).to_string();
    let frac_digits = (scaled % scale).to_string();
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if decimals > 0 {
        // The fraction's digits, zero-padded to `decimals`.
        grouped.push('.');
        for _ in frac_digits.len()..decimals as usize {
            grouped.push('0');
        }
        grouped.push_str(&frac_digits);
    }
    grouped
}

/// A computed number as each language writes it: English groups thousands
/// ("12,345.6"); Chinese writes digits ungrouped and counts in 万 from ten
/// thousand up ("1.2万").
pub fn local_number(value: f64, decimals: u32, lang: Lang) -> String {
    match lang {
        Lang::En => group_digits(value, decimals),
        Lang::Zh if value.abs() >= 10_000.0 => {
            let wan = group_digits(value / 10_000.0, decimals.max(1)).replace(',', "");
            let wan = wan.trim_end_matches('0').trim_end_matches('.');
            format!("{wan}万")
        }
        Lang::Zh => group_digits(value, decimals).replace(',', ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_in_wan_from_ten_thousand() {
        assert_eq!(local_number(19.034, 1, Lang::Zh), "19.0");
        assert_eq!(local_number(8813.0, 0, Lang::Zh), "8813");
        assert_eq!(local_number(12_345.0, 0, Lang::Zh), "1.2万");
        assert_eq!(local_number(20_000.0, 0, Lang::Zh), "2万");
        assert_eq!(local_number(12_345.0, 0, Lang::En), "12,345");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_digits(8813.0, 0), "8,813");
        assert_eq!(group_digits(156.0, 0), "156");
        assert_eq!(group_digits(19.034, 1), "19.0");
        assert_eq!(group_digits(1234567.0, 0), "1,234,567");
        assert_eq!(group_digits(4.78, 1), "4.8");
        assert_eq!(group_digits(2.04, 1), "2.0");
    }
}
