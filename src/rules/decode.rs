//! Reads a rules file or `factlint.toml` into the types of
//! [`super::schema`], collecting every error with the span of its key or
//! value rather than stopping at the first (serde's derive stops at one).
//!
//! The TOML is parsed with `toml::de::DeTable`, which keeps the span of
//! every key and value and recovers from syntax errors.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostics::{RulesError, did_you_mean};
use super::schema::{
    Alias, AliasKind, Config, DateOrder, Expected, HedgeWords, Ignore, KnownKinds, Measure, MeasureUnit, Origin,
    RoleClass, RuleDef, RulesFile, SelfTest, Spelling, TestArticle, Tolerance, WordsEntry,
};
use crate::finding::Severity;
use crate::normalise::interval::Hedge;
use crate::vocab::{Entry, Shape, Vocabulary};

/// Regexes from rules files are data: linear time (the regex crate) and
/// bounded in size, so no rules file can make a check slow or huge.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;

type Value<'i> = Spanned<DeValue<'i>>;

/// The fields of each table, for unknown-key errors and did-you-mean.
pub const TOP_KEYS: &[&str] =
    &["alias", "measure", "hedge", "role-class", "spelling", "dates", "words", "rule", "ignore", "test"];
const ALIAS_KEYS: &[&str] = &["canonical", "variants", "kind"];
const MEASURE_KEYS: &[&str] = &["name", "synonyms", "units", "tolerance"];
const UNIT_KEYS: &[&str] = &["name", "factor"];
const TOLERANCE_KEYS: &[&str] = &["absolute", "relative"];
const HEDGE_KEYS: &[&str] = &["reading", "words", "width"];
const ROLE_KEYS: &[&str] = &[
    "name",
    "titles",
    "patterns",
    "ignore-words",
    "held-with",
    "exclusive",
    "compatible-within",
    "clashes-with",
    "body-words",
    "per-body",
    "succession",
    "one-proceeding",
    "portfolios",
    "fallback",
    "employer-words",
];
const SPELLING_KEYS: &[&str] = &["words"];
const DATES_KEYS: &[&str] = &["order"];
const RULE_KEYS: &[&str] =
    &["id", "kind", "severity", "description", "applies-to", "finding-kinds", "tolerance", "message", "help"];
const IGNORE_KEYS: &[&str] = &["rule", "key", "file", "reason"];
const TEST_KEYS: &[&str] = &["name", "rule", "articles", "expect"];
const ARTICLE_KEYS: &[&str] = &["file", "text"];
const EXPECT_KEYS: &[&str] = &["rule", "severity", "texts"];
pub const CONFIG_KEYS: &[&str] = &["rules", "select", "ignore", "severity", "shipped"];

const SEVERITIES: &[&str] = &["error", "warning", "advice"];
const READINGS: &[&str] = &{
    let mut names = [""; Hedge::READINGS.len()];
    let mut k = 0;
    while k < names.len() {
        names[k] = Hedge::READINGS[k].0;
        k += 1;
    }
    names
};
const ALIAS_KINDS: &[&str] = &["organisation", "place", "person", "other"];
const DATE_ORDERS: &[&str] = &["day-first", "month-first"];

/// A rule id mentioned somewhere (a test's rule, an ignore's rule, a
/// `select` entry): checked once every file is loaded.
#[derive(Debug, Clone)]
pub struct RuleRef {
    pub id: String,
    pub span: Range<usize>,
}

/// A rules file as read, with the references to check later.
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    pub file: RulesFile,
    pub refs: Vec<RuleRef>,
    /// Every rule id written in the file and its span, for duplicates.
    pub rule_ids: Vec<(String, Range<usize>)>,
}

struct Reader {
    errors: Vec<RulesError>,
}

