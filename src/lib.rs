//! Interactive charts of what three hi-tech zones (南昌, 阿拉善, 随州) reported in
//! three newspaper articles. Data flows one way:
//! dataset (validated) -> story (slide specification) -> layout (scene of marks in
//! pixels) -> render (plotters, any backend) -> web (canvas and DOM, wasm only).

pub mod backing;
pub mod dataset;
pub mod json;
pub mod layout;
pub mod look;
pub mod numerals;
pub mod options;
pub mod reader;
pub mod render;
pub mod scale;
pub mod scene;
pub mod story;
pub mod text;
pub mod validate;

#[cfg(target_arch = "wasm32")]
mod web;

/// The heap of the wasm module: talc, a small allocator (constant-time free,
/// neighbouring free blocks merged, so memory stays flat over long runs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use dataset::Dataset;
pub use validate::DataError;
