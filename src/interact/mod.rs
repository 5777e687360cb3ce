//! The reader's interaction state, apart from any I/O: the core that takes
//! events and answers what to do, the events and answers themselves, and the
//! options and deep links that set its start.

#[cfg(feature = "kiosk")]
pub mod attract;
pub mod core;
pub mod event;
pub mod host;
pub mod options;
pub mod view;

pub use self::core::{place_tip, Core};
#[cfg(feature = "kiosk")]
pub use event::Clock;
pub use event::{Answer, Draw, FocusTarget, HostEvent, Input, Keep, Key, Phase, PointerKind, Tip};
