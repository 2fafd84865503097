//! The shipped rules files: they load, every rule has a test that fires and
//! one that must not, and every `[[test]]` passes.

use factlint::rules::{RuleSet, selftest};

#[test]
fn shipped_rules_self_tests_pass() {
    let set = RuleSet::shipped();
    let outcomes = selftest::run_all(set);
    assert!(!outcomes.is_empty());
    let failed: Vec<_> = outcomes.iter().filter(|o| !o.passed()).collect();
    assert!(failed.is_empty(), "{}", selftest::render(&outcomes));
}

#[test]
fn every_shipped_rule_has_a_test_that_fires_and_one_that_does_not() {
    let set = RuleSet::shipped();
    for rule in set.rules.iter().filter(|r| r.source().starts_with("shipped:")) {
        let tests: Vec<_> = set.tests.iter().filter(|t| t.rule == rule.def.id).collect();
        assert!(tests.iter().any(|t| !t.expect.is_empty()), "{} has no test that fires", rule.def.id);
        assert!(tests.iter().any(|t| t.expect.is_empty()), "{} has no test that must not fire", rule.def.id);
    }
}

#[test]
fn shipped_hedge_widths_are_the_defaults() {
    use factlint::normalise::interval::DEFAULT_WIDTHS;
    assert_eq!(RuleSet::shipped().hedges.widths, DEFAULT_WIDTHS);
    assert!(RuleSet::shipped().hedges.phrases.len() > 20);
}

#[test]
fn shipped_data_is_reachable() {
    let set = RuleSet::shipped();
    assert_eq!(set.canonical_name("daesh"), Some("Islamic State"));
    assert_eq!(set.canonical_spelling("color"), "colour");
    assert_eq!(set.can_hold_together("inspector", "head"), Some(true));
    assert_eq!(set.can_hold_together("inspector", "sergeant"), Some(false));
    assert!(set.is_succession("sergeant", "inspector"));
    assert_eq!(set.date_order, factlint::rules::DateOrder::DayFirst);
}
