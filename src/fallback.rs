//! The graphic without WebAssembly or JavaScript, made natively at build time
//! by the same layout and drawing code: an SVG of every slide in each language,
//! its text alternative, and the data as CSV (UTF-8 with a byte-order mark, so
//! spreadsheet programs read the Chinese correctly).

use crate::data::{Dataset, Figure, Msg, SlideSpec};
use crate::render::to_svg;
use crate::scene::layout::layout_slide;
use crate::scene::look::Look;
use crate::story::copy::{in_every_language, word};
use crate::story::lang::Lang;
use crate::story::{alt_text, data_table, ratio_value, slide_figures, DataTable};

/// The width the fallback images are drawn at, in CSS pixels.
pub const WIDTH: f64 = 760.0;

/// The height (CSS px) of what the graphic adds above and below the drawing:
/// the controls (56), the line saying that figures can be tapped (20.2) and
/// the foot with the data disclosure (42.2).
pub const CHROME_PX: f64 = 118.4;

/// What narrow controls add (CSS px): the steps' row of their own (44, and
/// 6 between the rows), where the controls are at most 420 px inside their
/// 12 px edges.
pub const NARROW_CONTROLS_PX: f64 = 50.0;

/// How long (s) a container with the snippet's fallback waits for the module
/// before it shows the fallback: a module that cannot load (a 404, a refused
/// CORS request, an ad blocker) runs no code, so only the stylesheet can.
/// The module marks each container it takes (`.zi-on`: the fallback stays
/// hidden, its image never fetched) as soon as it runs, and one it gives up
/// on (`.zi-off`: shown at once).
pub const FALLBACK_AFTER_S: u32 = 4;

/// CSS that makes a container hold, before the graphic mounts, the height slide
/// 1 will take at its width (in Chinese, or in English when its options name
/// "en": that selector is the more specific), so that nothing below it moves when the graphic arrives. One rule per
/// band of widths over which the layout's height does not change, from
/// `MIN_WIDTH` to 2,000 px; a container holding anything but its fallback
/// (`<noscript>` or the snippet's figure) or a graphic still waiting for its
/// words (`.zi-wait`: its English, loaded after the module) reserves nothing.
/// Then the snippet's figure: hidden while the module may still come, shown
/// in place of the reserve `FALLBACK_AFTER_S` seconds on if it has not (at
/// once without scripting), its picture slide 1's image in its language.
pub fn reserve_css(data: &Dataset) -> String {
    let look = Look::light();
    let waiting = "[data-zones-infographic]:not(:has(> :not(noscript, .zi-fallback, .zi-wait)))";
    let after = FALLBACK_AFTER_S;
    let mut css = format!(
        "/* Made by the build (cargo run --example fallback): the height of slide 1 at each width. */\n\
         {waiting} {{ container-type: inline-size; }}\n\
         {waiting}::before {{ content: \"\"; display: block; height: calc(var(--zi-h) * 1px + {CHROME_PX}px + var(--zi-c, 0px)); }}\n\
         @container (max-width: 444px) {{ [data-zones-infographic]::before {{ --zi-c: {NARROW_CONTROLS_PX}px; }} }}\n\
         [data-zones-infographic]:not(.zi-on):has(> .zi-fallback)::before {{ animation: zi-gone 0s {after}s forwards !important; }}\n\
         [data-zones-infographic] > .zi-fallback {{ visibility: hidden; height: 0; overflow: hidden; animation: zi-late 0s {after}s forwards !important; }}\n\
         .zi-on > .zi-fallback {{ display: none !important; }}\n\
         .zi-fallback .zi-still {{ display: block; max-width: {WIDTH}px; background: 0 0 / 100% no-repeat; print-color-adjust: exact; -webkit-print-color-adjust: exact; }}\n\
         [data-zones-infographic] .zi-still {{ animation: zi-still-{zh} 0s {after}s forwards !important; }}\n\
         @keyframes zi-gone {{ to {{ height: 0; }} }}\n\
         @keyframes zi-late {{ to {{ visibility: visible; height: auto; overflow: visible; }} }}\n",
        zh = Lang::default().code()
    );
    // Each language's image and proportions (the animations are the page's
    // own, marked important, so that a host's reset of animations neither
    // hides the fallback for good nor shows it while the module may come).
    for lang in Lang::ALL {
        let Some((_, height)) = slide_svg(data, 0, lang) else { continue };
        let code = lang.code();
        let scope = match lang == Lang::default() {
            true => "[data-zones-infographic]".to_string(),
            false => format!("[data-zones-infographic][data-zones-infographic*='\"{code}\"']"),
        };
        let name = if lang == Lang::default() { String::new() } else { format!(" animation-name: zi-still-{code} !important;") };
        css.push_str(&format!(
            "{scope} .zi-still {{ aspect-ratio: {WIDTH} / {};{name} }}\n\
             @keyframes zi-still-{code} {{ to {{ background-image: url(../fallback/slide-1-{code}.svg); }} }}\n",
            height.ceil()
        ));
    }
    // Shown at once: where the module gave up, and where nothing runs scripts.
    css.push_str(
        "[data-zones-infographic].zi-off::before, [data-zones-infographic].zi-off > .zi-fallback, [data-zones-infographic].zi-off .zi-still { animation-delay: 0s !important; }\n\
         @media (scripting: none) { [data-zones-infographic]:not(.zi-on):has(> .zi-fallback)::before, [data-zones-infographic] > .zi-fallback, [data-zones-infographic] .zi-still { animation-delay: 0s !important; } }\n",
    );
    // The default language for every container; another where the options name it.
    let selector = |lang: Lang| match lang == Lang::default() {
        true => "[data-zones-infographic]::before".to_string(),
        false => format!("[data-zones-infographic][data-zones-infographic*='\"{}\"']::before", lang.code()),
    };
    let mut last = [0.0; Lang::ALL.len()];
    for w in (crate::scene::layout::MIN_WIDTH as u32)..=2000 {
        let mut rules = String::new();
        for (k, lang) in Lang::ALL.into_iter().enumerate() {
            let selector = selector(lang);
            let Some(scene) = layout_slide(data, 0, w as f64, lang, &look) else { continue };
            if scene.height != last[k] {
                last[k] = scene.height;
                rules.push_str(&format!(" {selector} {{ --zi-h: {}; }}", scene.height));
            }
        }
        if !rules.is_empty() {
            css.push_str(&format!("@container (min-width: {w}px) {{{rules} }}\n"));
        }
    }
    css
}

