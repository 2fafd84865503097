//! Prints the people, roles and quotes factlint reads from articles:
//! `cargo run --example claims -- FILE...`. A tool for reading what the
//! extractors see when a finding is missing or wrong.

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
