//! The slide specification: what each slide says in words, filled from the dataset.
//! Titles, figure texts as a reader sees them, derived values, the source line, and
//! the explanation behind every mark a reader can pick.

use crate::data::{title_parts, BlockSpec, Dataset, Figure, Qualifier, Ratio, SlideSpec, Status, Text, TitlePart};
pub mod lang;

use self::lang::{group_digits, join, local_number, Lang};

/// What a picked mark stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Figure(Text),
    Coverage { zone: Text, theme: Text },
    Ratio { of: Text, per: Text },
}

/// Whether a kiosk's loop highlights the target: one with a sentence of an
/// article to show (a reported figure, or a theme a zone wrote about without
/// figures), never a derived value, a count or a gap.
pub fn tells(data: &Dataset, target: &Target) -> bool {
    match target {
        Target::Figure(_) => true,
        Target::Coverage { zone, theme } => data.coverage_of(zone, theme).is_some_and(|c| c.quote.is_some()),
        Target::Ratio { .. } => false,
    }
}

impl Target {
    /// A stable name for the target, e.g. `figure:nc-stations`,
    /// `coverage:alashan/study` or `ratio:nc-night-households/nc-night-cadres`.
    pub fn key(&self) -> String {
        match self {
            Target::Figure(id) => format!("figure:{id}"),
            Target::Coverage { zone, theme } => format!("coverage:{zone}/{theme}"),
            Target::Ratio { of, per } => format!("ratio:{of}/{per}"),
        }
    }
}

/// Everything a tooltip or a screen reader says about one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Zone and period, e.g. "南昌 · 2024年".
    pub kicker: String,
    /// The figure as written, or the computed value.
    pub headline: String,
    pub detail: String,
    /// The verbatim sentence from the article, always in Chinese.
    pub quote: Option<Text>,
    /// In English, a gloss of the quote shown beside it.
    pub gloss: Option<Text>,
    /// "《title》 byline", or the method for derived values.
    pub source: String,
    /// True when the headline is computed by the graphic, not reported.
    pub derived: bool,
}

/// A figure as the reader sees it: as written in Chinese ("2000余人次"); in English
/// with the hedge spelled out ("2,000+ person-times").
pub fn figure_text(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => figure.written.to_string(),
        Lang::En => {
            let unit = data.measure(&figure.measure).map_or("", |m| &*m.unit_en);
            format!("{} {unit}", english_number(figure))
        }
    }
}

/// The number alone, hedge included ("2000余", "近百" / "2,000+", "nearly 100").
pub fn figure_number(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let unit = data.measure(&figure.measure).map_or("", |m| &*m.unit);
            figure.written.strip_suffix(unit).unwrap_or(&figure.written).to_string()
        }
        Lang::En => english_number(figure),
    }
}

fn english_number(figure: &Figure) -> String {
    let n = group_digits(figure.value, 0);
    match figure.qualifier {
        Qualifier::Exact => n,
        Qualifier::MoreThan => format!("{n}+"),
        Qualifier::Nearly => format!("nearly {n}"),
        Qualifier::Over => format!("over {n}"),
    }
}

/// The unit as shown after a number.
pub fn unit_text(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    let m = data.measure(&figure.measure);
    match lang {
        Lang::Zh => m.map_or(String::new(), |m| m.unit.to_string()),
        Lang::En => m.map_or(String::new(), |m| m.unit_en.to_string()),
    }
}

/// How many figures a zone's article reports (a count made by the graphic).
pub fn figure_count(data: &Dataset, zone: &str) -> usize {
    data.figures_of_zone(zone).count()
}

/// A title filled in: its text, and where in it each figure stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub text: String,
    /// Byte ranges of `text` that write a figure, with the figure's id.
    pub figures: Vec<(std::ops::Range<usize>, Text)>,
}

/// A slide title with its `{figure-id}` and `{count:zone}` placeholders filled,
/// noting where each figure went. (Templates are checked when the dataset is
/// baked; a malformed one is shown as written.)
pub fn fill_title(data: &Dataset, template: &str, lang: Lang) -> Title {
    let Ok(parts) = title_parts(template) else {
        return Title { text: template.to_string(), figures: Vec::new() };
    };
    let mut title = Title { text: String::new(), figures: Vec::new() };
    for part in parts {
        match part {
            TitlePart::Text(text) => title.text.push_str(text),
            TitlePart::Count(zone) => title.text.push_str(&figure_count(data, zone).to_string()),
            TitlePart::Figure(id) => match data.figure(id) {
                Some(f) => {
                    let start = title.text.len();
                    title.text.push_str(&figure_text(data, f, lang));
                    title.figures.push((start..title.text.len(), f.id.clone()));
                }
                None => title.text.push_str(id),
            },
        }
    }
    title
}

