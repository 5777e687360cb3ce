//! The slide specification: what each slide says in words, filled from the dataset.
//! Titles, figure texts as a reader sees them, derived values, the source line, and
//! the explanation behind every mark a reader can pick.

use crate::data::{title_parts, BlockSpec, Dataset, Figure, Msg, Qualifier, Ratio, SlideSpec, Status, Text, TitlePart};
pub mod copy;
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
    !matches!(target, Target::Ratio { .. }) && quotes(data, target)
}

/// Whether the tooltip of `target` quotes a sentence of an article: a
/// figure's, a computed value's (its first figure's), or a theme's a zone
/// wrote about.
pub fn quotes(data: &Dataset, target: &Target) -> bool {
    match target {
        Target::Coverage { zone, theme } => data.coverage_of(zone, theme).is_some_and(|c| c.quote.is_some()),
        Target::Figure(_) | Target::Ratio { .. } => true,
    }
}

impl Target {
    /// A stable name for the target, e.g. `figure:nc-stations`,
    /// `coverage:alashan/study` or `ratio:nc-night-households/nc-night-cadres`.
    pub fn key(&self) -> String {
        let (kind, first, second) = match self {
            Target::Figure(id) => ("figure:", id, None),
            Target::Coverage { zone, theme } => ("coverage:", zone, Some(theme)),
            Target::Ratio { of, per } => ("ratio:", of, Some(per)),
        };
        let mut key = String::from(kind);
        key.push_str(first);
        if let Some(second) = second {
            key.push('/');
            key.push_str(second);
        }
        key
    }
}

/// Everything a tooltip or a screen reader says about one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Zone and period, e.g. "南昌高新区 · 2024年".
    pub kicker: String,
    /// The figure as written, or the computed value.
    pub headline: String,
    pub detail: String,
    /// The verbatim sentence from the article, always in Chinese, in the
    /// copy's quotation marks.
    pub quote: Option<String>,
    /// In English, a gloss of the quote shown beside it.
    pub gloss: Option<Text>,
    /// "《title》 byline", or the method for derived values.
    pub source: String,
    /// True when the headline is computed by the graphic, not reported.
    pub derived: bool,
    /// The word that marks it so under the headline ("本图计算", "derived"),
    /// empty for a reported figure.
    pub marked: String,
}

/// A sentence of an article in the copy's quotation marks; none while the
/// sentence is still to load (the news module loads the sentences only a
/// tooltip quotes after it: `Core` asks for them).
fn quoted(data: &Dataset, quote: &str, lang: Lang) -> Option<String> {
    (!quote.is_empty()).then(|| copy::fill(data, Msg::Quoted, lang, &[("quote", quote)]))
}

/// A figure as the reader sees it: as written in Chinese ("2000余人次"); in English
/// with the hedge spelled out ("2,000+ person-times").
pub fn figure_text(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => figure.written.to_string(),
        Lang::En => {
            let unit = unit_text(data, figure, lang);
            copy::fill(data, Msg::NumberUnit, lang, &[("number", &hedged_number(data, figure, lang)), ("unit", &unit)])
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
        Lang::En => hedged_number(data, figure, lang),
    }
}

/// The figure's value with its hedge, as a translation writes it ("2,000+").
fn hedged_number(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    let n = group_digits(figure.value, 0);
    let msg = match figure.qualifier {
        Qualifier::Exact => return n,
        Qualifier::MoreThan => Msg::MoreThan,
        Qualifier::Nearly => Msg::Nearly,
        Qualifier::Over => Msg::Over,
    };
    copy::fill(data, msg, lang, &[("n", &n)])
}

/// The unit as shown after a number.
pub fn unit_text(data: &Dataset, figure: &Figure, lang: Lang) -> String {
    let m = data.measure(&figure.measure);
    match lang {
        Lang::Zh => m.map_or(String::new(), |m| m.unit.to_string()),
        Lang::En => m.map_or(String::new(), |m| m.unit_en.to_string()),
    }
}

/// Every label of the graphic's controls in one language, as buttons show
/// them and screen readers name them.
#[derive(Debug, Clone, PartialEq)]
pub struct Controls {
    /// The graphic's accessible name, and its language tag.
    pub graphic: String,
    pub tag: &'static str,
    pub back: String,
    pub next: String,
    /// Next on the last slide.
    pub again: String,
    /// The group of step buttons, and each step's name ("Slide 2: …").
    pub steps: String,
    pub step_names: Vec<String>,
    /// The download row, and its buttons: PNG, SVG, CSV and the link.
    pub save: String,
    pub save_buttons: [String; 4],
    /// The language switch: the other language's name, in that language.
    pub switch: String,
    pub switch_tag: &'static str,
}

