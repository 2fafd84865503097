//! Check: each rule kind is one module that looks at the claims of all
//! articles (through the index) and returns findings.
//!
//! Adding a kind means one new file here and one line in [`registry`];
//! a `[[rule]]` entry in rules/*.toml (with its `[[test]]`s) configures and
//! documents it. A kind no rules file mentions runs under its own id.

pub mod age_mismatch;
pub mod date_mismatch;
pub mod figure_mismatch;
pub mod group;
pub mod name_variant;
pub mod quote_drift;
pub mod role_conflict;
pub mod sum_mismatch;

use crate::extract::Claims;
use crate::finding::{ArticleId, Finding, FindingKind};
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

/// Reports further apart than this speak of different moments: a figure
/// or a title that differs between them may have changed.
pub const SAME_TIME_DAYS: i64 = 31;

impl CheckContext<'_> {
    /// Whether two articles speak of the same time: the same article, or
    /// both dated and at most [`SAME_TIME_DAYS`] apart.
    pub fn same_time(&self, a: ArticleId, b: ArticleId) -> bool {
        a == b || self.days_apart(a, b).is_some_and(|d| d <= SAME_TIME_DAYS)
    }

    /// Days between two articles' publication dates, when both are known.
    pub fn days_apart(&self, a: ArticleId, b: ArticleId) -> Option<i64> {
        let da = self.articles[a.0].meta.published?;
        let db = self.articles[b.0].meta.published?;
        let span = da.until(db).ok()?;
        Some(i64::from(span.get_days()).abs())
    }
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
    vec![
        Box::new(figure_mismatch::FigureMismatch),
        Box::new(quote_drift::QuoteDrift),
        Box::new(name_variant::NameVariant),
        Box::new(role_conflict::RoleConflict),
        Box::new(sum_mismatch::SumMismatch),
        Box::new(age_mismatch::AgeMismatch),
        Box::new(date_mismatch::DateMismatch),
    ]
}