/// A slide title with its placeholders filled.
pub fn fill_template(data: &Dataset, template: &str, lang: Lang) -> String {
    fill_title(data, template, lang).text
}

/// True when a slide's title counts figures (a `{count:zone}` placeholder).
pub fn counts_figures(slide: &SlideSpec) -> bool {
    title_parts(&slide.title.zh).is_ok_and(|parts| parts.iter().any(|p| matches!(p, TitlePart::Count(_))))
}

/// True when a slide shows numbers the graphic computed itself.
pub fn uses_derived(slide: &SlideSpec) -> bool {
    counts_figures(slide)
        || slide.blocks.iter().any(|b| match b {
            // Counts of figures per cell, and values computed from two figures.
            BlockSpec::Coverage | BlockSpec::Ratios { .. } => true,
            BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } | BlockSpec::Notes => false,
        })
}

/// A ratio of two figures, e.g. households visited per cadre.
pub fn ratio_value(data: &Dataset, ratio: &Ratio) -> Option<f64> {
    let of = data.figure(&ratio.of)?;
    let per = data.figure(&ratio.per)?;
    (per.value > 0.0).then(|| of.value / per.value)
}

/// "约19户" / "≈19 households".
pub fn ratio_text(data: &Dataset, ratio: &Ratio, lang: Lang) -> String {
    let (Some(value), Some(of)) = (ratio_value(data, ratio), data.figure(&ratio.of)) else {
        return String::new();
    };
    // Whole numbers: a decimal of one count divided by another would be false
    // precision, with both counts rounded or hedged by the article.
    let n = local_number(value.round(), 0, lang);
    match lang {
        Lang::Zh => format!("约{n}{}", unit_text(data, of, lang)),
        Lang::En => format!("≈{n} {}", unit_text(data, of, lang)),
    }
}

/// The articles a slide draws on, in dataset order.
pub fn slide_articles<'a>(data: &'a Dataset, slide: &SlideSpec) -> Vec<&'a crate::data::Article> {
    let mut ids: Vec<&str> = slide_figures(data, slide).iter().map(|f| &*f.article).collect();
    for b in slide.blocks.iter() {
        match b {
            BlockSpec::Coverage => ids.extend(data.articles.iter().map(|a| &*a.id)),
            // Their figures are among the slide's figures, counted above.
            BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } => {}
            BlockSpec::Ratios { ratios, .. } => {
                ids.extend(ratios.iter().filter_map(|r| data.figure(&r.of)).map(|f| &*f.article))
            }
            BlockSpec::Notes => ids.extend(
                data.coverage
                    .iter()
                    .filter(|c| slide.themes.contains(&c.theme))
                    .filter_map(|c| c.article.as_deref()),
            ),
        }
    }
    data.articles.iter().filter(|a| ids.contains(&&*a.id)).collect()
}

/// "《title》 byline" for one article; in English the byline in pinyin.
pub fn article_credit(article: &crate::data::Article, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("《{}》{}", article.title, join(&article.byline, " ")),
        Lang::En => {
            // A name's parts are joined by no-break spaces: it never breaks across lines.
            let names: Vec<String> = article.byline_en.iter().map(|n| n.replace(' ', "\u{a0}")).collect();
            format!("\"{}\" by {}", article.title_en, names_and(&names))
        }
    }
}

/// Names as English writes them in a byline: "A", "A and B", "A, B and C".
fn names_and<S: AsRef<str> + std::fmt::Display>(names: &[S]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", join(rest, ", ")),
        _ => join(names, ""),
    }
}

/// Items as English prose writes a list: "a", "a and b", "a, b and c"
/// (`last` is the word before the last item); the comma before it stays when
/// an item has a comma of its own, so "projects, villages and floods, or
/// political study" cannot be misread.
fn list_in_prose(items: &[&str], last: &str) -> String {
    let mut out = String::new();
    let commas = items.len() > 2 || items.iter().any(|i| i.contains(','));
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(match (i + 1 == items.len(), commas) {
                (false, _) => ", ",
                (true, true) => ",",
                (true, false) => "",
            });
            if i + 1 == items.len() {
                out.push(' ');
                out.push_str(last);
                out.push(' ');
            }
        }
        out.push_str(item);
    }
    out
}

