//! The look of the graphic: colours and type. One palette for three zones,
//! chosen to stay apart for colour-blind readers and to carry white text.

use crate::scene::Color;

#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    pub background: Color,
    pub ink: Color,
    pub muted: Color,
    pub rule: Color,
    /// Fill of cells for themes a zone did not report.
    pub absent: Color,
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
            absent: Color(0xf0, 0xf0, 0xf0),
            zones: vec![Color(0x1f, 0x5f, 0x99), Color(0xb3, 0x4d, 0x00), Color(0x9c, 0x3d, 0x84)],
            font_family: "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif".into(),
        }
    }
}

impl Look {
    pub fn zone_color(&self, index: usize) -> Color {
        self.zones[index % self.zones.len()]
    }
}
