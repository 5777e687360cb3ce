//! Mount options and deep links as a host and an address give them: what is
//! read, what is refused and how the refusal names the option, and links that
//! read back as written.

use zones_infographic::interact::options::{whole, DeepLink, OptionValue, Options, ThemeChoice};
use zones_infographic::story::lang::Lang;

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
    assert_eq!(options(&[("slides", Number(1.0))]).unwrap_err(), "options: `slides` is not among lang, slide, theme, hash, kiosk, advance, idle, share");
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
#[cfg(not(feature = "kiosk"))]
fn the_news_embed_refuses_a_share_address() {
    let refused = options(&[("share", OptionValue::Text("https://example.org/zones/".into()))]).unwrap_err();
    assert_eq!(refused, "options: `share` needs the kiosk build, kiosk/zones-infographic.js (this is the news embed)");
}

#[test]
#[cfg(feature = "kiosk")]
fn a_kiosk_takes_a_web_address_its_qr_code_can_hold() {
    use zones_infographic::interact::options::SHARE_MAX;
    use OptionValue::*;
    let o = options(&[("kiosk", Bool(true)), ("share", Text("https://example.org/zones/".into()))]).unwrap();
    assert_eq!(o.share.as_deref(), Some("https://example.org/zones/"));
    assert_eq!(Options::default().share, None);
    let longest = format!("https://example.org/{}", "a".repeat(SHARE_MAX - 20));
    assert_eq!(longest.len(), SHARE_MAX);
    assert!(options(&[("share", Text(longest.clone()))]).is_ok());
    for bad in ["example.org/zones/", "ftp://example.org/", "https://example.org/#top", "https://example.org/a b", &format!("{longest}a")] {
        let refused = options(&[("share", Text(bad.to_string()))]).unwrap_err();
        assert!(refused.starts_with("options: `share` \""), "{bad}: {refused}");
        assert!(refused.ends_with(&format!("is not an http:// or https:// address without a #, of at most {SHARE_MAX} bytes")), "{refused}");
    }
    assert_eq!(options(&[("share", Bool(true))]).unwrap_err(), "options: `share` must be an address, such as \"https://example.org/zones/\", not true or false");
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

#[test]
fn the_theme_follows_the_system_only_when_asked_to() {
    assert!(ThemeChoice::Auto.dark(true) && !ThemeChoice::Auto.dark(false));
    assert!(ThemeChoice::Dark.dark(false) && !ThemeChoice::Light.dark(true));
}

#[test]
fn a_copied_link_names_its_language_even_chinese() {
    assert_eq!(DeepLink::format_with_lang(2, Lang::Zh), "#slide-3&lang=zh");
    assert_eq!(DeepLink::parse(&DeepLink::format_with_lang(0, Lang::En)), DeepLink { slide: Some(0), lang: Some(Lang::En), ..DeepLink::default() });
}

#[test]
fn a_container_that_cannot_show_a_graphic_is_refused_by_its_tag() {
    use zones_infographic::interact::host::container_tag;
    for tag in ["head", "img", "input", "br", "iframe", "canvas", "template", "style", "script"] {
        let refused = container_tag(tag).expect_err(tag);
        assert!(refused.contains(&format!("<{tag}>")), "{refused}");
    }
    for tag in ["div", "section", "figure", "main", "article", "p", "span", "my-widget"] {
        assert_eq!(container_tag(tag), Ok(()), "{tag}");
    }
}