/// Theme names inside a sentence: "民情夜访、议事协商"; in English lower-cased
/// and joined with "or" ("night visits to residents or residents' deliberation"),
/// as in "Alxa: nothing reported on …" in the notes block.
pub fn theme_names_in_text(data: &Dataset, themes: &[Text], lang: Lang) -> String {
    let names: Vec<&str> = themes.iter().filter_map(|t| data.theme(t)).map(|t| lang.pick(&t.name)).collect();
    match lang {
        Lang::Zh => join(&names, "、"),
        Lang::En => {
            // Theme names open with an ASCII capital, lower-cased as ASCII (the
            // Unicode case tables would weigh on the module).
            let mut lowered: Vec<String> = Vec::with_capacity(names.len());
            for name in names {
                let mut name = name.to_string();
                if let Some(first) = name.get_mut(0..1) {
                    first.make_ascii_lowercase();
                }
                lowered.push(name);
            }
            let items: Vec<&str> = lowered.iter().map(String::as_str).collect();
            list_in_prose(&items, "or")
        }
    }
}

/// The source line under a slide: its articles, and that the page they were
/// printed on names neither the newspaper nor the date (said plainly rather than
/// leave a reader guessing; `tests/dataset.rs` checks it against the source).
pub fn source_line(data: &Dataset, slide: &SlideSpec, lang: Lang) -> String {
    let credits: Vec<String> = slide_articles(data, slide).iter().map(|a| article_credit(a, lang)).collect();
    match lang {
        Lang::Zh => format!("来源：{}。原版面未注明报纸名称和日期。", join(&credits, "；")),
        Lang::En => format!("Source: {}. The page names neither the newspaper nor the date.", join(&credits, "; ")),
    }
}

fn zone_short(data: &Dataset, zone: &str, lang: Lang) -> String {
    data.zone(zone).map_or(zone.to_string(), |z| lang.pick(&z.short).to_string())
}

/// What a tooltip says about a target. `None` when the target names nothing.
pub fn explain(data: &Dataset, target: &Target, lang: Lang) -> Option<Explanation> {
    match target {
        Target::Figure(id) => {
            let f = data.figure(id)?;
            let article = data.article(&f.article)?;
            let mut kicker = zone_short(data, &f.zone, lang);
            if let Some(p) = &f.period {
                kicker.push_str(" · ");
                kicker.push_str(lang.pick(p));
            }
            Some(Explanation {
                kicker,
                headline: figure_text(data, f, lang),
                detail: lang.pick(&f.label).to_string(),
                quote: Some(f.quote.clone()),
                gloss: (lang == Lang::En).then(|| f.quote_en.clone()),
                source: article_credit(article, lang),
                derived: false,
            })
        }
        Target::Coverage { zone, theme } => {
            let c = data.coverage_of(zone, theme)?;
            let theme_name = lang.pick(&data.theme(theme)?.name).to_string();
            let kicker = format!("{} · {theme_name}", zone_short(data, zone, lang));
            let figures: Vec<&Figure> = data.figures.iter().filter(|f| &f.zone == zone && &f.theme == theme).collect();
            let article = c.article.as_deref().and_then(|a| data.article(a)).or_else(|| figures.first().and_then(|f| data.article(&f.article)));
            let source = article.map(|a| article_credit(a, lang)).unwrap_or_default();
            let (headline, detail) = match (c.status, lang) {
                (Status::Figures, Lang::Zh) => (format!("{}个数字", figures.len()), list_figures(data, &figures, lang)),
                (Status::Figures, Lang::En) => (format!("{} figure{}", figures.len(), if figures.len() == 1 { "" } else { "s" }), list_figures(data, &figures, lang)),
                (Status::TextOnly, Lang::Zh) => ("只有文字，没有数字".into(), "报道提到这一主题，但没有给出数字。".into()),
                (Status::TextOnly, Lang::En) => ("Text only, no figures".into(), "The article mentions this theme but gives no number.".into()),
                (Status::NotReported, Lang::Zh) => ("未报道".into(), "该区的报道没有提到这一主题。未报道不等于零。".into()),
                (Status::NotReported, Lang::En) => ("Not reported".into(), "The zone's article does not mention this theme. Not reported is not zero.".into()),
            };
            let gloss = if lang == Lang::En { c.quote_en.clone() } else { None };
            Some(Explanation { kicker, headline, detail, quote: c.quote.clone(), gloss, source, derived: c.status == Status::Figures })
        }
        Target::Ratio { of, per } => {
            let (fo, fp) = (data.figure(of)?, data.figure(per)?);
            let ratio = Ratio { of: of.clone(), per: per.clone(), label: crate::data::Bilingual::default() };
            let headline = ratio_text(data, &ratio, lang);
            let (detail, source) = match lang {
                Lang::Zh => (
                    format!("{} ÷ {}，由本图计算，不是报道原文。", figure_text(data, fo, lang), figure_text(data, fp, lang)),
                    "本图计算".to_string(),
                ),
                Lang::En => (
                    format!("{} ÷ {}, computed by this graphic, not reported.", figure_text(data, fo, lang), figure_text(data, fp, lang)),
                    "Derived by this graphic".to_string(),
                ),
            };
            Some(Explanation {
                kicker: zone_short(data, &fo.zone, lang),
                headline,
                detail,
                quote: Some(fo.quote.clone()),
                gloss: (lang == Lang::En).then(|| fo.quote_en.clone()),
                source,
                derived: true,
            })
        }
    }
}

