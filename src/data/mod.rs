//! The dataset baked into the crate when it was built (by `build.rs`, with
//! the `zones-data` crate: read, checked and written as Rust source), and the
//! files it was made from. The wasm module holds only the schema and the
//! baked data; reading, checking and baking run natively.

pub use zones_data::*;

/// `data/zones.json`, read by serde, checked and baked into static data by
/// `build.rs`.
static DATASET: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset compiled into the crate (checked when the crate was built).
pub fn dataset() -> &'static Dataset {
    &DATASET
}

/// The text of the three articles, the only source of figures.
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCE: &str = include_str!("../../data/sources/articles.txt");

/// The dataset file as the data editor writes it.
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCE_JSON: &str = include_str!("../../data/zones.json");
