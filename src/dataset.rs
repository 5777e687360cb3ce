//! The dataset: serde types for zones, articles, themes, measures, figures, coverage
//! and slides, exactly as they are stored in `data/zones.json`.

use serde::Deserialize;

/// The dataset compiled into the crate.
pub const EMBEDDED_JSON: &str = include_str!("../data/zones.json");

/// A text in both languages of the graphic.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Zone {
    pub id: String,
    pub name: Bilingual,
    pub short: Bilingual,
    pub province: Bilingual,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    pub id: String,
    pub zone: String,
    pub title: String,
    pub title_en: String,
    /// The names that close the article.
    pub byline: Vec<String>,
    /// The reporting body where the article names one.
    pub reporter: Option<String>,
    /// The newspaper section, where the page states one.
    pub section: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Theme {
    pub id: String,
    pub name: Bilingual,
}

/// What a figure counts. Figures share an axis only when they share a measure.
#[derive(Debug, Clone, Deserialize)]
pub struct Measure {
    pub id: String,
    /// The measure word as the articles write it: 人次, 户, 名, 个 …
    pub unit: String,
    pub unit_en: String,
    pub name: Bilingual,
}

/// How the article hedges a number.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    /// 余: "2000余" is more than 2,000.
    MoreThan,
    /// 近: "近百" is nearly 100.
    Nearly,
    /// 超: "超90" is over 90.
    Over,
}

/// One number reported by an article, with the sentence it comes from.
#[derive(Debug, Clone, Deserialize)]
pub struct Figure {
    pub id: String,
    pub zone: String,
    pub article: String,
    pub theme: String,
    pub measure: String,
    /// The number exactly as the article writes it, qualifier and unit included.
    pub written: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub period: Option<Bilingual>,
    pub label: Bilingual,
    /// The verbatim source sentence.
    pub quote: String,
}

/// Whether a zone's article says anything on a theme.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Figures,
    TextOnly,
    NotReported,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Coverage {
    pub zone: String,
    pub theme: String,
    pub status: Status,
    /// For text-only coverage: the article and the sentence that mention the theme.
    pub article: Option<String>,
    pub quote: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Ratio {
    pub of: String,
    pub per: String,
    pub label: Bilingual,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockSpec {
    /// The zone-by-theme matrix of what was reported.
    Coverage,
    /// Horizontal bars on one axis; all figures share one measure.
    Bars { heading: Bilingual, figures: Vec<String> },
    /// Big numbers side by side, each with its own unit.
    Stats { heading: Bilingual, figures: Vec<String> },
    /// Big numbers read as steps of one campaign.
    Flow { heading: Bilingual, figures: Vec<String> },
    /// Values computed from two figures, always marked as derived.
    Ratios { heading: Bilingual, ratios: Vec<Ratio> },
    /// What the other zones said on the slide's themes (text only, or nothing).
    Notes,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SlideSpec {
    pub id: String,
    pub themes: Vec<String>,
    /// May hold `{figure-id}` and `{count:zone-id}` placeholders, filled from the data.
    pub title: Bilingual,
    pub deck: Bilingual,
    pub blocks: Vec<BlockSpec>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Dataset {
    pub zones: Vec<Zone>,
    pub articles: Vec<Article>,
    pub themes: Vec<Theme>,
    pub measures: Vec<Measure>,
    pub figures: Vec<Figure>,
    pub coverage: Vec<Coverage>,
    pub slides: Vec<SlideSpec>,
    /// Lines of the source page that interrupt the articles' text (a photo caption,
    /// titles set in the middle of paragraphs).
    pub layout_breaks: Vec<String>,
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
    pub fn figures_of_zone<'a>(&'a self, zone: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.zone == zone)
    }
}