/// Reads one rules file. `known` are the kinds the engine registered;
/// `vocab` declares the word lists a `[words]` table may add to.
pub fn rules_file(file: &str, text: &str, known: &KnownKinds<'_>, vocab: &Vocabulary) -> (Decoded, Vec<RulesError>) {
    let (doc, syntax) = DeTable::parse_recoverable(text);
    let mut r = Reader { errors: syntax.iter().map(syntax_error).collect() };
    let mut out = Decoded::default();
    let root = doc.get_ref();
    r.check_keys(root, TOP_KEYS, "a rules file");
    for (key, value) in root {
        let items = || r_array_of_tables(value);
        match key.get_ref().as_ref() {
            "dates" => {
                if let Some(t) = r.table(value, "dates") {
                    r.check_keys(t, DATES_KEYS, "[dates]");
                    out.file.date_order = r.choice(t, "order", DATE_ORDERS).map(|(o, _)| match o {
                        "month-first" => DateOrder::MonthFirst,
                        _ => DateOrder::DayFirst,
                    });
                }
            }
            "words" => {
                if let Some(t) = r.table(value, "words") {
                    r.words(t, vocab, &mut out);
                }
            }
            "alias" | "measure" | "hedge" | "role-class" | "spelling" | "rule" | "ignore" | "test" => {
                let name = key.get_ref().as_ref();
                let Some(tables) = items() else {
                    r.push(value.span(), format!("`{name}` must be a list of tables"), "not [[...]] tables")
                        .set_help(format!("write each entry as a [[{name}]] table"));
                    continue;
                };
                for t in tables {
                    let origin = Origin { file: file.to_string(), span: t.span() };
                    let Some(table) = t.get_ref().as_table() else {
                        r.push(t.span(), format!("each `{name}` entry must be a table"), "not a table");
                        continue;
                    };
                    match name {
                        "alias" => r.alias(table, origin, &mut out),
                        "measure" => r.measure(table, origin, &mut out),
                        "hedge" => r.hedge(table, origin, &mut out),
                        "role-class" => r.role_class(table, origin, &mut out),
                        "spelling" => r.spelling(table, origin, &mut out),
                        "rule" => r.rule(table, origin, known, &mut out),
                        "ignore" => r.ignore(table, origin, &mut out),
                        _ => r.test(table, origin, &mut out),
                    }
                }
            }
            _ => {}
        }
    }
    (out, r.errors)
}

/// Reads `factlint.toml`.
pub fn config_file(file: &str, text: &str) -> (Config, Vec<RulesError>) {
    let (doc, syntax) = DeTable::parse_recoverable(text);
    let mut r = Reader { errors: syntax.iter().map(syntax_error).collect() };
    let root = doc.get_ref();
    r.check_keys(root, CONFIG_KEYS, "factlint.toml");
    let mut c = Config { file: file.to_string(), shipped: true, ..Config::default() };
    c.rules = r.str_list(root, "rules", false);
    c.select = r.str_list(root, "select", false);
    c.ignore = r.str_list(root, "ignore", false);
    if let Some((b, _)) = r.bool(root, "shipped") {
        c.shipped = b;
    }
    if let Some(v) = root.get("severity")
        && let Some(t) = r.table(v, "severity")
    {
        for (k, v) in t {
            if let Some((sev, _)) = r.choice_value(v, SEVERITIES, "a severity") {
                c.severity.push((k.get_ref().to_string(), k.span(), severity(sev)));
            }
        }
    }
    (c, r.errors)
}

fn r_array_of_tables<'a, 'i>(v: &'a Value<'i>) -> Option<&'a [Value<'i>]> {
    let a = v.get_ref().as_array()?;
    Some(a)
}

/// "found a string": what a value of the wrong type is.
fn found(v: &Value<'_>) -> String {
    let t = v.get_ref().type_str();
    let article = if t.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("found {article} {t}")
}

fn syntax_error(e: &toml::de::Error) -> RulesError {
    RulesError::new(e.span(), "this is not valid TOML", e.message().trim().to_string())
}

fn severity(s: &str) -> Severity {
    match s {
        "warning" => Severity::Warning,
        "advice" => Severity::Advice,
        _ => Severity::Error,
    }
}

/// A glob ("seeds/*.txt", "**/draft-*") as an anchored regex.
pub fn glob_regex(glob: &str) -> Result<regex::Regex, regex::Error> {
    let mut re = String::from("^");
    let mut chars = glob.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                re.push_str(".*");
            }
            '*' => re.push_str("[^/]*"),
            '?' => re.push_str("[^/]"),
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    re.push('$');
    regex::RegexBuilder::new(&re).size_limit(REGEX_SIZE_LIMIT).build()
}

impl Reader {
    fn push(&mut self, span: Range<usize>, message: impl Into<String>, label: impl Into<String>) -> &mut RulesError {
        self.errors.push(RulesError::new(Some(span), message, label));
        self.errors.last_mut().expect("just pushed")
    }

