//! The dataset's records: zones, articles, themes, measures, figures, coverage
//! and slides, as `data/zones.json` holds them (read by serde at build time) and
//! as the crate bakes them (static data: nothing is parsed at run time).

use serde::Deserialize;

use super::words::Msg;
pub use crate::text::{List, Text};

/// A field the build reads and checks but the graphic never shows (a zone's
/// province, a figure's group, the source page's layout): present when the
/// dataset is read from JSON, left out when it is baked into the module.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildOnly<T>(Option<T>);

impl<T> BuildOnly<T> {
    /// As baked into the module: absent.
    pub const BAKED: BuildOnly<T> = BuildOnly(None);

    /// The value, when the dataset was read (`None` in the baked dataset).
    pub fn get(&self) -> Option<&T> {
        self.0.as_ref()
    }
}

/// Baked as absent: the module never reads it.
#[cfg(not(target_arch = "wasm32"))]
impl<T> databake::Bake for BuildOnly<T> {
    fn bake(&self, env: &databake::CrateEnv) -> databake::TokenStream {
        env.insert("zones_data");
        databake::quote! { zones_data::BuildOnly::BAKED }
    }
}

/// Baked as absent, it borrows nothing.
#[cfg(not(target_arch = "wasm32"))]
impl<T> databake::BakeSize for BuildOnly<T> {
    fn borrows_size(&self) -> usize {
        0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for BuildOnly<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(|value| BuildOnly(Some(value)))
    }
}

/// A text in both languages of the graphic.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Bilingual {
    pub zh: Text,
    pub en: Text,
}

#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Zone {
    pub id: Text,
    pub name: Bilingual,
    /// The zone's place (南昌, Alxa): the dataset's rules find where a text
    /// names the place instead of the zone; the graphic writes zones by name.
    pub short: BuildOnly<Bilingual>,
    pub province: BuildOnly<Bilingual>,
}

#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Article {
    pub id: Text,
    pub zone: Text,
    pub title: Text,
    pub title_en: Text,
    /// The names that close the article.
    pub byline: List<Text>,
    /// The same names in pinyin, in the same order, for the English graphic.
    pub byline_en: List<Text>,
    /// Who reported the article's figures, as the article names them
    /// (南昌高新区; 阿拉善高新区政数局, not the whole zone; the Suizhou
    /// forum): the CSV's column beside each figure's zone (the CSV is made by
    /// the build, from the dataset as read).
    pub reported_by: BuildOnly<Bilingual>,
    /// The reporting body where the article names one as its author (an
    /// organisation the article writes about is not its reporter).
    pub reporter: BuildOnly<Option<Text>>,
    /// The newspaper section, where the page states one.
    pub section: BuildOnly<Option<Text>>,
}

#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Theme {
    pub id: Text,
    pub name: Bilingual,
}

/// What a figure counts. Figures share an axis only when they share a measure.
#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Measure {
    pub id: Text,
    /// The measure word as the articles write it: 人次, 户, 名, 个 …
    pub unit: Text,
    pub unit_en: Text,
    pub name: BuildOnly<Bilingual>,
    /// It counts points made in a speech (会议强调…从3个方面着力), not work
    /// done: such a figure is shown in its sentence (a `said` block), never as
    /// a big number, a bar or in a title, and the overview does not count it
    /// as figures.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub speech: bool,
}

/// How the article hedges a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Qualifier {
    Exact,
    /// 余: "2000余" is more than 2,000.
    MoreThan,
    /// 近: "近百" is nearly 100.
    Nearly,
    /// 超: "超90" is over 90.
    Over,
}

impl Qualifier {
    /// The name used in the dataset.
    pub fn name(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more-than",
            Qualifier::Nearly => "nearly",
            Qualifier::Over => "over",
        }
    }
}

/// One number reported by an article, with the sentence it comes from.
#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Figure {
    pub id: Text,
    pub zone: Text,
    pub article: Text,
    pub theme: Text,
    pub measure: Text,
    /// Whose number it is, as the quote names them: the people it counts
    /// (基层干部, 党员干部), or the people or body that did what it counts
    /// (阿拉善高新区政数局); the zone's name where the sentence leaves them
    /// unnamed. Bars share an axis only when they share a group.
    pub group: BuildOnly<Text>,
    /// The number exactly as the article writes it, qualifier and unit included.
    pub written: Text,
    pub value: f64,
    pub qualifier: Qualifier,
    /// When, as the article says it (累计, 2024年, 活动开展以来); `None` where
    /// it says nothing. Bars share an axis only when they share a stated period.
    pub period: Option<Bilingual>,
    /// What the number is of. The Chinese label uses only characters of its
    /// quote (and 的), and neither label repeats the period shown beside it.
    pub label: Bilingual,
    /// The verbatim source sentence.
    pub quote: Text,
    /// An English gloss of the sentence (the quote itself stays in Chinese).
    pub quote_en: Text,
}

