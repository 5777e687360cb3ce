//! Every consistency rule of a dataset, one function: ids, references, figures
//! against their written form and quote, quotes against the source articles,
//! coverage, slides. Run by `build.rs` before the dataset is baked, and by the
//! tests on damaged copies; the wasm module never runs it.

use std::fmt;

use super::numerals::read_written;
use super::schema::{title_parts, Dataset, Figure, Measure, SlideSpec, Status, Text, TitlePart};

/// Why a dataset was refused, with where: a place in the JSON text, or a record
/// and field that break a rule.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The text is not JSON, or a value is not what the schema wants there.
    Json {
        /// Where in the tree, e.g. `figures[3].quote` (`.` for the whole text).
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A consistency rule, e.g. record `figures[3] (nc-stations)`, field `value`.
    Rule { record: String, field: String, message: String },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Json { path, line, column, message } => write!(f, "dataset: JSON at {path} (line {line}, column {column}): {message}"),
            DataError::Rule { record, field, message } => write!(f, "dataset: {record}, field `{field}`: {message}"),
        }
    }
}

impl std::error::Error for DataError {}

fn fail<T>(record: impl Into<String>, field: &str, message: impl Into<String>) -> Result<T, DataError> {
    Err(DataError::Rule { record: record.into(), field: field.to_string(), message: message.into() })
}

/// Checks `data` against every rule, and its quotes against `source`, the text
/// of the articles (`data/sources/articles.txt`). The first broken rule is the error.
pub fn check(data: &Dataset, source: &str) -> Result<(), DataError> {
    unique("zones", data.zones.iter().map(|z| &*z.id))?;
    unique("articles", data.articles.iter().map(|a| &*a.id))?;
    unique("themes", data.themes.iter().map(|t| &*t.id))?;
    unique("measures", data.measures.iter().map(|m| &*m.id))?;
    unique("figures", data.figures.iter().map(|f| &*f.id))?;
    unique("slides", data.slides.iter().map(|s| &*s.id))?;
    for (i, a) in data.articles.iter().enumerate() {
        let rec = format!("articles[{i}] ({})", a.id);
        if data.zone(&a.zone).is_none() {
            return fail(rec, "zone", format!("unknown zone \"{}\"", a.zone));
        }
        if a.byline.is_empty() {
            return fail(rec, "byline", "an article needs its byline");
        }
        if a.byline_en.len() != a.byline.len() {
            return fail(rec, "byline_en", format!("{} names in pinyin for {} in the byline", a.byline_en.len(), a.byline.len()));
        }
        if let Some(name) = a.byline_en.iter().find(|n| n.trim().is_empty() || !n.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\''))) {
            return fail(rec, "byline_en", format!("\"{name}\" is not a name in pinyin"));
        }
        // The English credit sets the title in double quotes.
        if a.title_en.contains('"') {
            return fail(rec, "title_en", format!("\"{}\" has double quotes inside the credit's own: quote within it with single quotes", a.title_en));
        }
        if a.reported_by.get().is_none_or(|r| r.zh.trim().is_empty() || r.en.trim().is_empty()) {
            return fail(rec, "reported_by", "needs who the article's figures are reported of, in each language");
        }
    }
    for (i, t) in data.themes.iter().enumerate() {
        // Theme names are listed in kickers, notes and summaries: one with a
        // list separator of its own reads as two themes.
        if let Some(sep) = ["、", "，", ","].into_iter().find(|sep| t.name.zh.contains(sep) || t.name.en.contains(sep)) {
            return fail(format!("themes[{i}] ({})", t.id), "name", format!("\"{}\" / \"{}\" has a list separator \"{sep}\": in a list of themes it reads as two", t.name.zh, t.name.en));
        }
    }
    for (i, m) in data.measures.iter().enumerate() {
        if m.unit == PERSON_TIMES && !PERSON_TIMES_EN.contains(&&*m.unit_en) {
            return fail(format!("measures[{i}] ({})", m.id), "unit_en", format!("\"{}\" for 人次, which counts participations: say {}", m.unit_en, PERSON_TIMES_EN.join(" or ")));
        }
    }
    for z in data.zones.iter() {
        if !data.articles.iter().any(|a| a.zone == z.id) {
            return fail(format!("zones ({})", z.id), "id", "no article comes from this zone");
        }
    }
    check_figures(data)?;
    check_coverage(data)?;
    check_slides(data)?;
    check_quotes(data, source)?;
    check_unbreakable(data)?;
    check_line_breaking(data)?;
    // Labels are read against their quotes once the quotes are known to be the articles'.
    for (i, f) in data.figures.iter().enumerate() {
        check_label(f, &format!("figures[{i}] ({})", f.id))?;
    }
    Ok(())
}