    fn check_keys(&mut self, t: &DeTable<'_>, known: &[&str], context: &str) {
        for (k, _) in t {
            let key = k.get_ref().as_ref();
            if !known.contains(&key) {
                let e = self.push(k.span(), format!("unknown key `{key}` in {context}"), "unknown key");
                e.help = Some(match did_you_mean(key, known.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("the keys of {context} are: {}", known.join(", ")),
                });
            }
        }
    }

    fn table<'a, 'i>(&mut self, v: &'a Value<'i>, what: &str) -> Option<&'a DeTable<'i>> {
        let t = v.get_ref().as_table();
        if t.is_none() {
            self.push(v.span(), format!("`{what}` must be a table"), found(v));
        }
        t
    }

    fn missing(&mut self, table_span: Range<usize>, key: &str, context: &str) {
        // Point at the table's header line, not the whole table.
        let end = Self::file_line_end(table_span.clone());
        self.push(table_span.start..end, format!("{context} needs `{key}`"), format!("no `{key}` here"));
    }

    fn file_line_end(span: Range<usize>) -> usize {
        span.end.min(span.start + 40)
    }

    fn string(
        &mut self,
        t: &DeTable<'_>,
        key: &str,
        required: Option<(Range<usize>, &str)>,
    ) -> Option<(String, Range<usize>)> {
        if let Some(v) = t.get(key) {
            if let Some(s) = v.get_ref().as_str() {
                Some((s.to_string(), v.span()))
            } else {
                self.push(v.span(), format!("`{key}` must be a string"), found(v));
                None
            }
        } else {
            if let Some((span, context)) = required {
                self.missing(span, key, context);
            }
            None
        }
    }

    fn number(&mut self, t: &DeTable<'_>, key: &str) -> Option<(f64, Range<usize>)> {
        let v = t.get(key)?;
        let parsed = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok().map(|n| n as f64),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match parsed {
            Some(x) if x.is_finite() && x >= 0.0 => Some((x, v.span())),
            Some(_) => {
                self.push(v.span(), format!("`{key}` must be a finite number, zero or more"), "out of range");
                None
            }
            None => {
                self.push(v.span(), format!("`{key}` must be a number"), found(v));
                None
            }
        }
    }

    fn bool(&mut self, t: &DeTable<'_>, key: &str) -> Option<(bool, Range<usize>)> {
        let v = t.get(key)?;
        if let Some(b) = v.get_ref().as_bool() {
            Some((b, v.span()))
        } else {
            self.push(v.span(), format!("`{key}` must be true or false"), found(v));
            None
        }
    }