/// The controls' labels in `lang`.
pub fn controls(data: &Dataset, lang: Lang) -> Controls {
    let word = |msg| copy::word(data, msg, lang).to_string();
    let mut step_names = Vec::with_capacity(data.slides.len());
    for (k, slide) in data.slides.iter().enumerate() {
        let title = fill_template(data, lang.pick(&slide.title), lang);
        step_names.push(copy::fill(data, Msg::Step, lang, &[("n", &(k + 1).to_string()), ("title", &title)]));
    }
    Controls {
        graphic: word(Msg::Graphic),
        tag: lang.tag(),
        back: word(Msg::Back),
        next: word(Msg::Next),
        again: word(Msg::Again),
        steps: word(Msg::Steps),
        step_names,
        save: word(Msg::Save),
        save_buttons: [word(Msg::SavePng), word(Msg::SaveSvg), word(Msg::SaveCsv), word(Msg::SaveLink)],
        switch: word(Msg::OtherLanguage),
        switch_tag: lang.other().tag(),
    }
}

/// A region button's accessible name: what its tooltip says, in one line.
pub fn region_name(data: &Dataset, ex: &Explanation, lang: Lang) -> String {
    let msg = if ex.derived { Msg::MarkDerived } else { Msg::Mark };
    copy::fill(data, msg, lang, &[("kicker", &ex.kicker), ("headline", &ex.headline), ("detail", &ex.detail)])
}

/// What a screen reader hears when slide `index` (from 0) is shown: "Slide 2
/// of 6: …" with its title.
pub fn announce(data: &Dataset, index: usize, lang: Lang) -> String {
    let Some(slide) = data.slides.get(index) else { return String::new() };
    let title = fill_template(data, lang.pick(&slide.title), lang);
    let (n, count) = ((index + 1).to_string(), data.slides.len().to_string());
    copy::fill(data, Msg::Announce, lang, &[("n", &n), ("count", &count), ("title", &title)])
}

/// "3个数字" / "3 figures": a count of figures, as a coverage cell writes it.
pub fn count_figures(data: &Dataset, count: usize, lang: Lang) -> String {
    count_of(data, count, Msg::CellFigure, Msg::CellFigures, lang)
}

/// A count in the message for one (`one`) or for several (`many`).
fn count_of(data: &Dataset, count: usize, one: Msg, many: Msg, lang: Lang) -> String {
    copy::fill(data, if count == 1 { one } else { many }, lang, &[("n", &count.to_string())])
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
            TitlePart::Period(id) => title.text.push_str(data.figure(id).and_then(|f| f.period.as_ref()).map_or(id, |p| lang.pick(p))),
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
    counts_figures(slide) || slide.blocks.iter().any(BlockSpec::computes)
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
    copy::fill(data, Msg::About, lang, &[("n", &n), ("unit", &unit_text(data, of, lang))])
}

/// The articles a slide draws on, in dataset order.
pub fn slide_articles<'a>(data: &'a Dataset, slide: &SlideSpec) -> Vec<&'a crate::data::Article> {
    let mut ids: Vec<&str> = Vec::new();
    for f in slide_figures(data, slide) {
        ids.push(&f.article);
    }
    for b in slide.blocks.iter() {
        match b {
            BlockSpec::Coverage => {
                for a in data.articles.iter() {
                    ids.push(&a.id);
                }
            }
            // Their figures are among the slide's figures, counted above.
            BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } | BlockSpec::Said { .. } => {}
            BlockSpec::Ratios { ratios, .. } => {
                for f in ratios.iter().filter_map(|r| data.figure(&r.of)) {
                    ids.push(&f.article);
                }
            }
            BlockSpec::Notes => {
                for c in data.coverage.iter().filter(|c| slide.themes.contains(&c.theme)) {
                    if let Some(a) = c.article.as_deref() {
                        ids.push(a);
                    }
                }
            }
        }
    }
    let mut articles = Vec::new();
    for a in data.articles.iter() {
        if ids.contains(&&*a.id) {
            articles.push(a);
        }
    }
    articles
}

/// "《title》 byline" for one article; in English the byline in pinyin.
pub fn article_credit(data: &Dataset, article: &crate::data::Article, lang: Lang) -> String {
    let mut names: Vec<String> = Vec::new();
    let title: &str = match lang {
        Lang::Zh => {
            for n in article.byline.iter() {
                names.push(n.to_string());
            }
            &article.title
        }
        Lang::En => {
            // A name's parts are joined by no-break spaces: it never breaks across lines.
            for n in article.byline_en.iter() {
                names.push(n.replace(' ', "\u{a0}"));
            }
            &article.title_en
        }
    };
    let byline = list(data, &names, Msg::Names, Msg::NamesLast, "names", lang);
    copy::fill(data, Msg::Credit, lang, &[("title", title), ("byline", &byline)])
}

