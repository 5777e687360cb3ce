//! The look of the graphic: colours and type. One palette for three zones,
//! chosen to stay apart for colour-blind readers and to carry white text.

use super::mark::Color;

#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    pub background: Color,
    pub ink: Color,
    pub muted: Color,
    /// Rules, and the frame of a theme a zone did not report (drawn lightly).
    pub rule: Color,
    /// One colour a zone, in dataset order (blue, orange, reddish purple).
    pub zones: Vec<Color>,
    /// A CSS font-family list, used on canvas and in SVG.
    pub font_family: String,
}

impl Default for Look {
    fn default() -> Look {
        Look {
            background: Color(0xff, 0xff, 0xff),
            ink: Color(0x1a, 0x1a, 0x1a),
            muted: Color(0x5f, 0x5f, 0x5f),
            rule: Color(0xd9, 0xd9, 0xd9),
            zones: vec![Color(0x1f, 0x5f, 0x99), Color(0xb3, 0x4d, 0x00), Color(0x9c, 0x3d, 0x84)],
            font_family: "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif".into(),
        }
    }
}

impl Look {
    /// The light look (the default).
    pub fn light() -> Look {
        Look::default()
    }

    /// The dark look: light text on near-black, zone colours lifted to keep their
    /// contrast; text on zone fills turns dark.
    pub fn dark() -> Look {
        Look {
            background: Color(0x16, 0x16, 0x16),
            ink: Color(0xee, 0xee, 0xee),
            muted: Color(0xab, 0xab, 0xab),
            rule: Color(0x3d, 0x3d, 0x3d),
            zones: vec![Color(0x6c, 0xa8, 0xe0), Color(0xf0, 0x9a, 0x4e), Color(0xd8, 0x8f, 0xc6)],
            ..Look::default()
        }
    }

    pub fn zone_color(&self, index: usize) -> Color {
        self.zones[index % self.zones.len()]
    }
}

impl Color {
    /// Reads `#rrggbb` (a CSS custom property's value); anything else is `None`.
    pub fn parse_hex(text: &str) -> Option<Color> {
        let hex = text.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        Some(Color(byte(0)?, byte(2)?, byte(4)?))
    }
}

impl Look {
    /// This look with a host's CSS custom properties applied: `--zi-font`,
    /// `--zi-ink`, `--zi-muted`, `--zi-paper`, `--zi-rule` and
    /// `--zi-zone-1` … as `#rrggbb`. Values that do not parse are ignored.
    pub fn with_overrides(mut self, property: impl Fn(&str) -> Option<String>) -> Look {
        if let Some(font) = property("--zi-font").map(|f| f.trim().to_string()).filter(|f| !f.is_empty()) {
            self.font_family = font;
        }
        let color = |name: &str| property(name).and_then(|v| Color::parse_hex(&v));
        for (name, slot) in [
            ("--zi-ink", &mut self.ink),
            ("--zi-muted", &mut self.muted),
            ("--zi-paper", &mut self.background),
            ("--zi-rule", &mut self.rule),
        ] {
            if let Some(c) = color(name) {
                *slot = c;
            }
        }
        for (i, zone) in self.zones.iter_mut().enumerate() {
            if let Some(c) = color(&format!("--zi-zone-{}", i + 1)) {
                *zone = c;
            }
        }
        self
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance(c: Color) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        assert!((contrast(Color(0, 0, 0), Color(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast(Color(0x77, 0x77, 0x77), Color(255, 255, 255)) - 4.48).abs() < 0.01);
    }

    #[test]
    fn colours_are_six_hex_digits_after_a_hash() {
        assert_eq!(Color::parse_hex(" #1a2B3c "), Some(Color(0x1a, 0x2b, 0x3c)));
        for bad in ["#+1+2+3", "#12345", "#1234567", "1a2b3c", "#1a2b3g", "#１２３４"] {
            assert_eq!(Color::parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_host_can_set_fonts_and_colours() {
        let look = Look::light().with_overrides(|name| match name {
            "--zi-font" => Some(" Georgia, serif ".into()),
            "--zi-ink" => Some("#102030".into()),
            "--zi-zone-2" => Some("#00ff00".into()),
            "--zi-paper" => Some("red".into()),
            _ => None,
        });
        assert_eq!(look.font_family, "Georgia, serif");
        assert_eq!(look.ink, Color(0x10, 0x20, 0x30));
        assert_eq!(look.zones[1], Color(0, 255, 0));
        assert_eq!(look.background, Look::light().background, "a value that is not #rrggbb is ignored");
    }

    #[test]
    fn zone_colours_stand_out_from_the_paper_in_both_looks() {
        for look in [Look::light(), Look::dark()] {
            for z in &look.zones {
                assert!(contrast(*z, look.background) >= 4.5, "{z:?} on {:?}", look.background);
            }
            assert!(contrast(look.muted, look.background) >= 4.5);
        }
    }
}