fn check_figures(data: &Dataset) -> Result<(), DataError> {
    for (i, f) in data.figures.iter().enumerate() {
        let rec = format!("figures[{i}] ({})", f.id);
        let Some(article) = data.article(&f.article) else {
            return fail(rec, "article", format!("unknown article \"{}\"", f.article));
        };
        if data.zone(&f.zone).is_none() {
            return fail(rec, "zone", format!("unknown zone \"{}\"", f.zone));
        }
        if article.zone != f.zone {
            return fail(rec, "zone", format!("\"{}\" but article \"{}\" is from \"{}\"", f.zone, article.id, article.zone));
        }
        if data.theme(&f.theme).is_none() {
            return fail(rec, "theme", format!("unknown theme \"{}\"", f.theme));
        }
        let Some(measure) = data.measure(&f.measure) else {
            return fail(rec, "measure", format!("unknown measure \"{}\"", f.measure));
        };
        // Figures are counts: whole and positive (and printable without float formatting).
        if !(f.value.is_finite() && f.value >= 1.0 && f.value.fract() == 0.0 && f.value < 1e15) {
            return fail(rec, "value", "is not a whole number of at least 1");
        }
        let reading = read_written(&f.written).or_else(|e| fail(rec.clone(), "written", e))?;
        if reading.value != f.value {
            return fail(rec, "value", format!("{} but \"{}\" reads {}", f.value as u64, f.written, reading.value as u64));
        }
        if reading.qualifier != f.qualifier {
            return fail(rec, "qualifier", format!("{} but \"{}\" reads {}", f.qualifier.name(), f.written, reading.qualifier.name()));
        }
        if reading.unit != measure.unit {
            return fail(rec, "measure", format!("unit \"{}\" but \"{}\" is written in \"{}\"", measure.unit, f.written, reading.unit));
        }
        if f.quote_en.trim().is_empty() {
            return fail(rec, "quote_en", "needs an English gloss of the quote");
        }
        if !f.quote.contains(&*f.written) {
            return fail(rec, "quote", format!("does not contain \"{}\"", f.written));
        }
        if measure.unit == PERSON_TIMES && !PERSON_TIMES_EN.iter().any(|w| f.quote_en.contains(w)) {
            return fail(rec, "quote_en", format!("glosses {} without saying {}: 人次 counts participations, not services or people", f.written, PERSON_TIMES_EN.join(" or ")));
        }
        if let Some(word) = SPEECH_WORDS.iter().find(|w| f.quote.contains(*w)) {
            if !measure.speech {
                return fail(rec, "measure", format!("the quote reports what was said (\"{word}\"), but measure \"{}\" counts work done: a count of points made in a speech is a measure with `speech`", measure.id));
            }
        }
        check_group(data, f, measure, &rec)?;
    }
    Ok(())
}

/// The measure word of participations (one person taking part once).
const PERSON_TIMES: &str = "人次";

/// How the English says 人次: "times" alone reads as a count of services.
const PERSON_TIMES_EN: [&str; 1] = ["person-times"];

/// Words with which an article reports what was said at a meeting, not done.
const SPEECH_WORDS: [&str; 2] = ["会议强调", "强调要"];

/// Words that make a sentence an instruction (一是要…, 需要…): a call for
/// work, not work reported.
const CALL_WORDS: [&str; 4] = ["是要", "需要", "要求", "强调"];

/// Measure words that count people: a count of people is a measure of one group.
const PEOPLE_COUNTERS: [&str; 3] = ["名", "人", "位"];

/// Whose number a figure is: named by its quote (or the zone, where the
/// sentence leaves it unnamed); a count of people is a measure named for that
/// group, so that "463名" reads "463 grassroots cadres", never "463 cadres".
fn check_group(data: &Dataset, f: &Figure, measure: &Measure, rec: &str) -> Result<(), DataError> {
    let zone_name = data.zone(&f.zone).map_or("", |z| &*z.name.zh);
    let group = f.group.get().map_or("", |g| &**g);
    if group.trim().is_empty() {
        return fail(rec, "group", "needs the group whose number it is");
    }
    if !f.quote.contains(group) && group != zone_name {
        return fail(rec, "group", format!("\"{group}\" is not named in the quote (nor is it the zone, \"{zone_name}\")"));
    }
    let measured = measure.name.get().map_or("", |n| &*n.zh);
    if PEOPLE_COUNTERS.contains(&&*measure.unit) && measured != group {
        return fail(rec, "measure", format!("counts people of \"{group}\", but measure \"{}\" counts \"{measured}\": a count of people is a measure of its own group", measure.id));
    }
    Ok(())
}