fn list_figures(data: &Dataset, figures: &[&Figure], lang: Lang) -> String {
    let sep = if lang == Lang::Zh { "；" } else { "; " };
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let items: Vec<String> = figures.iter().map(|f| format!("{}{colon}{}", lang.pick(&f.label), figure_text(data, f, lang))).collect();
    join(&items, sep)
}

/// The figures a slide shows, in reading order, each once: those its title
/// writes, then those of its blocks.
pub fn slide_figures<'a>(data: &'a Dataset, slide: &SlideSpec) -> Vec<&'a Figure> {
    // Both titles: a figure may be written in one language's title only.
    let titles = [&slide.title.zh, &slide.title.en];
    let in_title = titles.into_iter().flat_map(|t| title_parts(t).unwrap_or_default()).filter_map(|p| match p {
        TitlePart::Figure(id) => Some(id),
        TitlePart::Text(_) | TitlePart::Count(_) => None,
    });
    let in_blocks = slide.blocks.iter().flat_map(|b| b.figures().iter().map(|id| &**id));
    let mut out: Vec<&Figure> = Vec::new();
    for f in in_title.chain(in_blocks).filter_map(|id| data.figure(id)) {
        if !out.iter().any(|o| o.id == f.id) {
            out.push(f);
        }
    }
    out
}

/// One sentence saying what a slide shows, made from the data, for screen readers
/// and the canvas's text alternative.
pub fn summary(data: &Dataset, slide: &SlideSpec, lang: Lang) -> String {
    let zone_name = |id: &str| zone_short(data, id, lang);
    if slide.themes.is_empty() {
        // The overview: per zone, how many themes have figures, words only, nothing.
        // Per article, not per zone: each zone's article covers what it covers
        // (one bureau, one forum), and says nothing of the rest of the zone.
        let parts: Vec<String> = data
            .zones
            .iter()
            .map(|z| {
                let n = |st: Status| data.coverage.iter().filter(|c| c.zone == z.id && c.status == st).count();
                let (figures, words, nothing) = (n(Status::Figures), n(Status::TextOnly), n(Status::NotReported));
                match lang {
                    Lang::Zh => format!("{}的报道{figures}个有数字、{words}个只有文字、{nothing}个未报道", zone_name(&z.id)),
                    Lang::En => format!("{}'s article gives figures on {figures}, words only on {words} and nothing on {nothing}", zone_name(&z.id)),
                }
            })
            .collect();
        return match lang {
            Lang::Zh => format!("在{}个主题中，{}。", data.themes.len(), join(&parts, "；")),
            Lang::En => format!("Of {} themes, {}.", data.themes.len(), join(&parts, "; ")),
        };
    }
    let figures = slide_figures(data, slide);
    let mut zones: Vec<String> = Vec::new();
    for f in &figures {
        let name = zone_name(&f.zone);
        if !zones.contains(&name) {
            zones.push(name);
        }
    }
    let hedged = figures.iter().filter(|f| f.qualifier != Qualifier::Exact).count();
    let silent: Vec<String> = data
        .zones
        .iter()
        .filter(|z| slide.themes.iter().all(|t| data.coverage_of(&z.id, t).is_some_and(|c| c.status == Status::NotReported)))
        .map(|z| zone_name(&z.id))
        .collect();
    let mut out = match lang {
        Lang::Zh => format!("本页列出{}报道的{}个数字", join(&zones, "、"), figures.len()),
        Lang::En => {
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            format!("This slide shows {} figure{} from the {} article{}", figures.len(), plural(figures.len()), join(&zones, " and "), plural(zones.len()))
        }
    };
    if hedged > 0 {
        out.push_str(&match lang {
            Lang::Zh => format!("，其中{hedged}个是约数"),
            Lang::En => format!(", {hedged} of them hedged"),
        });
    }
    if !silent.is_empty() {
        out.push_str(&match lang {
            Lang::Zh => format!("；{}未报道这些主题", join(&silent, "、")),
            Lang::En => format!("; {} reported nothing on these themes", join(&silent, " and ")),
        });
    }
    out.push_str(if lang == Lang::Zh { "。" } else { "." });
    out
}

