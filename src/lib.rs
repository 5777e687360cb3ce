//! Interactive charts of what three hi-tech zones (南昌, 阿拉善, 随州) reported in
//! three newspaper articles. Data flows one way:
//! data (baked at build time) -> story (what each slide says) -> scene (marks in
//! pixels) -> render (plotters, any backend); interact holds the reader's state
//! and answers events; web (wasm only) applies its answers to the page.

pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod fallback;
pub mod interact;
pub mod render;
pub mod scene;
pub mod story;

#[cfg(target_arch = "wasm32")]
mod web;

/// The heap of the wasm module: talc, a small allocator (constant-time free,
/// neighbouring free blocks merged, so memory stays flat over long runs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use data::{dataset, Dataset};
