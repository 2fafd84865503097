//! Role classes: which titles can be held together, read from a rules
//! file (rules/role-classes.toml), never decided in code.

use regex::Regex;
use serde::Deserialize;

/// How many titles of one class a person holds at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exclusive {
    /// One at a time: a rank.
    One,
    /// One per institution at a time: a company's posts.
    PerBody,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClass {
    name: String,
    exclusive: Exclusive,
    #[serde(default)]
    ignore_words: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    role_class: Vec<RawClass>,
}

#[derive(Debug)]
pub struct RoleClass {
    pub name: String,
    pub exclusive: Exclusive,
    ignore_words: Vec<String>,
    /// Longest first, so "chief inspector" wins over "inspector".
    titles: Vec<String>,
    patterns: Vec<Regex>,
}

#[derive(Debug)]
pub struct RoleClasses {
    classes: Vec<RoleClass>,
}

/// A title as a class reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassifiedTitle<'a> {
    pub class: &'a RoleClass,
    /// The title the class knows ("chief inspector" for "detective chief
    /// inspector for the south").
    pub canonical: String,
}

const SHIPPED: &str = include_str!("../../rules/role-classes.toml");

impl RoleClasses {
    /// The role classes shipped in rules/role-classes.toml.
    pub fn shipped() -> RoleClasses {
        RoleClasses::parse(SHIPPED).expect("the shipped role classes parse")
    }

    pub fn parse(toml_text: &str) -> Result<RoleClasses, String> {
        let raw: RawFile = toml::from_str(toml_text).map_err(|e| e.to_string())?;
        let mut classes = Vec::new();
        for c in raw.role_class {
            let mut titles = c.titles;
            titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
            let patterns = c
                .patterns
                .iter()
                .map(|p| regex::RegexBuilder::new(p).size_limit(1 << 20).build().map_err(|e| format!("{}: {e}", c.name)))
                .collect::<Result<Vec<_>, _>>()?;
            classes.push(RoleClass { name: c.name, exclusive: c.exclusive, ignore_words: c.ignore_words, titles, patterns });
        }
        Ok(RoleClasses { classes })
    }

    /// The class that knows a title, if any.
    pub fn classify(&self, title: &str) -> Option<ClassifiedTitle<'_>> {
        for class in &self.classes {
            let words: Vec<&str> =
                title.split_whitespace().filter(|w| !class.ignore_words.iter().any(|i| i == w)).collect();
            let cleaned = words.join(" ");
            if cleaned.is_empty() {
                continue;
            }
            for t in &class.titles {
                let starts = cleaned == *t || cleaned.starts_with(&format!("{t} "));
                if starts {
                    return Some(ClassifiedTitle { class, canonical: t.clone() });
                }
            }
            if class.patterns.iter().any(|p| p.is_match(&cleaned)) {
                return Some(ClassifiedTitle { class, canonical: cleaned });
            }
        }
        None
    }
}

impl PartialEq for RoleClass {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for RoleClass {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_and_posts() {
        let rc = RoleClasses::shipped();
        let c = rc.classify("detective chief inspector").unwrap();
        assert_eq!((c.class.name.as_str(), c.canonical.as_str()), ("police-rank", "chief inspector"));
        assert_eq!(rc.classify("assistant commissioner for harbour operations").unwrap().canonical, "assistant commissioner");
        assert_eq!(rc.classify("finance director").unwrap().class.name, "executive-post");
        assert_eq!(rc.classify("chief operating officer").unwrap().class.name, "executive-post");
        assert!(rc.classify("head").is_none());
        assert!(rc.classify("spokesman").is_none());
    }
}