/// The print stylesheet (`extra/zones-print.css`, linked with `media="print"`):
/// printed, the graphic is every slide as the build drew it (each image holds
/// its slide's sources), in the language shown, in place of the controls, the
/// live drawing and the foot. Each slide's step button shows its image as a
/// background at the image's proportions, so the images load only when the
/// page is printed.
pub fn print_css(data: &Dataset) -> String {
    let mut css = String::from(
        "/* Made by the build (cargo run --example fallback): the graphic printed. */\n\
         @media print {\n\
         .zi-controls { position: static !important; display: block; padding: 0; }\n\
         .zi-controls > :not(.zi-steps), .zi-stage, .zi-foot { display: none !important; }\n\
         .zi-steps { display: block; }\n\
         .zi-controls .zi-step { display: block; width: 100%; max-width: none; height: auto; margin: 0 0 16px; padding: 0; border: 0 !important;\n  \
         font-size: 0; color: transparent; background: center / contain no-repeat; print-color-adjust: exact; -webkit-print-color-adjust: exact; break-inside: avoid; }\n",
    );
    for lang in Lang::ALL {
        let selector = lang.tag();
        for i in 0..data.slides.len() {
            let Some((_, height)) = slide_svg(data, i, lang) else { continue };
            css.push_str(&format!(
                ".zi[lang=\"{selector}\"] .zi-step[data-step=\"{i}\"] {{ background-image: url(../fallback/slide-{}-{}.svg); aspect-ratio: {WIDTH} / {}; }}\n",
                i + 1,
                lang.code(),
                height.ceil()
            ));
        }
    }
    css.push_str("}\n");
    css
}

/// Slide `index` in `lang` as an SVG document, with its height; `None` when
/// there is no such slide.
pub fn slide_svg(data: &Dataset, index: usize, lang: Lang) -> Option<(String, f64)> {
    let look = Look::light();
    let scene = layout_slide(data, index, WIDTH, lang, &look)?;
    Some((to_svg(&scene, &look.font_family), scene.height))
}

/// The text alternative of slide `index`: its title, a full stop, and its
/// one-sentence summary.
pub fn slide_alt(data: &Dataset, index: usize, lang: Lang) -> Option<String> {
    Some(alt_text(data, data.slides.get(index)?, lang))
}

