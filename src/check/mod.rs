//! Check: each rule kind is one module that looks at the claims of all
//! articles (through the index) and returns findings.
//!
//! Adding a kind means one new file here and one line in [`registry`].

pub mod age_mismatch;
pub mod date_mismatch;
pub mod figure_mismatch;
pub mod sum_mismatch;

use crate::extract::Claims;
use crate::finding::{Finding, FindingKind};
use crate::load::Article;

/// What a rule sees: every article and its claims, in the same order.
pub struct CheckContext<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claims],
}

/// One rule kind.
pub trait Rule: Sync {
    /// The rule's id, as reports and rules files name it.
    fn id(&self) -> &'static str;
    fn kind(&self) -> FindingKind;
    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding>;
}

/// Every rule kind factlint knows.
pub fn registry() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(figure_mismatch::FigureMismatch),
        Box::new(sum_mismatch::SumMismatch),
        Box::new(age_mismatch::AgeMismatch),
        Box::new(date_mismatch::DateMismatch),
    ]
}
