//! Check: each rule kind is one module that looks at the claims of all
//! articles (through the index) and returns findings.
//!
//! Adding a kind means one new file here and one line in [`registry`];
//! a `[[rule]]` entry in rules/*.toml (with its `[[test]]`s) configures and
//! documents it. A kind no rules file mentions runs under its own id.

pub mod figure_mismatch;

use crate::extract::Claims;
use crate::finding::{Finding, FindingKind};
use crate::load::Article;
use crate::rules::RuleSet;

/// What a rule sees: every article and its claims, in the same order, and
/// the loaded rules configuration (aliases, measures, role classes,
/// spellings, hedges, date order, tolerances). Tests can use
/// `RuleSet::shipped()`.
pub struct CheckContext<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claims],
    pub rules: &'a RuleSet,
}

/// One rule kind.
pub trait Rule: Sync {
    /// The rule's id, as reports and rules files name it.
    fn id(&self) -> &'static str;
    fn kind(&self) -> FindingKind;
    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding>;

    /// What the kind checks, for `factlint explain` when no rules file
    /// describes the rule.
    fn description(&self) -> &'static str {
        ""
    }
}

/// Every rule kind factlint knows.
pub fn registry() -> Vec<Box<dyn Rule>> {
    vec![Box::new(figure_mismatch::FigureMismatch)]
}
