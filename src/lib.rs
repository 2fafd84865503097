//! factlint: a linter for facts in news articles.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] → [`segment`] → [`extract`] → [`index`] → [`check`] →
//! [`report`], run by the [`engine`] with the [`rules`] in force. Modules
//! are layers that import downward only (docs/architecture.md; checked by
//! tests/layers.rs): engine → report → check → index → extract → rules →
//! normalise → segment → vocab → load / finding → span. Everything after
//! loading speaks in [`span::Span`]s of the original bytes so every
//! diagnostic points at the exact words.

pub mod check;
pub mod disjoint;
pub mod engine;
pub mod extract;
pub mod finding;
pub mod index;
pub mod load;
pub mod normalise;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod stories;
pub mod vocab;

pub use crate::engine::{check_articles, check_articles_with, check_paths, check_paths_with, shipped_rules};
pub use crate::report::Report;
/// Windows of huge articles (kept at the top for callers of 0.1).
pub use crate::segment::window;