/// Items as a list: "a", or the items but the last joined by `sep` and the
/// last added by `last` (its `{list}` or `{names}` place, named `place`, and `{last}`).
fn list<S: AsRef<str>>(data: &Dataset, items: &[S], sep: Msg, last: Msg, place: &str, lang: Lang) -> String {
    match items.split_last() {
        Some((end, rest)) if !rest.is_empty() => {
            let head = join(rest, copy::word(data, sep, lang));
            copy::fill(data, last, lang, &[(place, &head), ("last", end.as_ref())])
        }
        _ => join(items, ""),
    }
}

/// Theme names inside a sentence: "民情夜访、议事协商"; in English lower-cased
/// and joined with "or" ("night visits to residents or residents' deliberation"),
/// as in "Alxa: nothing reported on …" in the notes block.
pub fn theme_names_in_text(data: &Dataset, themes: &[Text], lang: Lang) -> String {
    // Theme names open with a capital: inside a sentence an ASCII capital
    // is lower-cased as ASCII (the Unicode case tables would weigh on the module).
    let mut names: Vec<String> = Vec::with_capacity(themes.len());
    for theme in themes.iter().filter_map(|t| data.theme(t)) {
        let mut name = lang.pick(&theme.name).to_string();
        if let Some(first) = name.get_mut(0..1) {
            first.make_ascii_lowercase();
        }
        names.push(name);
    }
    // The comma before the last item stays when an item has a comma of its
    // own, so "projects, villages and floods, or political study" cannot be misread.
    let commas = names.len() > 2 || names.iter().any(|n| n.contains(','));
    let last = if commas { Msg::ThemesLastComma } else { Msg::ThemesLast };
    list(data, &names, Msg::ListSep, last, "list", lang)
}

/// The source line under a slide: its articles, and that the page they were
/// printed on names neither the newspaper nor the date (said plainly rather than
/// leave a reader guessing; `tests/dataset.rs` checks it against the source).
pub fn source_line(data: &Dataset, slide: &SlideSpec, lang: Lang) -> String {
    let mut credits: Vec<String> = Vec::new();
    for a in slide_articles(data, slide) {
        credits.push(article_credit(data, a, lang));
    }
    copy::fill(data, Msg::Source, lang, &[("credits", &join(&credits, copy::word(data, Msg::Semicolon, lang)))])
}

/// The zone's full name (南昌高新区): the city's name alone (南昌) is the
/// whole city, not the zone that did what the figures count.
pub fn zone_name(data: &Dataset, zone: &str, lang: Lang) -> String {
    data.zone(zone).map_or(zone.to_string(), |z| lang.pick(&z.name).to_string())
}

