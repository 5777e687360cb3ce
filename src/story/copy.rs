//! The graphic's own words in one language: a message of `data/copy.json` by
//! name, with its `{places}` filled. Every label, line and message outside
//! the dataset's records comes from here.

use crate::data::text::split_at_ascii;
use super::lang::Lang;
use crate::data::{Dataset, Msg};

/// A message as written in `lang` ("" in a dataset made without its copy).
pub fn word(data: &Dataset, msg: Msg, lang: Lang) -> &str {
    data.words.get(msg).map_or("", |text| lang.pick(text))
}

/// A message in `lang` with each `{name}` replaced by its value in `args`
/// (a place without a value is left out).
pub fn fill(data: &Dataset, msg: Msg, lang: Lang, args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = word(data, msg, lang);
    while let Some((before, after)) = split_at_ascii(rest, b'{') {
        out.push_str(before);
        let Some((name, next)) = split_at_ascii(after, b'}') else {
            rest = after;
            break;
        };
        if let Some((_, value)) = args.iter().find(|(n, _)| *n == name) {
            out.push_str(value);
        }
        rest = next;
    }
    out.push_str(rest);
    out
}

/// A message in every language, one after the other ("交互版本未能加载。 The
/// interactive version could not load."): for lines shown before the
/// graphic knows its reader's language.
pub fn in_every_language(data: &Dataset, msg: Msg) -> String {
    let texts: Vec<&str> = Lang::ALL.iter().map(|lang| word(data, msg, *lang)).collect();
    super::lang::join(&texts, " ")
}

/// Whether a space stands between a number and its unit ("463 households",
/// "463户"), as the language's `NumberUnit` message writes them.
pub fn spaced_units(data: &Dataset, lang: Lang) -> bool {
    // Bytes, not a `str` search: that could link the string-slicing panic.
    word(data, Msg::NumberUnit, lang).as_bytes().windows(3).any(|w| w == b"} {")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_each_place_with_its_value() {
        let data = crate::dataset();
        let args = [("n", "2"), ("count", "6"), ("title", "T")];
        assert_eq!(fill(data, Msg::Announce, Lang::En, &args), "Slide 2 of 6: T");
        assert_eq!(fill(data, Msg::Announce, Lang::Zh, &args), "第2页，共6页：T");
        assert_eq!(fill(data, Msg::Back, Lang::En, &[]), "Back");
        assert!(spaced_units(data, Lang::En) && !spaced_units(data, Lang::Zh));
    }

    #[test]
    fn every_message_has_words_in_each_language() {
        let data = crate::dataset();
        assert_eq!(data.words.texts.len(), Msg::ALL.len());
        for msg in Msg::ALL {
            for lang in [Lang::Zh, Lang::En] {
                assert!(!word(data, *msg, lang).is_empty(), "{} in {}", msg.key(), lang.code());
            }
        }
    }
}
