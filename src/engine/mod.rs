//! The engine: the run of a check (articles → claims → findings → report),
//! the registry of kinds, routing each finding to the rule that claims it,
//! and the rules' self-tests and explanations.
//!
//! It is the only layer that knows both the kinds (src/check/) and the rules
//! configuration (src/rules/): it hands the rules layer the registered
//! kind ids, and every stage below what it needs as arguments.

pub mod archive;
pub mod claims;
pub mod explain;
pub mod registry;
pub mod route;
pub mod run;
pub mod selftest;

pub use registry::{known_kinds, load_rules, load_sources, registry, shipped_rules};
pub use run::{
    Progress, RunOptions, check_articles, check_articles_with, check_paths, check_paths_opts, check_paths_with,
    stories_of_paths,
};