/// Every slide's data table in one CSV: the figures' rows once each, under the
/// columns of the slides that list figures.
pub fn data_csv(data: &Dataset, lang: Lang) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut headers: Option<Vec<String>> = None;
    for slide in data.slides.iter().filter(|s| !s.themes.is_empty()) {
        let table = csv_table(data, slide, lang);
        headers.get_or_insert(table.headers);
        for row in table.rows {
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
    }
    csv(headers.iter().chain(rows.iter()))
}

/// Slide `index`'s data table as CSV: every figure the slide shows, with the
/// sentence it comes from. `None` when there is no such slide.
pub fn slide_csv(data: &Dataset, index: usize, lang: Lang) -> Option<String> {
    let table = csv_table(data, data.slides.get(index)?, lang);
    Some(csv(std::iter::once(&table.headers).chain(table.rows.iter())))
}

/// A slide's data table as the CSV has it: beside each row's zone, who
/// reported the figure as the article names them (the Alxa bureau's 9 and 7
/// are the bureau's), and after the figure as written its number alone (2000
/// for 2000余人次), for spreadsheets. The overview's table, the coverage
/// matrix, as it is. Who reported a figure is read from the dataset file
/// (a baked dataset leaves it out: the cells are then empty).
fn csv_table(data: &Dataset, slide: &SlideSpec, lang: Lang) -> DataTable {
    let mut table = data_table(data, slide, lang);
    if slide.themes.is_empty() {
        return table;
    }
    // The rows' figures in the table's order: those the slide shows, then
    // those each ratio is computed from, with its value.
    let reported_by = |f: &Figure| {
        let by = data.article(&f.article).and_then(|a| a.reported_by.get());
        by.map_or(String::new(), |b| lang.pick(b).to_string())
    };
    let mut extra: Vec<(String, String)> = slide_figures(data, slide).iter().map(|f| (reported_by(f), (f.value as i64).to_string())).collect();
    for r in slide.blocks.iter().flat_map(|b| b.ratios().iter()) {
        if let (Some(of), Some(value)) = (data.figure(&r.of), ratio_value(data, r)) {
            extra.push((reported_by(of), (value.round() as i64).to_string()));
        }
    }
    if extra.len() != table.rows.len() {
        return table;
    }
    table.headers.insert(1, word(data, Msg::TableReportedBy, lang).to_string());
    table.headers.insert(4, word(data, Msg::TableValue, lang).to_string());
    for (row, (by, value)) in table.rows.iter_mut().zip(extra) {
        row.insert(1, by);
        row.insert(4.min(row.len()), value);
    }
    table
}

/// Rows as CSV: UTF-8 with a byte-order mark, lines ended by CR LF.
fn csv<'a>(rows: impl Iterator<Item = &'a Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The fallback a host puts inside the graphic's container, with the data
/// files under `base` (a folder URL ending in `/`): slide 1's image, as an
/// element with its text alternative whose picture the embed's stylesheet
/// draws only where the graphic does not run (`reserve_css`), and links to
/// the data. The graphic hides it while it runs.
pub fn figure_html(data: &Dataset, lang: Lang, base: &str) -> String {
    let alt = slide_alt(data, 0, lang).unwrap_or_default();
    let [zh, en] = Lang::ALL.map(|lang| word(data, Msg::DataCsv, lang));
    format!(
        "<figure class=\"zi-fallback\">\n  <div class=\"zi-still\" role=\"img\" aria-label=\"{}\"></div>\n  <figcaption><a href=\"{base}zones-zh.csv\" download>{zh}</a> · <a href=\"{base}zones-en.csv\" download>{en}</a></figcaption>\n</figure>",
        escape(&alt)
    )
}

/// The lines the embed's module shows where the graphic cannot load or
/// stopped on an error, in every language (it does not know its reader's, or
/// has not loaded its words), as JSON for its build: `notLoaded`, `stopped`,
/// and `stillImage` where the host's still image stands in.
pub fn failure_words(data: &Dataset) -> String {
    let json = |msg| in_every_language(data, msg).replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "{{\"notLoaded\": \"{}\", \"stopped\": \"{}\", \"stillImage\": \"{}\"}}\n",
        json(Msg::NotLoaded),
        json(Msg::Stopped),
        json(Msg::StillImage)
    )
}

/// Text for an HTML attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
