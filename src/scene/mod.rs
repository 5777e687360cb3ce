//! The scene: a slide laid out as marks in CSS pixels for one width, language
//! and look, with the hit regions that tie pixels to what they show.

mod blocks;
mod builder;
pub mod layout;
pub mod look;
pub mod mark;
pub mod scale;
pub mod screen;
pub mod text;

pub use builder::keep;
pub use layout::layout_slide;
pub use mark::{Align, Color, Hit, Mark, Rect, Scene};