    fn str_list(&mut self, t: &DeTable<'_>, key: &str, non_empty: bool) -> Vec<(String, Range<usize>)> {
        let Some(v) = t.get(key) else { return vec![] };
        let Some(items) = v.get_ref().as_array() else {
            self.push(v.span(), format!("`{key}` must be a list of strings"), found(v))
                .set_help(format!("write it as {key} = [\"...\", \"...\"]"));
            return vec![];
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => out.push((s.to_string(), item.span())),
                Some(_) => {
                    self.push(item.span(), format!("`{key}` holds an empty string"), "empty");
                }
                None => {
                    self.push(item.span(), format!("`{key}` must hold strings"), found(item));
                }
            }
        }
        if non_empty && items.is_empty() {
            self.push(v.span(), format!("`{key}` must not be empty"), "empty list");
        }
        out
    }

    fn choice_value<'a>(&mut self, v: &Value<'_>, options: &[&'a str], what: &str) -> Option<(&'a str, Range<usize>)> {
        let Some(s) = v.get_ref().as_str() else {
            self.push(v.span(), format!("expected {what}: one of {}", options.join(", ")), found(v));
            return None;
        };
        if let Some(o) = options.iter().find(|o| **o == s) {
            Some((o, v.span()))
        } else {
            let help = match did_you_mean(s, options.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("use one of: {}", options.join(", ")),
            };
            self.push(v.span(), format!("`{s}` is not {what}"), format!("not one of {}", options.join(", ")))
                .set_help(help);
            None
        }
    }

    fn choice<'a>(&mut self, t: &DeTable<'_>, key: &str, options: &[&'a str]) -> Option<(&'a str, Range<usize>)> {
        let v = t.get(key)?;
        self.choice_value(v, options, &format!("a valid `{key}`"))
    }

    fn regex(&mut self, t: &DeTable<'_>, key: &str) -> Option<regex::Regex> {
        let (s, span) = self.string(t, key, None)?;
        match regex::RegexBuilder::new(&s).size_limit(REGEX_SIZE_LIMIT).build() {
            Ok(re) => Some(re),
            Err(e) => {
                let first = e.to_string().lines().last().unwrap_or("invalid").trim().to_string();
                self.push(span, format!("`{key}` is not a valid regular expression"), first).set_help(
                    "the syntax is the regex crate's (https://docs.rs/regex); no look-around or backreferences",
                );
                None
            }
        }
    }

    fn tolerance(&mut self, t: &DeTable<'_>) -> Tolerance {
        let mut tol = Tolerance::default();
        if let Some(v) = t.get("tolerance")
            && let Some(tt) = self.table(v, "tolerance")
        {
            self.check_keys(tt, TOLERANCE_KEYS, "a tolerance");
            if let Some((a, _)) = self.number(tt, "absolute") {
                tol.absolute = a;
            }
            if let Some((r, span)) = self.number(tt, "relative") {
                if r > 1.0 {
                    self.push(span, "`relative` is a fraction: 0.05 means 5%", "more than 100%");
                } else {
                    tol.relative = r;
                }
            }
        }
        tol
    }

    /// `[words]`: each key names a declared word list; a `words` list takes
    /// an array of phrases, a `values` or `forms` list a table of phrase =
    /// number or phrase = text.
    fn words(&mut self, t: &DeTable<'_>, vocab: &Vocabulary, out: &mut Decoded) {
        for (k, v) in t {
            let name = k.get_ref().as_ref();
            let Some(list) = vocab.get(name) else {
                let e = self.push(k.span(), format!("unknown word list `{name}`"), "no such list");
                e.help = Some(match did_you_mean(name, vocab.lists().map(|l| l.name.as_str())) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => "the lists are declared in rules/words/*.toml".to_string(),
                });
                continue;
            };
            let mut add = |phrase: &str, entry: Entry| {
                out.file.words.push(WordsEntry { list: name.to_string(), phrase: phrase.to_string(), entry });
            };
            match list.shape {
                Shape::Words => {
                    let Some(items) = v.get_ref().as_array() else {
                        self.push(v.span(), format!("`{name}` must be a list of phrases"), found(v))
                            .set_help(format!("write it as {name} = [\"...\", \"...\"]"));
                        continue;
                    };
                    for item in items {
                        match item.get_ref().as_str() {
                            Some(s) if !s.trim().is_empty() => add(s, Entry::Word),
                            _ => {
                                self.push(item.span(), format!("`{name}` must hold non-empty strings"), found(item));
                            }
                        }
                    }
                }
                Shape::Values | Shape::Forms => {
                    let Some(table) = v.get_ref().as_table() else {
                        let example = if list.shape == Shape::Values { "1" } else { "\"...\"" };
                        self.push(
                            v.span(),
                            format!("`{name}` must be a table of phrase = {}", list.shape.key()),
                            found(v),
                        )
                        .set_help(format!("write it as {name} = {{ \"phrase\" = {example} }}"));
                        continue;
                    };
                    for (pk, _) in table {
                        let phrase = pk.get_ref().as_ref();
                        if list.shape == Shape::Values {
                            if let Some((x, _)) = self.number(table, phrase) {
                                add(phrase, Entry::Value(x));
                            }
                        } else if let Some((s, _)) = self.string(table, phrase, None) {
                            add(phrase, Entry::Form(s));
                        }
                    }
                }
            }
        }
    }

    fn alias(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, ALIAS_KEYS, "an [[alias]]");
        let canonical = self.string(t, "canonical", Some((origin.span.clone(), "an [[alias]]")));
        if t.get("variants").is_none() {
            self.missing(origin.span.clone(), "variants", "an [[alias]]");
        }
        let variants = self.str_list(t, "variants", true);
        let kind = match t.get("kind") {
            Some(v) => self.choice_value(v, ALIAS_KINDS, "an alias kind").map(|(k, _)| k),
            None => Some("other"),
        };
        if let (Some((canonical, _)), Some(kind)) = (canonical, kind) {
            let kind = match kind {
                "organisation" => AliasKind::Organisation,
                "place" => AliasKind::Place,
                "person" => AliasKind::Person,
                _ => AliasKind::Other,
            };
            out.file.aliases.push(Alias {
                canonical,
                variants: variants.into_iter().map(|v| v.0).collect(),
                kind,
                origin,
            });
        }
    }

    fn measure(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, MEASURE_KEYS, "a [[measure]]");
        let name = self.string(t, "name", Some((origin.span.clone(), "a [[measure]]")));
        let synonyms = self.str_list(t, "synonyms", false).into_iter().map(|s| s.0).collect();
        let mut units = Vec::new();
        if let Some(v) = t.get("units") {
            match v.get_ref().as_array() {
                Some(items) => {
                    for item in items {
                        let Some(u) = self.table(item, "units entry") else { continue };
                        self.check_keys(u, UNIT_KEYS, "a unit");
                        let n = self.string(u, "name", Some((item.span(), "a unit")));
                        let f = self.number(u, "factor");
                        if f.is_none() && u.get("factor").is_none() {
                            self.missing(item.span(), "factor", "a unit");
                        }
                        if let (Some((name, _)), Some((factor, _))) = (n, f) {
                            units.push(MeasureUnit { name, factor });
                        }
                    }
                }
                None => {
                    self.push(v.span(), "`units` must be a list of { name, factor } tables", "not a list");
                }
            }
        }
        let tolerance = self.tolerance(t);
        if let Some((name, _)) = name {
            out.file.measures.push(Measure { name, synonyms, units, tolerance, origin });
        }
    }

    fn hedge(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, HEDGE_KEYS, "a [[hedge]]");
        let reading = if let Some(v) = t.get("reading") {
            self.choice_value(v, READINGS, "a hedge reading")
        } else {
            self.missing(origin.span.clone(), "reading", "a [[hedge]]");
            None
        };
        if t.get("words").is_none() {
            self.missing(origin.span.clone(), "words", "a [[hedge]]");
        }
        let words = self.str_list(t, "words", true).into_iter().map(|w| w.0.to_lowercase()).collect();
        let width = match self.number(t, "width") {
            Some((w, span)) if w >= 1.0 => {
                self.push(span, "`width` is a fraction of the value: 0.1 means ±10%", "100% or more");
                None
            }
            other => other.map(|w| w.0),
        };
        if let Some((reading, span)) = reading {
            // `choice_value` has checked the reading against the list.
            let reading = Hedge::from_reading(reading).unwrap_or(Hedge::UpTo);
            if width.is_some() && !matches!(reading, Hedge::About | Hedge::Nearly | Hedge::JustOver | Hedge::MostOf) {
                self.push(
                    span,
                    "only about, nearly, just-over and most-of hedges have a width",
                    "this reading has no width",
                );
            }
            out.file.hedges.push(HedgeWords { reading, words, width, origin });
        }
    }

    fn role_class(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, ROLE_KEYS, "a [[role-class]]");
        let name = self.string(t, "name", Some((origin.span.clone(), "a [[role-class]]")));
        if t.get("titles").is_none() && t.get("patterns").is_none() {
            self.missing(origin.span.clone(), "titles", "a [[role-class]]");
        }
        // Titles are matched as lower-case words with single spaces.
        let titles = self
            .str_list(t, "titles", t.get("patterns").is_none())
            .into_iter()
            .map(|s| s.0.to_lowercase().replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let mut patterns = Vec::new();
        for (p, span) in self.str_list(t, "patterns", false) {
            match regex::RegexBuilder::new(&p).size_limit(REGEX_SIZE_LIMIT).build() {
                Ok(re) => patterns.push(re),
                Err(e) => {
                    let first = e.to_string().lines().last().unwrap_or("invalid").trim().to_string();
                    self.push(span, "a pattern in `patterns` is not a valid regular expression", first).set_help(
                        "the syntax is the regex crate's (https://docs.rs/regex); no look-around or backreferences",
                    );
                }
            }
        }
        let ignore_words = self.str_list(t, "ignore-words", false).into_iter().map(|s| s.0.to_lowercase()).collect();
        let held_with = self.str_list(t, "held-with", false).into_iter().map(|s| s.0).collect();
        let exclusive = self.bool(t, "exclusive").is_none_or(|b| b.0);
        let compatible_within = self.bool(t, "compatible-within").is_some_and(|b| b.0);
        let clashes_with = self.str_list(t, "clashes-with", false).into_iter().map(|s| s.0).collect();
        let body_words = self.str_list(t, "body-words", false).into_iter().map(|s| s.0.to_lowercase()).collect();
        let per_body = self.bool(t, "per-body").is_some_and(|b| b.0);
        let succession = self.bool(t, "succession").is_some_and(|b| b.0);
        let one_proceeding = self.bool(t, "one-proceeding").is_some_and(|b| b.0);
        let portfolios = self.bool(t, "portfolios").is_some_and(|b| b.0);
        let fallback = self.bool(t, "fallback").is_some_and(|b| b.0);
        let employer_words =
            self.str_list(t, "employer-words", false).into_iter().map(|s| s.0.to_lowercase()).collect();
        if let Some((name, _)) = name {
            out.file.role_classes.push(RoleClass {
                name,
                titles,
                patterns,
                ignore_words,
                per_body,
                held_with,
                exclusive,
                clashes_with,
                body_words,
                compatible_within,
                succession,
                one_proceeding,
                portfolios,
                fallback,
                employer_words,
                origin,
            });
        }
    }

    fn spelling(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, SPELLING_KEYS, "a [[spelling]]");
        let words = self.str_list(t, "words", true);
        if words.len() == 1 {
            self.push(words[0].1.clone(), "a [[spelling]] needs two spellings or more", "only one");
        } else if t.get("words").is_none() {
            self.missing(origin.span.clone(), "words", "a [[spelling]]");
        }
        if words.len() >= 2 {
            out.file
                .spellings
                .push(Spelling { words: words.into_iter().map(|w| w.0.to_lowercase()).collect(), origin });
        }
    }

    fn rule(&mut self, t: &DeTable<'_>, origin: Origin, known: &KnownKinds<'_>, out: &mut Decoded) {
        let known_kinds = known.kinds;
        self.check_keys(t, RULE_KEYS, "a [[rule]]");
        let id = self.string(t, "id", Some((origin.span.clone(), "a [[rule]]")));
        if let Some((id, span)) = &id {
            out.rule_ids.push((id.clone(), span.clone()));
        }
        if let Some((id, span)) = &id
            && !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.push(
                span.clone(),
                format!("rule id `{id}` must be lower-case words joined by hyphens"),
                "not kebab-case",
            );
        }
        let kind = self.string(t, "kind", Some((origin.span.clone(), "a [[rule]]")));
        if let Some((k, span)) = &kind
            && !known_kinds.contains(&k.as_str())
        {
            let help = match did_you_mean(k, known_kinds.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("the kinds are: {}", known_kinds.join(", ")),
            };
            self.push(span.clone(), format!("unknown rule kind `{k}`"), "no such kind").set_help(help);
        }
        let sev = match t.get("severity") {
            Some(v) => self.choice_value(v, SEVERITIES, "a severity").map(|s| severity(s.0)),
            None => Some(Severity::Error),
        };
        let description = self.string(t, "description", None).map(|d| d.0).unwrap_or_default();
        let applies_to = self.regex(t, "applies-to");
        let names: Vec<&str> = known.finding_kinds.iter().map(|k| k.as_str()).collect();
        let mut finding_kinds = Vec::new();
        for (name, span) in self.str_list(t, "finding-kinds", false) {
            if let Some(k) = known.finding_kinds.iter().find(|k| k.as_str() == name) {
                finding_kinds.push(*k);
            } else {
                let help = match did_you_mean(&name, names.iter().copied()) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => format!("the finding kinds are: {}", names.join(", ")),
                };
                self.push(span, format!("unknown finding kind `{name}`"), "no such finding kind").set_help(help);
            }
        }
        let tolerance = self.tolerance(t);
        let message = self.string(t, "message", None).map(|m| m.0);
        let help = self.string(t, "help", None).map(|m| m.0);
        if let (Some((id, _)), Some((kind, _)), Some(severity)) = (id, kind, sev) {
            out.file.rules.push(RuleDef {
                id,
                kind,
                severity,
                description,
                applies_to,
                finding_kinds,
                tolerance,
                message,
                help,
                origin,
            });
        }
    }

    fn ignore(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, IGNORE_KEYS, "an [[ignore]]");
        let rule = self.string(t, "rule", None);
        if let Some((id, span)) = &rule {
            out.refs.push(RuleRef { id: id.clone(), span: span.clone() });
        }
        let key = self.regex(t, "key");
        let file = match self.string(t, "file", None) {
            Some((g, span)) => {
                if let Ok(re) = glob_regex(&g) {
                    Some(re)
                } else {
                    self.push(span, "`file` is not a usable glob", "too large or invalid");
                    None
                }
            }
            None => None,
        };
        let reason = self.string(t, "reason", None);
        match &reason {
            None if t.get("reason").is_none() => {
                let end = Self::file_line_end(origin.span.clone());
                self.push(origin.span.start..end, "an [[ignore]] needs a `reason`", "no `reason` here")
                    .set_help("say why these findings are wrong or not worth a look, so the next reader knows");
            }
            Some((r, span)) if r.trim().is_empty() => {
                self.push(span.clone(), "the `reason` of an [[ignore]] must not be empty", "empty");
            }
            _ => {}
        }
        if rule.is_none() && t.get("key").is_none() && t.get("file").is_none() {
            let end = Self::file_line_end(origin.span.clone());
            self.push(
                origin.span.start..end,
                "an [[ignore]] needs `rule`, `key` or `file`",
                "this would ignore everything",
            );
        }
        if let Some((reason, _)) = reason {
            out.file.ignores.push(Ignore { rule: rule.map(|r| r.0), key, file, reason, origin });
        }
    }

    fn test(&mut self, t: &DeTable<'_>, origin: Origin, out: &mut Decoded) {
        self.check_keys(t, TEST_KEYS, "a [[test]]");
        let name = self.string(t, "name", Some((origin.span.clone(), "a [[test]]")));
        let rule = self.string(t, "rule", Some((origin.span.clone(), "a [[test]]")));
        if let Some((id, span)) = &rule {
            out.refs.push(RuleRef { id: id.clone(), span: span.clone() });
        }
        let mut articles = Vec::new();
        match t.get("articles").map(|v| (v, v.get_ref().as_array())) {
            Some((_, Some(items))) => {
                for (n, item) in items.iter().enumerate() {
                    let Some(a) = self.table(item, "articles entry") else { continue };
                    self.check_keys(a, ARTICLE_KEYS, "a test article");
                    let file = self.string(a, "file", None).map_or_else(|| format!("article-{}.txt", n + 1), |f| f.0);
                    if let Some((text, _)) = self.string(a, "text", Some((item.span(), "a test article"))) {
                        articles.push(TestArticle { file, text });
                    }
                }
            }
            Some((v, None)) => {
                self.push(v.span(), "`articles` must be a list of { file, text } tables", "not a list");
            }
            None => self.missing(origin.span.clone(), "articles", "a [[test]]"),
        }
        let mut expect = Vec::new();
        match t.get("expect").map(|v| (v, v.get_ref().as_array())) {
            Some((_, Some(items))) => {
                for item in items {
                    let Some(e) = self.table(item, "expect entry") else { continue };
                    self.check_keys(e, EXPECT_KEYS, "an expected finding");
                    let r = self.string(e, "rule", None);
                    if let Some((id, span)) = &r {
                        out.refs.push(RuleRef { id: id.clone(), span: span.clone() });
                    }
                    let severity = e
                        .get("severity")
                        .and_then(|v| self.choice_value(v, SEVERITIES, "a severity"))
                        .map(|s| severity(s.0));
                    let texts = self.str_list(e, "texts", true).into_iter().map(|s| s.0).collect();
                    if e.get("texts").is_none() {
                        self.missing(item.span(), "texts", "an expected finding");
                    }
                    let rule = r.map(|r| r.0).or_else(|| rule.as_ref().map(|r| r.0.clone())).unwrap_or_default();
                    expect.push(Expected { rule, severity, texts });
                }
            }
            Some((v, None)) => {
                self.push(
                    v.span(),
                    "`expect` must be a list of { texts } tables (empty: nothing may fire)",
                    "not a list",
                );
            }
            None => {
                self.missing(origin.span.clone(), "expect", "a [[test]]");
            }
        }
        if let (Some((name, _)), Some((rule, _))) = (name, rule) {
            out.file.tests.push(SelfTest { name, rule, articles, expect, origin });
        }
    }
}