/// Whether a zone's article says anything on a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Status {
    Figures,
    TextOnly,
    NotReported,
}

#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Coverage {
    pub zone: Text,
    pub theme: Text,
    pub status: Status,
    /// For text-only coverage: the article and the sentence that mention the theme.
    pub article: Option<Text>,
    pub quote: Option<Text>,
    pub quote_en: Option<Text>,
    /// For text-only coverage whose sentence is less than the theme's name
    /// would claim (a call made at a meeting, not a service delivered): what
    /// it says, shown in place of the theme's name.
    pub note: Option<Bilingual>,
}

/// A value the graphic computes from two figures: `of` divided by `per`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Ratio {
    pub of: Text,
    pub per: Text,
    pub label: Bilingual,
}

/// One block of a slide. Each kind is laid out, explained and picked by its own
/// module in `scene::blocks`; a new kind is one variant here and one module there,
/// and the compiler names every match that must learn it. In the JSON a block is
/// one object with its `kind` (read through `BlockFields`, so that an error in
/// a field keeps its whole path and place).
#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(try_from = "BlockFields"))]
pub enum BlockSpec {
    /// The zone-by-theme matrix of what was reported.
    Coverage,
    /// Horizontal bars on one axis: all figures share one measure, one group and
    /// one stated period, so the bars differ only in what they compare.
    Bars { heading: Bilingual, figures: List<Text> },
    /// Big numbers side by side, each with its own unit.
    Stats { heading: Bilingual, figures: List<Text> },
    /// Big numbers read as steps of one campaign.
    Flow { heading: Bilingual, figures: List<Text> },
    /// Values computed from two figures, always marked as derived.
    Ratios { heading: Bilingual, ratios: List<Ratio> },
    /// Figures that count points made in a speech, each shown in its sentence.
    Said { heading: Bilingual, figures: List<Text> },
    /// What the other zones said on the slide's themes (text only, or nothing).
    Notes,
}

/// The kinds of block, as the JSON names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum BlockKind {
    Coverage,
    Bars,
    Stats,
    Flow,
    Ratios,
    Said,
    Notes,
}

/// A block as written: its kind and whichever fields it has.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct BlockFields {
    pub kind: BlockKind,
    pub heading: Option<Bilingual>,
    pub figures: Option<List<Text>>,
    pub ratios: Option<List<Ratio>>,
}

impl TryFrom<BlockFields> for BlockSpec {
    type Error = String;

    /// The block of its kind, refused when a field its kind needs is missing or
    /// one it does not take is given.
    fn try_from(b: BlockFields) -> Result<BlockSpec, String> {
        let name = format!("{:?}", b.kind).to_lowercase();
        let given = [("heading", b.heading.is_some()), ("figures", b.figures.is_some()), ("ratios", b.ratios.is_some())];
        let takes: &[&str] = match b.kind {
            BlockKind::Coverage | BlockKind::Notes => &[],
            BlockKind::Bars | BlockKind::Stats | BlockKind::Flow | BlockKind::Said => &["heading", "figures"],
            BlockKind::Ratios => &["heading", "ratios"],
        };
        for (field, is_given) in given {
            if is_given && !takes.contains(&field) {
                return Err(format!("a `{name}` block takes no `{field}`"));
            }
            if !is_given && takes.contains(&field) {
                return Err(format!("a `{name}` block needs `{field}`"));
            }
        }
        let (heading, figures, ratios) = (b.heading.unwrap_or_default(), b.figures.unwrap_or_default(), b.ratios.unwrap_or_default());
        Ok(match b.kind {
            BlockKind::Coverage => BlockSpec::Coverage,
            BlockKind::Notes => BlockSpec::Notes,
            BlockKind::Bars => BlockSpec::Bars { heading, figures },
            BlockKind::Stats => BlockSpec::Stats { heading, figures },
            BlockKind::Flow => BlockSpec::Flow { heading, figures },
            BlockKind::Ratios => BlockSpec::Ratios { heading, ratios },
            BlockKind::Said => BlockSpec::Said { heading, figures },
        })
    }
}


#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SlideSpec {
    pub id: Text,
    pub themes: List<Text>,
    /// May hold `{figure-id}`, `{count:zone-id}` and `{period:figure-id}`
    /// placeholders, filled from the data.
    pub title: Bilingual,
    pub deck: Bilingual,
    pub blocks: List<BlockSpec>,
}

/// The rules of Chinese typesetting a line of the graphic keeps (and the Latin
/// signs that follow them), as sets of characters: a break never comes after
/// an opening bracket or before a closing one or a comma, and a number stays
/// with its hedges ("约19户", "2000余人次", "2,000+").
#[derive(Debug, Clone, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct LineBreaking {
    /// Characters that never start a line ("，", "。", ")", "%").
    pub no_line_start: Text,
    /// Characters that never end a line ("（", "“").
    pub no_line_end: Text,
    /// Hedges written before a number ("约", "近", "≈").
    pub hedge_before: Text,
    /// Hedges written after a number ("余", "+").
    pub hedge_after: Text,
}