/// A label says only what its quote says: every character of the Chinese label
/// that is not punctuation is in the quote (the particle 的 aside), so a label
/// cannot add a place, a group or a claim (校门口) the article does not write.
/// Nor does a label repeat its period, which is shown beside it.
fn check_label(f: &Figure, rec: &str) -> Result<(), DataError> {
    if let Some(c) = f.label.zh.chars().find(|&c| c.is_alphanumeric() && c != '的' && !f.quote.contains(c)) {
        return fail(rec, "label.zh", format!("\"{c}\" of \"{}\" is not in the quote: a label says only what its quote says", f.label.zh));
    }
    let Some(period) = &f.period else { return Ok(()) };
    for (field, label, period) in [("label.zh", &f.label.zh, &period.zh), ("label.en", &f.label.en, &period.en)] {
        let mut parts = period.split(['，', '、', ',']).map(str::trim).filter(|p| !p.is_empty());
        if let Some(part) = parts.find(|p| label.to_lowercase().contains(&p.to_lowercase())) {
            return fail(rec, field, format!("\"{label}\" repeats its period \"{part}\", which is shown beside it"));
        }
    }
    Ok(())
}

fn check_coverage(data: &Dataset) -> Result<(), DataError> {
    for (i, c) in data.coverage.iter().enumerate() {
        let rec = format!("coverage[{i}] ({} / {})", c.zone, c.theme);
        if data.zone(&c.zone).is_none() {
            return fail(rec, "zone", format!("unknown zone \"{}\"", c.zone));
        }
        if data.theme(&c.theme).is_none() {
            return fail(rec, "theme", format!("unknown theme \"{}\"", c.theme));
        }
        if let Some(article) = c.article.as_deref() {
            if data.article(article).is_none_or(|a| a.zone != c.zone) {
                return fail(rec, "article", format!("\"{article}\" is not an article of zone \"{}\"", c.zone));
            }
        }
        let has_figures = data.figures.iter().any(|f| f.zone == c.zone && f.theme == c.theme);
        match c.status {
            Status::Figures if !has_figures => return fail(rec, "status", "says figures, but no figure has this zone and theme"),
            Status::TextOnly | Status::NotReported if has_figures => return fail(rec, "status", "figures exist for this zone and theme"),
            Status::TextOnly => {
                if c.quote.as_deref().unwrap_or("").is_empty() {
                    return fail(rec, "quote", "text-only coverage needs the sentence that mentions the theme");
                }
                if c.quote_en.as_deref().unwrap_or("").is_empty() {
                    return fail(rec, "quote_en", "text-only coverage needs an English gloss of its sentence");
                }
                match c.article.as_deref().and_then(|a| data.article(a)) {
                    Some(a) if a.zone == c.zone => {}
                    _ => return fail(rec, "article", "text-only coverage needs an article of the same zone"),
                }
                let quote = c.quote.as_deref().unwrap_or("");
                if let Some(word) = CALL_WORDS.iter().find(|w| quote.contains(*w)) {
                    if c.note.is_none() {
                        return fail(rec, "note", format!("the sentence is an instruction (\"{word}\"), not work reported: a note must say so, or the theme's name claims a service delivered"));
                    }
                }
            }
            Status::NotReported if c.quote.is_some() || c.quote_en.is_some() => return fail(rec, "quote", "a theme that was not reported has no quote"),
            Status::Figures | Status::NotReported if c.note.is_some() => return fail(rec, "note", "only text-only coverage has a note on what its sentence says"),
            Status::Figures | Status::NotReported => {}
        }
    }
    for z in data.zones.iter() {
        for t in data.themes.iter() {
            let n = data.coverage.iter().filter(|c| c.zone == z.id && c.theme == t.id).count();
            if n != 1 {
                return fail(format!("coverage ({} / {})", z.id, t.id), "status", format!("needs exactly one entry, found {n}"));
            }
        }
    }
    Ok(())
}

