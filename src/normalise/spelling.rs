//! British and American spellings of one word meet on one key
//! ("organise"/"organize", "colour"/"color", "centre"/"center",
//! "defence"/"defense", "travelled"/"traveled"), so that a quote respelt
//! by a house style is not reported as changed. Rules files decide
//! whether this applies (a publication may want to know).
//!
//! The rewrite only has to send both spellings to the same key; the key
//! need not be a word.

pub fn spelling_key(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ogue", "og"),
        ("fence", "fense"),
        ("cence", "cense"),
        // "travelled", "cancelling", but not "filled" (a word of its own
        // beside "filed").
        ("elled", "eled"),
        ("elling", "eling"),
    ] {
        if w.len() >= from.len() + 2 && w.ends_with(from) {
            w.truncate(w.len() - from.len());
            w.push_str(to);
            break;
        }
    }
    if w.len() > 5 && w.ends_with("ise") {
        w.truncate(w.len() - 3);
        w.push_str("ize");
    }
    // "colour", "behaviours", "neighbourhood", but never "hour", "four",
    // "your" (too short a stem) or "fourth" (not a suffix after "our").
    const AFTER_OUR: &[&str] = &[
        "", "s", "ed", "ing", "ite", "ites", "able", "ably", "hood", "hoods", "less", "ful", "ly", "er", "ers", "ism",
        "ist", "ists",
    ];
    if let Some(at) = w.rfind("our")
        && at >= 3
        && AFTER_OUR.contains(&&w[at + 3..])
    {
        w = format!("{}or{}", &w[..at], &w[at + 3..]);
    }
    // "centre", "metres", "theatre": a consonant, then "re".
    for ending in ["tre", "tres", "bre", "bres"] {
        if w.len() > 4 && w.ends_with(ending) {
            let stem = w.len() - ending.len();
            w = format!("{}{}er{}", &w[..stem], &ending[..1], &ending[3..]);
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::spelling_key;

    #[test]
    fn pairs_meet() {
        for (a, b) in [
            ("organise", "organize"),
            ("organisation", "organization"),
            ("colour", "color"),
            ("behaviours", "behaviors"),
            ("centre", "center"),
            ("metres", "meters"),
            ("defence", "defense"),
            ("travelled", "traveled"),
            ("analyse", "analyze"),
            ("catalogue", "catalog"),
            ("neighbourhood", "neighborhood"),
            ("favourites", "favorites"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn short_words_stay() {
        for (a, b) in [("hour", "hor"), ("four", "for"), ("your", "yor"), ("tour", "tor"), ("fourth", "forth")] {
            assert_ne!(spelling_key(a), spelling_key(b));
        }
    }
}
