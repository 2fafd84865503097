//! Prints the claims factlint reads from articles:
//! `cargo run --example claims -- FILE...`. A tool for reading what the
//! extractors see when a finding is missing or wrong: figures with their
//! keys, sums, ages, dated events, people, roles and quotes.

use factlint::extract::extract_with;
use factlint::load::load_file;
use factlint::segment::segment;
use factlint::vocab::Vocabulary;

fn main() {
    for file in std::env::args().skip(1) {
        let article = match load_file(&file) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{}: {}", e.file, e.message);
                continue;
            }
        };
        let segments = segment(&article.text, &article.meta, Vocabulary::shipped());
        let claims = extract_with(&article, &segments, factlint::shipped_rules());
        println!("== {file}");
        // Figures with the keys they are grouped by: two figures are
        // compared only when unit, rate and one of thing, predicate, lead
        // or subject agree (src/index.rs), and their scopes are compatible.
        for f in &claims.figures {
            println!(
                "figure {:?} = {} {:?}{} thing {:?} predicate {:?} lead {:?} subject {:?} scope {:?}{}",
                f.span.of(&article.text),
                f.value,
                f.unit,
                f.rate.map(|p| format!(" per {}", p.name())).unwrap_or_default(),
                f.thing,
                f.predicate,
                f.lead,
                f.subject,
                f.scope,
                if f.running_count { " running count" } else { "" }
            );
        }
        for s in &claims.sums {
            let parts: Vec<&str> = s.parts.iter().map(|p| p.span.of(&article.text)).collect();
            println!("sum {:?} = {}", s.total.span.of(&article.text), parts.join(" + "));
        }
        for a in &claims.ages {
            println!("age {:?} {:?} {}", a.span.of(&article.text), a.person, a.years);
        }
        for d in &claims.dates {
            println!("event {} {:?} on {:?}", d.verb, d.words, d.span.of(&article.text));
        }
        for m in &claims.mentions {
            println!(
                "person {:?} as {} ({:?}, age {:?})",
                m.span.of(&article.text),
                claims.full_name(&m.name),
                m.evidence,
                m.age
            );
        }
        for r in &claims.roles {
            println!(
                "role {} = {:?} body {:?}{}{}",
                claims.full_name(&r.person),
                r.title,
                r.body,
                if r.former { " former" } else { "" },
                if r.changed { " changed" } else { "" }
            );
        }
        for q in &claims.quotes {
            let who = q.speaker.describe().unwrap_or_else(|| q.speaker.words.join(" "));
            let text: String = q.span.of(&article.text).chars().take(70).collect();
            println!("quote [{who}]{} {text:?}", if q.headline { " headline" } else { "" });
        }
    }
}