/// What a tooltip says about a target. `None` when the target names nothing.
pub fn explain(data: &Dataset, target: &Target, lang: Lang) -> Option<Explanation> {
    let marked = |derived: bool| if derived { copy::word(data, Msg::Derived, lang).to_string() } else { String::new() };
    match target {
        Target::Figure(id) => {
            let f = data.figure(id)?;
            let article = data.article(&f.article)?;
            let mut kicker = zone_name(data, &f.zone, lang);
            if let Some(p) = &f.period {
                kicker.push_str(" · ");
                kicker.push_str(lang.pick(p));
            }
            Some(Explanation {
                kicker,
                headline: figure_text(data, f, lang),
                detail: lang.pick(&f.label).to_string(),
                quote: quoted(data, &f.quote, lang),
                gloss: (lang == Lang::En).then(|| f.quote_en.clone()),
                source: article_credit(data, article, lang),
                derived: false,
                marked: String::new(),
            })
        }
        Target::Coverage { zone, theme } => {
            let c = data.coverage_of(zone, theme)?;
            let theme_name = lang.pick(&data.theme(theme)?.name).to_string();
            let mut kicker = zone_name(data, zone, lang);
            kicker.push_str(" · ");
            kicker.push_str(&theme_name);
            let mut figures: Vec<&Figure> = Vec::new();
            for f in data.figures.iter() {
                if &f.zone == zone && &f.theme == theme {
                    figures.push(f);
                }
            }
            let article = c.article.as_deref().and_then(|a| data.article(a)).or_else(|| figures.first().and_then(|f| data.article(&f.article)));
            let source = article.map(|a| article_credit(data, a, lang)).unwrap_or_default();
            let word = |msg| copy::word(data, msg, lang).to_string();
            let (headline, detail) = match c.status {
                Status::Figures if said_only(data, &figures) => (word(Msg::CellSaid), list_figures(data, &figures, lang)),
                Status::Figures => (count_of(data, figures.len(), Msg::CountFigure, Msg::CountFigures, lang), list_figures(data, &figures, lang)),
                Status::TextOnly if c.note.is_some() => (word(Msg::TextOnly), c.note.as_ref().map_or(String::new(), |n| lang.pick(n).to_string())),
                Status::TextOnly => (word(Msg::TextOnly), word(Msg::TextOnlyDetail)),
                Status::NotReported => (word(Msg::NotReported), word(Msg::NotReportedDetail)),
            };
            let gloss = if lang == Lang::En { c.quote_en.clone() } else { None };
            let quote = c.quote.as_ref().and_then(|q| quoted(data, q, lang));
            let derived = c.status == Status::Figures;
            Some(Explanation { kicker, headline, detail, quote, gloss, source, derived, marked: marked(derived) })
        }
        Target::Ratio { of, per } => {
            let (fo, fp) = (data.figure(of)?, data.figure(per)?);
            let ratio = Ratio { of: of.clone(), per: per.clone(), label: crate::data::Bilingual::default() };
            let headline = ratio_text(data, &ratio, lang);
            let detail = copy::fill(data, Msg::RatioDetail, lang, &[("of", &figure_text(data, fo, lang)), ("per", &figure_text(data, fp, lang))]);
            let source = copy::word(data, Msg::DerivedSource, lang).to_string();
            Some(Explanation {
                kicker: zone_name(data, &fo.zone, lang),
                headline,
                detail,
                quote: quoted(data, &fo.quote, lang),
                gloss: (lang == Lang::En).then(|| fo.quote_en.clone()),
                source,
                derived: true,
                marked: marked(true),
            })
        }
    }
}

/// Whether figures are all counts of points made in a speech (and there are some).
pub fn said_only(data: &Dataset, figures: &[&Figure]) -> bool {
    !figures.is_empty() && figures.iter().all(|f| data.is_speech(f))
}

fn list_figures(data: &Dataset, figures: &[&Figure], lang: Lang) -> String {
    let mut items: Vec<String> = Vec::with_capacity(figures.len());
    for f in figures {
        items.push(copy::fill(data, Msg::LabelValue, lang, &[("label", lang.pick(&f.label)), ("value", &figure_text(data, f, lang))]));
    }
    join(&items, copy::word(data, Msg::Semicolon, lang))
}

/// The figures a slide shows, in reading order, each once: those its title
/// writes, then those of its blocks.
pub fn slide_figures<'a>(data: &'a Dataset, slide: &SlideSpec) -> Vec<&'a Figure> {
    // Both titles: a figure may be written in one language's title only.
    let mut ids: Vec<&str> = Vec::new();
    for title in [&slide.title.zh, &slide.title.en] {
        for part in title_parts(title).unwrap_or_default() {
            if let TitlePart::Figure(id) = part {
                ids.push(id);
            }
        }
    }
    for b in slide.blocks.iter() {
        for id in b.figures() {
            ids.push(id);
        }
    }
    let mut out: Vec<&Figure> = Vec::new();
    for f in ids.into_iter().filter_map(|id| data.figure(id)) {
        if !out.iter().any(|o| o.id == f.id) {
            out.push(f);
        }
    }
    out
}

/// A slide's text alternative: its title (filled), a full stop, and its
/// one-sentence summary: the canvas's label and the fallback image's alt.
pub fn alt_text(data: &Dataset, slide: &SlideSpec, lang: Lang) -> String {
    let title = fill_template(data, lang.pick(&slide.title), lang);
    copy::fill(data, Msg::Alt, lang, &[("title", &title), ("summary", &summary(data, slide, lang))])
}