fn check_slides(data: &Dataset) -> Result<(), DataError> {
    if data.slides.is_empty() {
        return fail("slides", "slides", "the story needs at least one slide");
    }
    for (i, s) in data.slides.iter().enumerate() {
        let rec = format!("slides[{i}] ({})", s.id);
        for t in s.themes.iter() {
            if data.theme(t).is_none() {
                return fail(rec, "themes", format!("unknown theme \"{t}\""));
            }
        }
        for (field, text) in [("title.zh", &s.title.zh), ("title.en", &s.title.en)] {
            for part in title_parts(text).or_else(|e| fail(rec.clone(), field, e))? {
                let (known, key) = match part {
                    TitlePart::Text(_) => continue,
                    TitlePart::Count(zone) => (data.zone(zone).is_some(), format!("count:{zone}")),
                    TitlePart::Figure(id) => (data.figure(id).is_some(), id.to_string()),
                    TitlePart::Period(id) => (data.figure(id).is_some_and(|f| f.period.is_some()), format!("period:{id}")),
                };
                if !known {
                    return fail(rec, field, format!("placeholder {{{key}}} names nothing in the dataset (or a figure with no period)"));
                }
                if let TitlePart::Figure(id) = part {
                    if data.figure(id).is_some_and(|f| data.is_speech(f)) {
                        return fail(rec, field, format!("{{{id}}} counts points made in a speech: a title would write it as a count of work"));
                    }
                }
            }
        }
        let mut texts = vec![("title.zh", &*s.title.zh), ("title.en", &*s.title.en), ("deck.zh", &*s.deck.zh), ("deck.en", &*s.deck.en)];
        let headings: Vec<(String, &str, &str)> = s.blocks.iter().enumerate().filter_map(|(b, block)| block.heading().map(|h| (format!("blocks[{b}].heading"), &*h.zh, &*h.en))).collect();
        let heading_fields: Vec<(String, String)> = headings.iter().map(|(f, _, _)| (format!("{f}.zh"), format!("{f}.en"))).collect();
        for ((zh_field, en_field), (_, zh, en)) in heading_fields.iter().zip(&headings) {
            texts.push((zh_field, zh));
            texts.push((en_field, en));
        }
        for (field, text) in texts {
            zone_names_whole(data, text).or_else(|e| fail(rec.clone(), field, e))?;
        }
        for (b, block) in s.blocks.iter().enumerate() {
            block.check(data).or_else(|e| fail(rec.clone(), &format!("blocks[{b}]"), e))?;
        }
        check_slide_themes(data, s).or_else(|e| fail(rec.clone(), "blocks", e))?;
    }
    Ok(())
}

/// Wherever a title, deck or heading names a zone, it names the zone, not
/// its city: each place name (南昌, Alxa) begins the zone's full name
/// (南昌高新区, Alxa Hi-tech Zone). 南昌 alone is the whole city, and
/// 阿拉善政数局 reads as the league's bureau.
fn zone_names_whole(data: &Dataset, text: &str) -> Result<(), String> {
    for z in data.zones.iter() {
        let Some(place) = z.short.get() else { continue };
        for (short, name) in [(&*place.zh, &*z.name.zh), (&*place.en, &*z.name.en)] {
            if short.is_empty() {
                continue;
            }
            if let Some((at, _)) = text.match_indices(short).find(|(at, _)| !text[*at..].starts_with(name)) {
                let context: String = text[at..].chars().take(short.chars().count() + 4).collect();
                return Err(format!("\"{context}…\" names the place, not the zone: write \"{name}\" where the zone acts"));
            }
        }
    }
    Ok(())
}

/// A slide shows every figure of its themes and none of another theme, so a
/// slide's count of figures is the overview's count for the same themes.
fn check_slide_themes(data: &Dataset, slide: &SlideSpec) -> Result<(), String> {
    let mut shown: Vec<&str> = Vec::new();
    for part in title_parts(&slide.title.zh).unwrap_or_default() {
        if let TitlePart::Figure(id) = part {
            shown.push(id);
        }
    }
    let mut referenced = shown.clone();
    for block in slide.blocks.iter() {
        shown.extend(block.figures().iter().map(|id| &**id));
        referenced.extend(block.references());
    }
    if let Some(f) = referenced.iter().filter_map(|id| data.figure(id)).find(|f| !slide.themes.contains(&f.theme)) {
        return Err(format!("\"{}\" is about theme \"{}\", which is not a theme of this slide", f.id, f.theme));
    }
    if let Some(f) = data.figures.iter().find(|f| slide.themes.contains(&f.theme) && !shown.contains(&&*f.id)) {
        return Err(format!("\"{}\" of theme \"{}\" is not shown: a slide shows every figure of its themes", f.id, f.theme));
    }
    Ok(())
}

