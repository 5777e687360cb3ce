//! What the graphic's elements show, finished in the core: an answer becomes
//! a `Patch`, edits to named elements (texts, attributes, classes, CSS
//! pixels) written as one text, which the web layer hands to the page's
//! applier (`web/js/patch.js`) in one call without choosing anything itself.

mod show;
pub mod template;

pub use show::{controls, drawn, hide_tip, look, marks, place, roving, show_tip};
#[cfg(feature = "kiosk")]
pub use show::{play, share, shift, zoom};

use crate::data::text::split_at_ascii;
use crate::scene::text::{marked, Keep};
use crate::scene::Rect;

/// An element of the template (its position in `TEMPLATE`), or a child of
/// one (a step or a region button, made by a `Kind::Child` edit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct El {
    pub at: usize,
    pub child: Option<usize>,
}

impl El {
    /// Child `k` of this element.
    pub const fn child(self, k: usize) -> El {
        El { at: self.at, child: Some(k) }
    }
}

/// What an edit does to its element, with its name and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The element's text (as text, never parsed as markup); named "k", its
    /// kept ranges marked (`text::KEPT`), each then a child of class `zi-keep`.
    Text,
    Attr,
    /// Removes an attribute.
    Unset,
    /// A property of the element object, such as `scrollTop`.
    Prop,
    /// Adds a class (value "1") or removes it (value "").
    Class,
    /// A CSS property through the CSSOM (allowed under a strict `style-src`
    /// Content-Security-Policy, unlike style attributes); empty removes it.
    Style,
    /// Makes the child (a `name` tag of class `value`) unless it is there.
    Child,
    /// Removes the element's children beyond the first `value`.
    Trim,
}

const KINDS: [(Kind, char); 8] = [
    (Kind::Text, 't'),
    (Kind::Attr, 'a'),
    (Kind::Unset, 'u'),
    (Kind::Prop, 'p'),
    (Kind::Class, 'c'),
    (Kind::Style, 's'),
    (Kind::Child, 'n'),
    (Kind::Trim, 'x'),
];

/// Separates the edits, and the fields of an edit, in a patch's text.
pub const EDIT_END: char = '\u{1e}';
pub const FIELD_END: char = '\u{1f}';

/// The edits of one answer, in the order they apply, as the page's applier
/// reads them: per edit the element (`at`, or `at.child`), the kind's letter,
/// a name and a value, each field ended by `FIELD_END` and each edit by
/// `EDIT_END`. The two separators never occur in a value: any there becomes
/// a space.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Patch {
    text: String,
}

/// One edit read back from a patch (for tests and tools).
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub el: El,
    pub kind: Kind,
    pub name: String,
    pub value: String,
}

impl Patch {
    /// The patch's text, for the applier.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn edit(&mut self, el: El, kind: Kind, name: &str, value: &str) {
        let out = &mut self.text;
        push_number(out, el.at as i64);
        if let Some(k) = el.child {
            out.push('.');
            push_number(out, k as i64);
        }
        out.push(FIELD_END);
        out.push(KINDS.iter().find(|(k, _)| *k == kind).map_or('?', |(_, c)| *c));
        out.push(FIELD_END);
        for field in [name, value] {
            out.extend(field.chars().map(|c| if c == EDIT_END || c == FIELD_END { ' ' } else { c }));
            out.push(FIELD_END);
        }
        out.pop();
        out.push(EDIT_END);
    }

    pub fn text(&mut self, el: El, text: &str) {
        self.edit(el, Kind::Text, "", text);
    }

    /// The element's text with the ranges `keep` keeps whole on a line, each
    /// in a child the page does not break (`text::marked`).
    pub fn kept_text(&mut self, el: El, text: &str, keep: &Keep) {
        self.edit(el, Kind::Text, "k", &marked(text, keep));
    }

    pub fn attr(&mut self, el: El, name: &str, value: &str) {
        self.edit(el, Kind::Attr, name, value);
    }

    pub fn unset(&mut self, el: El, name: &str) {
        self.edit(el, Kind::Unset, name, "");
    }

    /// Sets an attribute empty (`hidden`, `disabled`) or removes it.
    pub fn flag(&mut self, el: El, name: &str, on: bool) {
        if on {
            self.attr(el, name, "");
        } else {
            self.unset(el, name);
        }
    }

    pub fn prop(&mut self, el: El, name: &str, value: &str) {
        self.edit(el, Kind::Prop, name, value);
    }

    pub fn class(&mut self, el: El, name: &str, on: bool) {
        self.edit(el, Kind::Class, name, if on { "1" } else { "" });
    }

    pub fn style(&mut self, el: El, property: &str, value: &str) {
        self.edit(el, Kind::Style, property, value);
    }

    /// A CSS length in whole pixels (formatting a float would link kilobytes
    /// of code).
    pub fn px(&mut self, el: El, property: &str, value: f64) {
        let mut v = String::new();
        push_number(&mut v, value.round() as i64);
        v.push_str("px");
        self.style(el, property, &v);
    }

    /// The element's box, in the pixels of its positioned parent.
    pub fn rect(&mut self, el: El, r: Rect) {
        self.px(el, "left", r.x);
        self.px(el, "top", r.y);
        self.px(el, "width", r.w);
        self.px(el, "height", r.h);
    }

    /// Makes child `k` of `el`, a `tag` of `class`, unless it is there.
    pub fn child(&mut self, el: El, k: usize, tag: &str, class: &str) {
        self.edit(el.child(k), Kind::Child, tag, class);
    }

    /// Removes the children of `el` beyond the first `k`.
    pub fn trim(&mut self, el: El, k: usize) {
        let mut v = String::new();
        push_number(&mut v, k as i64);
        self.edit(el, Kind::Trim, "", &v);
    }

    /// The edits read back.
    pub fn edits(&self) -> Vec<Edit> {
        let mut edits = Vec::new();
        for edit in self.text.split(EDIT_END).filter(|e| !e.is_empty()) {
            let fields: Vec<&str> = edit.split(FIELD_END).collect();
            let [at, kind, name, value] = fields[..] else { continue };
            let (at, child) = match split_at_ascii(at, b'.') {
                Some((at, k)) => (at, k.parse().ok()),
                None => (at, None),
            };
            let Some(&(kind, _)) = KINDS.iter().find(|(_, c)| kind.starts_with(*c)) else { continue };
            let el = El { at: at.parse().unwrap_or(usize::MAX), child };
            edits.push(Edit { el, kind, name: name.to_string(), value: value.to_string() });
        }
        edits
    }
}

/// Writes a whole number in decimal (without the formatting machinery).
fn push_number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let n = n.unsigned_abs();
    if n >= 10 {
        push_number(out, (n / 10) as i64);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}
