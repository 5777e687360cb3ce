//! Baking a checked dataset into Rust source: one expression of the schema's
//! types (written by databake's derive on each of them), with every text and
//! list a `&'static` reference to data in the module, so the wasm module
//! parses nothing and allocates nothing for the dataset. `build.rs` writes it
//! to `$OUT_DIR/dataset.rs`; the main crate's `data::dataset()` includes it.

use databake::{Bake, CrateEnv};

use super::schema::Dataset;

/// The dataset as a Rust expression (paths from the crate `zones_data`).
pub fn bake(data: &Dataset) -> String {
    data.bake(&CrateEnv::default()).to_string()
}
