//! The shipped rules files: they load, every rule has a test that fires and
//! one that must not, and every `[[test]]` passes.

use factlint::engine::selftest;

#[test]
fn shipped_rules_self_tests_pass() {
    let set = factlint::shipped_rules();
    let outcomes = selftest::run_all(set);
    assert!(!outcomes.is_empty());
    let failed: Vec<_> = outcomes.iter().filter(|o| !o.passed()).collect();
    assert!(failed.is_empty(), "{}", selftest::render(&outcomes));
}

#[test]
fn every_shipped_rule_has_a_test_that_fires_and_one_that_does_not() {
    let set = factlint::shipped_rules();
    for rule in set.rules.iter().filter(|r| r.source().starts_with("shipped:")) {
        let tests: Vec<_> = set.tests.iter().filter(|t| t.rule == rule.def.id).collect();
        assert!(tests.iter().any(|t| !t.expect.is_empty()), "{} has no test that fires", rule.def.id);
        assert!(tests.iter().any(|t| t.expect.is_empty()), "{} has no test that must not fire", rule.def.id);
    }
}

#[test]
fn shipped_hedge_widths_are_the_defaults() {
    use factlint::normalise::interval::DEFAULT_WIDTHS;
    assert_eq!(factlint::shipped_rules().hedges.widths, DEFAULT_WIDTHS);
    assert!(factlint::shipped_rules().hedges.phrases.len() > 20);
}

#[test]
fn shipped_data_is_reachable() {
    let set = factlint::shipped_rules();
    assert_eq!(set.canonical_name("daesh"), Some("Islamic State"));
    // Acronyms are case-sensitive: "IS" is the group, "is" the verb.
    assert_eq!(set.canonical_name("IS"), Some("Islamic State"));
    assert_eq!(set.canonical_name("is"), None);
    assert_eq!(set.canonical_name("isis"), Some("Islamic State"));
    assert_eq!(set.canonical_key("told us"), "told us");
    assert_eq!(set.canonical_spelling("color"), "colour");
    assert_eq!(set.can_hold_together("inspector", "head"), Some(true));
    assert_eq!(set.can_hold_together("inspector", "sergeant"), Some(false));
    assert!(set.is_succession("sergeant", "inspector"));
    assert_eq!(set.date_order, factlint::rules::DateOrder::DayFirst);
}
