//! The infographic's data: the schema of the dataset and of the graphic's own
//! words, what each kind of block is as data, and, natively, the one reader
//! from JSON (errors with file, line, column and path), the rules every copy
//! must pass, the baker that writes a checked copy as Rust source, and the
//! pseudo-locale for tests. The same types hold a dataset read from JSON and
//! the one baked into the module: every text is a `Text`, every list a `List`.

pub mod blocks;
pub mod schema;
pub mod text;
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
pub mod split;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;

pub use schema::*;
pub use words::Msg;
