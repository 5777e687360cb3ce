//! Baking a checked dataset into Rust source: one expression of the schema's
//! types, with every text and list borrowed from static data, so the wasm module
//! parses nothing and allocates nothing for the dataset. `build.rs` writes it to
//! `$OUT_DIR/dataset.rs`; `data::dataset()` includes it.

use std::fmt::Write;

use super::words::Words;
use super::schema::{Article, BuildOnly, Bilingual, BlockSpec, Coverage, Dataset, Figure, Measure, Qualifier, Ratio, SlideSpec, Status, Text, Theme, Zone};

/// A value that can write itself as a Rust expression of static data.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// The dataset as a Rust expression (the schema's types in scope).
pub fn bake(data: &Dataset) -> String {
    let mut out = String::new();
    data.bake(&mut out);
    out
}

impl Bake for Text {
    fn bake(&self, out: &mut String) {
        // `Debug` of a `str` is a Rust string literal with its escapes.
        let _ = write!(out, "text!({:?})", &**self);
    }
}

impl<T: Bake + Clone> Bake for std::borrow::Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("list!(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

impl<T> Bake for BuildOnly<T> {
    fn bake(&self, out: &mut String) {
        // The module never reads it: not baked.
        out.push_str("BuildOnly::BAKED");
    }
}

impl Bake for f64 {
    fn bake(&self, out: &mut String) {
        // `Debug` of a finite f64 is a float literal that reads back exactly.
        let _ = write!(out, "{self:?}");
    }
}

/// Bakes a struct field by field: `Name { a: …, b: … }`.
macro_rules! bake_struct {
    ($ty:ident { $($field:ident),* }) => {
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

bake_struct!(Bilingual { zh, en });
bake_struct!(Zone { id, name, short, province });
bake_struct!(Article { id, zone, title, title_en, byline, byline_en, reporter, section });
bake_struct!(Theme { id, name });
bake_struct!(Measure { id, unit, unit_en, name });
bake_struct!(Figure { id, zone, article, theme, measure, group, written, value, qualifier, period, label, quote, quote_en });
bake_struct!(Coverage { zone, theme, status, article, quote, quote_en });
bake_struct!(Ratio { of, per, label });
bake_struct!(SlideSpec { id, themes, title, deck, blocks });
bake_struct!(Words { texts });
bake_struct!(Dataset { zones, articles, themes, measures, figures, coverage, slides, layout_breaks, unbreakable, words });

impl Bake for Qualifier {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "Qualifier::{self:?}");
    }
}

impl Bake for Status {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "Status::{self:?}");
    }
}

impl Bake for BlockSpec {
    fn bake(&self, out: &mut String) {
        match self {
            BlockSpec::Coverage => out.push_str("BlockSpec::Coverage"),
            BlockSpec::Notes => out.push_str("BlockSpec::Notes"),
            BlockSpec::Bars { heading, figures } => bake_block(out, "Bars", heading, "figures", figures),
            BlockSpec::Stats { heading, figures } => bake_block(out, "Stats", heading, "figures", figures),
            BlockSpec::Flow { heading, figures } => bake_block(out, "Flow", heading, "figures", figures),
            BlockSpec::Ratios { heading, ratios } => bake_block(out, "Ratios", heading, "ratios", ratios),
        }
    }
}

/// `BlockSpec::Variant { heading: …, list: … }`.
fn bake_block(out: &mut String, variant: &str, heading: &Bilingual, list: &str, items: &dyn Bake) {
    let _ = write!(out, "BlockSpec::{variant} {{ heading: ");
    heading.bake(out);
    let _ = write!(out, ", {list}: ");
    items.bake(out);
    out.push('}');
}
