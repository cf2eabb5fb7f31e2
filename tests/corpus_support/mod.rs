//! Helpers of the differential corpus test (tests/corpus.rs).

pub mod compare;
pub mod runner;