/// One sentence saying what a slide shows, made from the data, for screen readers
/// and the canvas's text alternative.
pub fn summary(data: &Dataset, slide: &SlideSpec, lang: Lang) -> String {
    let zone_name = |id: &str| zone_name(data, id, lang);
    if slide.themes.is_empty() {
        // The overview: per zone, how many themes have figures, words only, nothing.
        // Per article, not per zone: each zone's article covers what it covers
        // (one bureau, one forum), and says nothing of the rest of the zone.
        let mut parts: Vec<String> = Vec::with_capacity(data.zones.len());
        for z in data.zones.iter() {
            let (mut figures, mut words, mut nothing) = (0, 0, 0);
            for c in data.coverage.iter().filter(|c| c.zone == z.id) {
                match c.status {
                    Status::Figures => figures += 1,
                    Status::TextOnly => words += 1,
                    Status::NotReported => nothing += 1,
                }
            }
            let [figures, words, nothing] = [figures.to_string(), words.to_string(), nothing.to_string()];
            let zone = zone_name(&z.id);
            parts.push(copy::fill(data, Msg::SummaryZone, lang, &[("zone", &zone), ("figures", &figures), ("words", &words), ("nothing", &nothing)]));
        }
        let zones = join(&parts, copy::word(data, Msg::Semicolon, lang));
        return copy::fill(data, Msg::SummaryOverview, lang, &[("n", &data.themes.len().to_string()), ("zones", &zones)]);
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
    let mut silent: Vec<String> = Vec::new();
    for z in data.zones.iter() {
        if slide.themes.iter().all(|t| data.coverage_of(&z.id, t).is_some_and(|c| c.status == Status::NotReported)) {
            silent.push(zone_name(&z.id));
        }
    }
    let and = copy::word(data, Msg::And, lang);
    let count = count_of(data, figures.len(), Msg::CountFigure, Msg::CountFigures, lang);
    let msg = if zones.len() == 1 { Msg::SummarySlideOne } else { Msg::SummarySlide };
    let mut out = copy::fill(data, msg, lang, &[("zones", &join(&zones, and)), ("figures", &count)]);
    if hedged > 0 {
        out.push_str(&copy::fill(data, Msg::SummaryHedged, lang, &[("n", &hedged.to_string())]));
    }
    if !silent.is_empty() {
        out.push_str(&copy::fill(data, Msg::SummarySilent, lang, &[("zones", &join(&silent, and))]));
    }
    out.push_str(copy::word(data, Msg::FullStop, lang));
    out
}

/// A slide's figures as a table: the accessible and downloadable form of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Made at build time only (`fallback/tables.js`, the fallback's tables):
/// its column names are messages the module bakes empty (`Msg::BUILD_ONLY`).
#[cfg(not(target_arch = "wasm32"))]
pub fn data_table(data: &Dataset, slide: &SlideSpec, lang: Lang) -> DataTable {
    let word = |msg| copy::word(data, msg, lang).to_string();
    let headers: Vec<String> = [Msg::TableZone, Msg::TableWhat, Msg::TableFigure, Msg::TableUnit, Msg::TableHedge, Msg::TablePeriod, Msg::TableSentence, Msg::TableArticle]
        .map(word)
        .into();
    let hedge = |q: Qualifier| -> String {
        match q {
            Qualifier::Exact => String::new(),
            Qualifier::MoreThan => word(Msg::HedgeMoreThan),
            Qualifier::Nearly => word(Msg::HedgeNearly),
            Qualifier::Over => word(Msg::HedgeOver),
        }
    };
    let mut rows: Vec<Vec<String>> = slide_figures(data, slide)
        .iter()
        .map(|f| {
            let quote = copy::fill(data, Msg::QuoteGloss, lang, &[("quote", &f.quote), ("gloss", &f.quote_en)]);
            vec![
                zone_name(data, &f.zone, lang),
                lang.pick(&f.label).to_string(),
                figure_text(data, f, lang),
                unit_text(data, f, lang),
                hedge(f.qualifier),
                f.period.as_ref().map(|p| lang.pick(p).to_string()).unwrap_or_default(),
                quote,
                data.article(&f.article).map(|a| article_credit(data, a, lang)).unwrap_or_default(),
            ]
        })
        .collect();
    for block in slide.blocks.iter() {
        {
            for r in block.ratios().iter() {
                let target = Target::Ratio { of: r.of.clone(), per: r.per.clone() };
                let (Some(ex), Some(of)) = (explain(data, &target, lang), data.figure(&r.of)) else { continue };
                let derived = word(Msg::Derived);
                rows.push(vec![
                    zone_name(data, &of.zone, lang),
                    lang.pick(&r.label).to_string(),
                    ex.headline,
                    unit_text(data, of, lang),
                    derived,
                    // The period of both its figures (the dataset's rule).
                    of.period.as_ref().map(|p| lang.pick(p).to_string()).unwrap_or_default(),
                    ex.detail,
                    ex.source,
                ]);
            }
        }
    }
    if slide.themes.is_empty() {
        // The overview's table is the coverage matrix itself.
        let headers = std::iter::once(word(Msg::TableTheme))
            .chain(data.zones.iter().map(|z| zone_name(data, &z.id, lang)))
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
