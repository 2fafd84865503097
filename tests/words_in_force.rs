//! The readers read the vocabulary in force, not the shipped one: a
//! `[words]` table in a user's rules file reaches the people, age and
//! date readers (issue #12: nothing reads global configuration).

use std::sync::Arc;

use factlint::extract::Claims;
use factlint::load::Article;
use factlint::normalise::date::{NumericOrder, dates_in};
use factlint::rules::RuleSet;
use factlint::rules::diagnostics::render;
use factlint::rules::load::{Source, shipped_sources};
use factlint::segment::segment;

fn rules_with(text: &str) -> RuleSet {
    let user = Source { name: "words.toml".into(), text: Arc::from(text) };
    factlint::engine::load_sources(&shipped_sources(), &[user]).unwrap_or_else(|e| panic!("{}", render(&e, false, 100)))
}

const HEAD: &str = "Harbour Times\n\nStorm latest\n\nMonday 3 March 2025\n\n";

fn claims(body: &str, rules: &RuleSet) -> Claims {
    let article = Article::from_text("a.txt", format!("{HEAD}{body}\n"));
    let segments = segment(&article.text, &article.meta, &rules.vocab);
    factlint::extract::extract_with(&article, &segments, rules)
}

fn names(c: &Claims) -> Vec<String> {
    c.mentions.iter().map(|m| m.name.to_string()).collect()
}

fn ages(c: &Claims) -> Vec<(String, Option<String>, f64)> {
    c.ages.iter().map(|a| (a.person.surname.clone(), a.person.first.clone(), a.years.lo)).collect()
}

/// A sentence-opening word the user declares a function word is not
/// part of the name after it (people reader, through the Lexicon).
#[test]
fn an_added_function_word_reaches_the_people_reader() {
    let text = "Meanwhile Marta Olsen said the wall would hold.";
    assert_eq!(names(&claims(text, factlint::shipped_rules())), ["Meanwhile Marta Olsen"]);
    let rules = rules_with("[words]\nfunction-words = [\"meanwhile\"]\n");
    assert_eq!(names(&claims(text, &rules)), ["Marta Olsen"]);
}

/// An added number word is read as a person's age ("aged ...") and as
/// the count of a length of time in a date ("... days ago").
#[test]
fn an_added_number_word_reaches_the_age_and_date_readers() {
    let rules = rules_with("[words]\nnumber-words = { eleventy = 110 }\n");
    let text = "Marta Olsen, aged eleventy, said the wall would hold.";
    assert_eq!(ages(&claims(text, factlint::shipped_rules())), []);
    assert_eq!(ages(&claims(text, &rules)), [("olsen".to_string(), Some("marta".to_string()), 110.0)]);
    let text = "The wall fell eleventy days ago.";
    assert!(dates_in(text, NumericOrder::DayFirst, &factlint::shipped_rules().vocab).is_empty());
    assert_eq!(dates_in(text, NumericOrder::DayFirst, &rules.vocab).len(), 1);
}

/// A title before a surname is not a first name: the shipped honorifics
/// ("Rev") and a user's ("Skipper").
#[test]
fn honorifics_reach_the_age_reader() {
    let shipped = factlint::shipped_rules();
    assert_eq!(ages(&claims("Rev Olsen, 44, said the wall would hold.", shipped)), [("olsen".to_string(), None, 44.0)]);
    let text = "Skipper Olsen, 44, said the wall would hold.";
    assert_eq!(ages(&claims(text, shipped)), [("olsen".to_string(), Some("skipper".to_string()), 44.0)]);
    let rules = rules_with("[words]\nhonorifics = [\"skipper\"]\n");
    assert_eq!(ages(&claims(text, &rules)), [("olsen".to_string(), None, 44.0)]);
}