#[derive(Debug, Clone)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, databake::Bake), databake(path = zones_data))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Dataset {
    pub zones: List<Zone>,
    pub articles: List<Article>,
    pub themes: List<Theme>,
    pub measures: List<Measure>,
    pub figures: List<Figure>,
    pub coverage: List<Coverage>,
    pub slides: List<SlideSpec>,
    /// Lines of the source page that interrupt the articles' text (a photo caption,
    /// titles set in the middle of paragraphs).
    pub layout_breaks: BuildOnly<List<Text>>,
    /// Words a line of the graphic must not break inside ("政数局", "突出问题"),
    /// besides the bylines' names and numbers with their units, which are kept
    /// whole without being listed.
    pub unbreakable: List<Text>,
    /// Where a line of the graphic may break around punctuation and hedges.
    pub line_breaking: LineBreaking,
    /// The graphic's own words (`data/copy.json`, read beside the dataset).
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub words: Words,
    /// How many of its texts (its English) are keys to texts loaded after
    /// the module (`text::later`); 0 where every text is in it.
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub later: u16,
}

impl Dataset {
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
    pub fn coverage_of(&self, zone: &str, theme: &str) -> Option<&Coverage> {
        self.coverage.iter().find(|c| c.zone == zone && c.theme == theme)
    }
    /// Whether a figure counts points made in a speech rather than work done.
    pub fn is_speech(&self, figure: &Figure) -> bool {
        self.measure(&figure.measure).is_some_and(|m| m.speech)
    }
    pub fn figures_of_zone<'a>(&'a self, zone: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.zone == zone)
    }
}

/// The messages in each language, in `Msg::ALL` order.
#[derive(Debug, Clone, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = zones_data))]
pub struct Words {
    pub texts: List<Bilingual>,
}

impl Words {
    /// The texts of a message (`None` only in a dataset made without its copy).
    pub fn get(&self, msg: Msg) -> Option<&Bilingual> {
        self.texts.get(msg as usize)
    }

    /// The same words with `msgs` empty (in both languages).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn without(&self, msgs: &[Msg]) -> Words {
        let texts = self.texts.iter().enumerate().map(|(i, text)| if msgs.iter().any(|m| *m as usize == i) { Bilingual::default() } else { text.clone() });
        Words { texts: List::from(texts.collect::<Vec<_>>()) }
    }
}

/// One piece of a slide title template: plain text, a figure, or a count of a
/// zone's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitlePart<'a> {
    Text(&'a str),
    /// `{figure-id}`: the figure as written.
    Figure(&'a str),
    /// `{count:zone-id}`: how many figures the zone's article reports.
    Count(&'a str),
    /// `{period:figure-id}`: when the figure is of, as the article says it
    /// (2024年防汛期间), so that a title's date comes from the data too.
    Period(&'a str),
}

/// A title template taken apart at its `{…}` placeholders; an unclosed
/// placeholder or a stray `}` is an error that quotes the template.
pub fn title_parts(template: &str) -> Result<Vec<TitlePart<'_>>, String> {
    let mut parts = Vec::new();
    let mut rest = template;
    // Split rather than sliced: no slice-panic path in the module.
    while let Some((before, after)) = crate::text::split_at_ascii(rest, b'{') {
        let (key, next) = crate::text::split_at_ascii(after, b'}').ok_or_else(|| format!("unclosed placeholder in \"{template}\""))?;
        if before.contains('}') {
            return Err(format!("stray '}}' in \"{template}\""));
        }
        if !before.is_empty() {
            parts.push(TitlePart::Text(before));
        }
        parts.push(match (key.strip_prefix("count:"), key.strip_prefix("period:")) {
            (Some(zone), _) => TitlePart::Count(zone),
            (None, Some(figure)) => TitlePart::Period(figure),
            (None, None) => TitlePart::Figure(key),
        });
        rest = next;
    }
    if rest.contains('}') {
        return Err(format!("stray '}}' in \"{template}\""));
    }
    if !rest.is_empty() {
        parts.push(TitlePart::Text(rest));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_without_some_messages_keep_every_other() {
        let words = crate::read::words(crate::read::COPY).unwrap();
        let fewer = words.without(&Msg::BUILD_ONLY);
        for &msg in Msg::ALL {
            let (was, now) = (words.get(msg).unwrap(), fewer.get(msg).unwrap());
            if Msg::BUILD_ONLY.contains(&msg) {
                assert_eq!((now.zh.0, now.en.0), ("", ""), "{msg:?}");
                assert!(!was.zh.is_empty(), "{msg:?} has words in the copy");
            } else {
                assert_eq!(now, was, "{msg:?}");
            }
        }
    }
}