/// The source page with its layout undone: the lines that interrupt the articles
/// (a photo caption, titles set mid-paragraph) removed, and the line breaks that
/// split paragraphs and words (幸 / 福感) joined, whitespace dropped.
pub fn normalised_source(data: &Dataset, source: &str) -> String {
    source
        .lines()
        .filter(|line| !layout_breaks(data).iter().any(|b| b == line.trim()))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The lines of the source page that interrupt the articles (absent from a
/// baked dataset, which is checked before it is baked).
fn layout_breaks(data: &Dataset) -> &[Text] {
    data.layout_breaks.get().map_or(&[], |b| b)
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every quote, of a figure or of words-only coverage, is in the articles once.
fn check_quotes(data: &Dataset, source: &str) -> Result<(), DataError> {
    for b in layout_breaks(data) {
        if !source.lines().any(|l| l.trim() == b) {
            return fail("layout_breaks", "-", format!("\"{b}\" is not a whole line of the source"));
        }
    }
    let text = normalised_source(data, source);
    for (i, a) in data.articles.iter().enumerate() {
        let Some(by) = a.reported_by.get() else { continue };
        if !text.contains(&*squeeze(&by.zh)) {
            return fail(format!("articles[{i}] ({})", a.id), "reported_by", format!("\"{}\" is not written in the articles: name who reported the figures as the article does", by.zh));
        }
    }
    let once = |quote: &str| text.matches(&*squeeze(quote)).count() == 1;
    for (i, f) in data.figures.iter().enumerate() {
        if !once(&f.quote) {
            return fail(format!("figures[{i}] ({})", f.id), "quote", format!("is not in the articles exactly once: \"{}\"", f.quote));
        }
    }
    for (i, c) in data.coverage.iter().enumerate() {
        if let Some(q) = c.quote.as_deref().filter(|q| !once(q)) {
            return fail(format!("coverage[{i}] ({} / {})", c.zone, c.theme), "quote", format!("is not in the articles exactly once: \"{q}\""));
        }
    }
    Ok(())
}

/// Each unbreakable word is a Chinese word that the graphic writes somewhere:
/// in a title, deck, heading, label or name.
fn check_unbreakable(data: &Dataset) -> Result<(), DataError> {
    let mut written: Vec<&str> = Vec::new();
    for s in data.slides.iter() {
        written.extend([&*s.title.zh, &*s.deck.zh]);
        for b in s.blocks.iter() {
            written.extend(b.written_zh());
        }
    }
    written.extend(data.figures.iter().map(|f| &*f.label.zh));
    written.extend(data.themes.iter().map(|t| &*t.name.zh));
    written.extend(data.zones.iter().map(|z| &*z.name.zh));
    written.extend(data.articles.iter().map(|a| &*a.title));
    for (i, word) in data.unbreakable.iter().enumerate() {
        let field = format!("unbreakable[{i}]");
        if word.chars().count() < 2 || word.chars().any(char::is_whitespace) {
            return fail("dataset", &field, format!("\"{word}\" is not a word of two or more characters"));
        }
        if !written.iter().any(|t| t.contains(&**word)) {
            return fail("dataset", &field, format!("\"{word}\" is written nowhere in the graphic's titles, decks, headings, labels or names"));
        }
    }
    Ok(())
}

/// Each set of the line-breaking rules is given, holds no Latin letter, digit
/// or space (a digit there would split numbers), and no character both never
/// starts and never ends a line (it could then stand nowhere).
fn check_line_breaking(data: &Dataset) -> Result<(), DataError> {
    let rules = &data.line_breaking;
    for (field, set) in [("no_line_start", rules.no_line_start), ("no_line_end", rules.no_line_end), ("hedge_before", rules.hedge_before), ("hedge_after", rules.hedge_after)] {
        let field = format!("line_breaking.{field}");
        if set.is_empty() {
            return fail("dataset", &field, "is empty".to_string());
        }
        if let Some(c) = set.chars().find(|c| c.is_ascii_alphanumeric() || c.is_whitespace()) {
            return fail("dataset", &field, format!("holds \"{c}\": a Latin letter, a digit or a space is no punctuation or hedge"));
        }
    }
    if let Some(c) = rules.no_line_start.chars().find(|c| rules.no_line_end.contains(*c)) {
        return fail("dataset", "line_breaking", format!("\"{c}\" may neither start nor end a line"));
    }
    Ok(())
}

fn unique<'a>(table: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), DataError> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            return fail(format!("{table}[{i}]"), "id", "is empty");
        }
        if seen.contains(&id) {
            return fail(format!("{table}[{i}] ({id})"), "id", "is used twice");
        }
        seen.push(id);
    }
    Ok(())
}