/// A slide's figures as a table: the accessible and downloadable form of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn data_table(data: &Dataset, slide: &SlideSpec, lang: Lang) -> DataTable {
    let headers: Vec<String> = match lang {
        Lang::Zh => ["地区", "内容", "数字（原文）", "单位", "约数", "时间", "原句", "出处"],
        Lang::En => ["Zone", "What", "Figure", "Unit", "Hedge", "Period", "Source sentence", "Article"],
    }
    .iter()
    .map(|h| h.to_string())
    .collect();
    let hedge = |q: Qualifier| -> String {
        match (q, lang) {
            (Qualifier::Exact, _) => String::new(),
            (Qualifier::MoreThan, Lang::Zh) => "余（多于）".into(),
            (Qualifier::Nearly, Lang::Zh) => "近（接近）".into(),
            (Qualifier::Over, Lang::Zh) => "超（超过）".into(),
            (Qualifier::MoreThan, Lang::En) => "more than".into(),
            (Qualifier::Nearly, Lang::En) => "nearly".into(),
            (Qualifier::Over, Lang::En) => "over".into(),
        }
    };
    let mut rows: Vec<Vec<String>> = slide_figures(data, slide)
        .iter()
        .map(|f| {
            let quote = match lang {
                Lang::Zh => f.quote.to_string(),
                Lang::En => format!("{} ({})", f.quote, f.quote_en),
            };
            vec![
                zone_short(data, &f.zone, lang),
                lang.pick(&f.label).to_string(),
                figure_text(data, f, lang),
                unit_text(data, f, lang),
                hedge(f.qualifier),
                f.period.as_ref().map(|p| lang.pick(p).to_string()).unwrap_or_default(),
                quote,
                data.article(&f.article).map(|a| article_credit(a, lang)).unwrap_or_default(),
            ]
        })
        .collect();
    for block in slide.blocks.iter() {
        let ratios: &[Ratio] = match block {
            BlockSpec::Ratios { ratios, .. } => ratios,
            BlockSpec::Coverage | BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } | BlockSpec::Notes => &[],
        };
        {
            for r in ratios.iter() {
                let target = Target::Ratio { of: r.of.clone(), per: r.per.clone() };
                let (Some(ex), Some(of)) = (explain(data, &target, lang), data.figure(&r.of)) else { continue };
                let derived = if lang == Lang::Zh { "本图计算" } else { "derived" };
                rows.push(vec![
                    zone_short(data, &of.zone, lang),
                    lang.pick(&r.label).to_string(),
                    ex.headline,
                    unit_text(data, of, lang),
                    derived.to_string(),
                    String::new(),
                    ex.detail,
                    ex.source,
                ]);
            }
        }
    }
    if slide.themes.is_empty() {
        // The overview's table is the coverage matrix itself.
        let headers = std::iter::once(if lang == Lang::Zh { "主题".to_string() } else { "Theme".to_string() })
            .chain(data.zones.iter().map(|z| zone_name_full(data, &z.id, lang)))
            .collect();
        rows = data
            .themes
            .iter()
            .map(|t| {
                std::iter::once(lang.pick(&t.name).to_string())
                    .chain(data.zones.iter().map(|z| {
                        explain(data, &Target::Coverage { zone: z.id.clone(), theme: t.id.clone() }, lang).map_or(String::new(), |e| e.headline)
                    }))
                    .collect()
            })
            .collect();
        return DataTable { caption: fill_template(data, lang.pick(&slide.title), lang), headers, rows };
    }
    DataTable { caption: fill_template(data, lang.pick(&slide.title), lang), headers, rows }
}

fn zone_name_full(data: &Dataset, zone: &str, lang: Lang) -> String {
    data.zone(zone).map_or(zone.to_string(), |z| lang.pick(&z.name).to_string())
}
