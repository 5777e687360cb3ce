//! The dataset: its schema, the rules every copy must pass, and the copy baked
//! into the crate when it is built. The wasm module holds only the schema and
//! the baked data; reading, checking and baking run natively (in `build.rs` and
//! in the tests).

pub mod schema;
pub mod words;

#[cfg(not(target_arch = "wasm32"))]
pub mod bake;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod numerals;
#[cfg(not(target_arch = "wasm32"))]
pub mod pseudo;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;

pub use schema::*;
pub use words::{Msg, Words};

// How the baked dataset writes a text and a list: borrowed `Cow`s natively,
// where a dataset read from JSON owns them, and plain references in the wasm
// module, which only borrows.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! text {
    ($s:expr) => {
        std::borrow::Cow::Borrowed($s)
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! list {
    ($s:expr) => {
        std::borrow::Cow::Borrowed($s)
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! text {
    ($s:expr) => {
        $s
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! list {
    ($s:expr) => {
        $s
    };
}

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
