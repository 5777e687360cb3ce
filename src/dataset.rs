//! The dataset: typed records for zones, articles, themes, measures, figures,
//! coverage and slides, and how each is read from `data/zones.json`.

use crate::json::Json;

use crate::reader::{list, Record};
use crate::validate::DataError;

/// The dataset compiled into the crate: `data/zones.json` without the
/// whitespace between tokens (see `build.rs`).
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/zones.json"));

/// A text in both languages of the graphic.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone)]
pub struct Zone {
    pub id: String,
    pub name: Bilingual,
    pub short: Bilingual,
    pub province: Bilingual,
}

#[derive(Debug, Clone)]
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

#[derive(Debug, Clone)]
pub struct Theme {
    pub id: String,
    pub name: Bilingual,
}

/// What a figure counts. Figures share an axis only when they share a measure.
#[derive(Debug, Clone)]
pub struct Measure {
    pub id: String,
    /// The measure word as the articles write it: 人次, 户, 名, 个 …
    pub unit: String,
    pub unit_en: String,
    pub name: Bilingual,
}

/// How the article hedges a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// An English gloss of the sentence (the quote itself stays in Chinese).
    pub quote_en: String,
}

/// Whether a zone's article says anything on a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Figures,
    TextOnly,
    NotReported,
}

#[derive(Debug, Clone)]
pub struct Coverage {
    pub zone: String,
    pub theme: String,
    pub status: Status,
    /// For text-only coverage: the article and the sentence that mention the theme.
    pub article: Option<String>,
    pub quote: Option<String>,
    pub quote_en: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Ratio {
    pub of: String,
    pub per: String,
    pub label: Bilingual,
}

#[derive(Debug, Clone)]
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

#[derive(Debug, Clone)]
pub struct SlideSpec {
    pub id: String,
    pub themes: Vec<String>,
    /// May hold `{figure-id}` and `{count:zone-id}` placeholders, filled from the data.
    pub title: Bilingual,
    pub deck: Bilingual,
    pub blocks: Vec<BlockSpec>,
}

#[derive(Debug, Clone)]
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

// Reading each record from parsed JSON.

impl Dataset {
    /// Reads the records of a parsed dataset (consistency is checked afterwards).
    pub(crate) fn read(root: &Json) -> Result<Dataset, DataError> {
        let top = Record::new("dataset".into(), root, &["zones", "articles", "themes", "measures", "figures", "coverage", "slides", "layout_breaks"])?;
        let data = Dataset {
            zones: list(root.get("zones"), "zones", &["id", "name", "short", "province"], |r| r.finish(Zone { id: r.string("id"), name: r.bilingual("name"), short: r.bilingual("short"), province: r.bilingual("province") }))?,
            articles: list(root.get("articles"), "articles", &["id", "zone", "title", "title_en", "byline", "reporter", "section"], |r| {
                    r.finish(Article {
                        id: r.string("id"),
                        zone: r.string("zone"),
                        title: r.string("title"),
                        title_en: r.string("title_en"),
                        byline: r.strings("byline"),
                        reporter: r.opt_string("reporter"),
                        section: r.opt_string("section"),
                    })
                })?,
            themes: list(root.get("themes"), "themes", &["id", "name"], |r| r.finish(Theme { id: r.string("id"), name: r.bilingual("name") }))?,
            measures: list(root.get("measures"), "measures", &["id", "unit", "unit_en", "name"], |r| r.finish(Measure { id: r.string("id"), unit: r.string("unit"), unit_en: r.string("unit_en"), name: r.bilingual("name") }))?,
            figures: list(root.get("figures"), "figures", &["id", "zone", "article", "theme", "measure", "written", "value", "qualifier", "period", "label", "quote", "quote_en"], |r| {
                    r.finish(Figure {
                        id: r.string("id"),
                        zone: r.string("zone"),
                        article: r.string("article"),
                        theme: r.string("theme"),
                        measure: r.string("measure"),
                        written: r.string("written"),
                        value: r.number("value"),
                        qualifier: r.choice(
                            "qualifier",
                            &[("exact", Qualifier::Exact), ("more-than", Qualifier::MoreThan), ("nearly", Qualifier::Nearly), ("over", Qualifier::Over)],
                        ),
                        period: r.opt_bilingual("period"),
                        label: r.bilingual("label"),
                        quote: r.string("quote"),
                        quote_en: r.string("quote_en"),
                    })
                })?,
            coverage: list(root.get("coverage"), "coverage", &["zone", "theme", "status", "article", "quote", "quote_en"], |r| {
                    r.finish(Coverage {
                        zone: r.string("zone"),
                        theme: r.string("theme"),
                        status: r.choice("status", &[("figures", Status::Figures), ("text-only", Status::TextOnly), ("not-reported", Status::NotReported)]),
                        article: r.opt_string("article"),
                        quote: r.opt_string("quote"),
                        quote_en: r.opt_string("quote_en"),
                    })
                })?,
            slides: list(root.get("slides"), "slides", &["id", "themes", "title", "deck", "blocks"], SlideSpec::read)?,
            layout_breaks: top.strings("layout_breaks"),
        };
        top.finish(data)
    }
}

impl SlideSpec {
    fn read(r: &Record) -> Result<SlideSpec, DataError> {
        let blocks = r
            .list("blocks", &["kind", "heading", "figures", "ratios"], |b| {
                #[derive(Clone, Copy)]
                enum Kind {
                    Coverage,
                    Bars,
                    Stats,
                    Flow,
                    Ratios,
                    Notes,
                }
                let kind = b.choice(
                    "kind",
                    &[("coverage", Kind::Coverage), ("bars", Kind::Bars), ("stats", Kind::Stats), ("flow", Kind::Flow), ("ratios", Kind::Ratios), ("notes", Kind::Notes)],
                );
                b.finish(match kind {
                    Kind::Coverage => BlockSpec::Coverage,
                    Kind::Notes => BlockSpec::Notes,
                    Kind::Bars => BlockSpec::Bars { heading: b.bilingual("heading"), figures: b.strings("figures") },
                    Kind::Stats => BlockSpec::Stats { heading: b.bilingual("heading"), figures: b.strings("figures") },
                    Kind::Flow => BlockSpec::Flow { heading: b.bilingual("heading"), figures: b.strings("figures") },
                    Kind::Ratios => BlockSpec::Ratios {
                        heading: b.bilingual("heading"),
                        ratios: b
                            .list("ratios", &["of", "per", "label"], |q| q.finish(Ratio { of: q.string("of"), per: q.string("per"), label: q.bilingual("label") })),
                    },
                })
            });
        r.finish(SlideSpec { id: r.string("id"), themes: r.strings("themes"), title: r.bilingual("title"), deck: r.bilingual("deck"), blocks })
    }
}
