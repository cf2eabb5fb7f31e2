//! The page's components, one per file.

pub mod app;
pub mod build_panel;
pub mod drop_zone;
pub mod guide;
pub mod model_card;
pub mod preset_form;
pub mod preview;
pub mod report;
pub mod starting_points;
