//! A host's calls on a mounted graphic, apart from the page: what each may
//! pass, and the message that refuses the rest, quoting what was given (at
//! most 80 characters of a string, a whole number, or its type).

use super::options::excerpt;
use crate::story::lang::Lang;

/// A value a host passed, as the web layer reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Null,
    Number(f64),
    Text(String),
    /// Anything else, by its JavaScript type ("undefined", "object", ...).
    Other(String),
}

impl Arg {
    /// The value as a message quotes it.
    pub fn describe(&self) -> String {
        match self {
            Arg::Text(text) => format!("\"{}\"", excerpt(text)),
            // Whole numbers only: formatting any float would link kilobytes of code.
            Arg::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => (*n as i64).to_string(),
            Arg::Number(_) => "number".into(),
            Arg::Null => "null".into(),
            Arg::Other(kind) => kind.clone(),
        }
    }
}

/// The kinds of file `toBlob` makes, as it and the download buttons name them.
pub const FILES: [&str; 3] = ["png", "svg", "csv"];

/// `new Infographic(container, …)` with something that is not an element.
pub fn not_a_container(arg: &Arg) -> String {
    format!("Infographic: the container must be an HTML element, not {}", arg.describe())
}

/// The elements that cannot show a graphic inside them, by their local name:
/// void elements, those whose content is text or is never rendered (`<head>`,
/// `<script>`, `<template>` …) and those that show something else in its place
/// (`<iframe>`, `<canvas>` …).
const CANNOT_HOLD: &str = "area base br col embed hr img input link meta source track wbr head title style script noscript template iframe canvas textarea select object";

/// `new Infographic(container, …)` with an element of local name `tag`: refused
/// where the graphic could not be seen.
pub fn container_tag(tag: &str) -> Result<(), String> {
    if CANNOT_HOLD.split(' ').any(|t| t == tag) {
        return Err(format!("Infographic: a <{tag}> element cannot show a graphic"));
    }
    Ok(())
}

/// `show(index)`: a slide counted from 0; before the first or past the last
/// means the first or the last (the core clamps it).
pub fn slide_index(arg: &Arg) -> Result<usize, String> {
    match arg {
        // `as` saturates: below 0 is 0, and past the last is clamped by the core.
        Arg::Number(n) if !n.is_nan() => Ok(*n as usize),
        _ => Err(format!("show: the slide index must be a number, not {}", arg.describe())),
    }
}

/// `setLanguage(code)`: "zh" or "en".
pub fn language(arg: &Arg) -> Result<Lang, String> {
    match arg {
        Arg::Text(code) => Lang::parse(code),
        _ => None,
    }
    .ok_or_else(|| format!("setLanguage: the language must be \"zh\" or \"en\", not {}", arg.describe()))
}

/// `toBlob(kind)`: one of `FILES`.
pub fn file_kind(arg: &Arg) -> Result<&'static str, String> {
    match arg {
        Arg::Text(kind) => FILES.iter().copied().find(|k| k == kind),
        _ => None,
    }
    .ok_or_else(|| format!("toBlob: the kind must be \"png\", \"svg\" or \"csv\", not {}", arg.describe()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_call_takes_what_it_names_and_refuses_the_rest_by_quoting_it() {
        assert_eq!(slide_index(&Arg::Number(2.0)), Ok(2));
        assert_eq!(slide_index(&Arg::Number(-3.0)), Ok(0), "before the first is the first");
        assert_eq!(slide_index(&Arg::Number(f64::NAN)).unwrap_err(), "show: the slide index must be a number, not number");
        assert_eq!(slide_index(&Arg::Text("2".into())).unwrap_err(), "show: the slide index must be a number, not \"2\"");
        assert_eq!(language(&Arg::Text("EN".into())), Ok(Lang::En));
        assert_eq!(language(&Arg::Null).unwrap_err(), "setLanguage: the language must be \"zh\" or \"en\", not null");
        assert_eq!(file_kind(&Arg::Text("svg".into())), Ok("svg"));
        assert_eq!(file_kind(&Arg::Number(1.5)).unwrap_err(), "toBlob: the kind must be \"png\", \"svg\" or \"csv\", not number");
        assert_eq!(not_a_container(&Arg::Other("undefined".into())), "Infographic: the container must be an HTML element, not undefined");
        let long = file_kind(&Arg::Text("x".repeat(5000))).unwrap_err();
        assert!(long.chars().count() < 160, "{long}");
    }
}
