//! The graphic's elements: one line each in `TEMPLATE`, in document order,
//! and a name for each element an edit or the web layer addresses, found by
//! its class when the crate is compiled.

use super::El;

/// The graphic's elements in document order: depth (the root is 0, its
/// children 1), tag, class and the attributes they start with. An element is
/// added by its line here, and named below if anything addresses it.
pub const TEMPLATE: &[(u8, &str, &str, &[(&str, &str)])] = &[
    // Chinese and English run left to right, whatever the host page's
    // direction; focusable by script and click (not a tab stop), so arrow keys reach it.
    (0, "div", "zi", &[("role", "region"), ("dir", "ltr"), ("tabindex", "-1")]),
    // An empty full-width block whose size follows only the available width:
    // the resize observer watches it, so drawing (which changes the graphic's
    // height) never re-triggers the observer.
    (1, "div", "zi-sizer", &[]),
    (1, "p", "zi-live", &[("aria-live", "polite")]),
    (1, "div", "zi-controls", &[]),
    (2, "button", "zi-prev", &[("type", "button")]),
    (2, "div", "zi-steps", &[("role", "group")]),
    (2, "button", "zi-next", &[("type", "button")]),
    (3, "span", "zi-go", &[]),
    (3, "span", "zi-again", &[]),
    // The kiosk's (kiosk.css shows them in the kiosk build).
    (2, "button", "zi-play", &[("type", "button")]),
    (2, "div", "zi-progress", &[("aria-hidden", "true")]),
    // Says that figures can be tapped (the kiosk shows it while its loop plays).
    (1, "p", "zi-hint", &[]),
    (1, "div", "zi-stage", &[]),
    (2, "h2", "zi-title", &[]),
    (2, "div", "zi-paint", &[]),
    (3, "canvas", "zi-canvas", &[("role", "img")]),
    (2, "div", "zi-marks", &[]),
    (2, "div", "zi-highlight", &[("hidden", "")]),
    (2, "div", "zi-tooltip", &[("role", "tooltip"), ("hidden", "")]),
    // For a finger: keyboard and screen-reader users close it with Escape or by moving on.
    (3, "button", "zi-tip-close", &[("type", "button"), ("aria-hidden", "true"), ("tabindex", "-1")]),
    (3, "div", "zi-tip-body", &[]),
    (4, "p", "zi-tip-kicker", &[]),
    (4, "p", "zi-tip-headline", &[]),
    (4, "p", "zi-tip-derived", &[]),
    (4, "p", "zi-tip-detail", &[]),
    (4, "blockquote", "zi-tip-quote", &[("lang", "zh-Hans")]),
    (4, "p", "zi-tip-gloss", &[("lang", "en")]),
    (4, "p", "zi-tip-source", &[]),
    (1, "div", "zi-foot", &[]),
    (2, "details", "zi-data", &[]),
    (3, "summary", "zi-data-summary", &[]),
    (3, "div", "zi-save", &[("role", "group")]),
    (4, "button", "zi-png", &[("type", "button"), ("data-save", "png")]),
    (4, "button", "zi-svg", &[("type", "button"), ("data-save", "svg")]),
    (4, "button", "zi-csv", &[("type", "button"), ("data-save", "csv")]),
    (4, "button", "zi-link", &[("type", "button"), ("data-save", "link")]),
    (4, "p", "zi-save-note", &[("aria-live", "polite")]),
    (3, "div", "zi-table-wrap", &[]),
    // The kiosk's QR code of the slide's link (kiosk.css shows it where a
    // `share` address is set).
    (2, "figure", "zi-qr", &[("hidden", "")]),
    (3, "canvas", "zi-qr-code", &[("role", "img")]),
    (3, "figcaption", "zi-qr-say", &[]),
    (2, "button", "zi-lang", &[("type", "button")]),
];

/// The element of `class` in `TEMPLATE`, found when the crate is compiled (a
/// class that is not there stops the build).
const fn named(class: &str) -> El {
    let mut i = 0;
    while i < TEMPLATE.len() {
        let (a, b) = (TEMPLATE[i].2.as_bytes(), class.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return El { at: i, child: None };
            }
        }
        i += 1;
    }
    panic!("no element of that class in the template")
}

macro_rules! elements {
    ($($(#[$doc:meta])* $name:ident = $class:literal;)*) => {
        $($(#[$doc])* pub const $name: El = named($class);)*
    };
}

elements! {
    /// The graphic's root: its language, name, theme and, on a kiosk, its scale.
    ROOT = "zi";
    SIZER = "zi-sizer";
    /// Announces slide changes.
    LIVE = "zi-live";
    /// Back, the steps and Next, above the drawing (sticky while it scrolls).
    CONTROLS = "zi-controls";
    PREV = "zi-prev";
    /// One button per slide, made when the controls are first labelled.
    STEPS = "zi-steps";
    /// Next, or "start again" on the last slide: both labels are laid out in
    /// one place and one is hidden, so the button keeps its width.
    NEXT = "zi-next";
    NEXT_GO = "zi-go";
    NEXT_AGAIN = "zi-again";
    PLAY = "zi-play";
    PROGRESS = "zi-progress";
    /// The line saying that figures can be tapped.
    HINT = "zi-hint";
    STAGE = "zi-stage";
    /// The slide's title as a heading, laid over the drawn one.
    TITLE = "zi-title";
    /// Clips the canvas to the scene: its bitmap may be larger (see `Backing`).
    PAINT = "zi-paint";
    CANVAS = "zi-canvas";
    /// The region buttons, one per pickable region of the drawing.
    MARKS = "zi-marks";
    HIGHLIGHT = "zi-highlight";
    TOOLTIP = "zi-tooltip";
    TIP_CLOSE = "zi-tip-close";
    /// The tooltip's text, which scrolls when the tooltip is cut to the room on screen.
    TIP_BODY = "zi-tip-body";
    TIP_KICKER = "zi-tip-kicker";
    TIP_HEADLINE = "zi-tip-headline";
    /// The word marking a derived headline.
    TIP_DERIVED = "zi-tip-derived";
    TIP_DETAIL = "zi-tip-detail";
    TIP_QUOTE = "zi-tip-quote";
    TIP_GLOSS = "zi-tip-gloss";
    TIP_SOURCE = "zi-tip-source";
    /// The "get the data" disclosure: the downloads and the slide's table.
    TABLE = "zi-data";
    TABLE_SUMMARY = "zi-data-summary";
    /// The downloads of the slide shown: a button per kind of file (its
    /// `data-save` names it) and one that copies the link to the slide.
    SAVE = "zi-save";
    SAVE_LINK = "zi-link";
    /// The line that says what a download did.
    SAVE_NOTE = "zi-save-note";
    TABLE_WRAP = "zi-table-wrap";
    /// "Continue on your phone": the QR code and the line beside it.
    QR = "zi-qr";
    QR_CODE = "zi-qr-code";
    QR_SAY = "zi-qr-say";
    LANG = "zi-lang";
}
