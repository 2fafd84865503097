//! role-conflict: one person given incompatible titles at the same time.
//!
//! Fires: "Chief Inspector Ana Ruiz" and "Superintendent Ana Ruiz" in
//! reports two days apart (one rank at a time); "Tomas Brandt, the
//! port's finance director" and "the port's operations director, Tomas
//! Brandt" in one week (two posts of one body); "Acting Chief Constable"
//! and "Chief Constable" (standing in is not holding the post); "deputy
//! harbour master" and "harbour master" (a deputy is not the head);
//! "housing minister" and "transport minister" on one day (two
//! portfolios); a chair and a chief executive of one body (two classes
//! not `held-with` each other); "chief engineer" at two named employers.
//!
//! Does not fire: a rank and a post ("Chief Inspector Ana Ruiz, head of
//! the dive team"); classes `held-with` each other; titles no role class
//! knows; a "former" title; a title held "also", or the pair joined by
//! "and" ("chair and chief executive" excuses the chair against a chief
//! executive, not against a finance director), or two classes one
//! article gives the person at once; posts of two different bodies. Reports more than a month apart,
//! or undated, or a title the words say is new ("who became …"): a change
//! over time, advice at most.
//!
//! Which titles conflict comes from the `[[role-class]]` tables of the
//! rules files (rules/roles.toml ships them).

use std::collections::{BTreeMap, BTreeSet};

use super::{CheckContext, Kind};
use crate::extract::Role;
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::rules::{RoleClass, RuleSet};

pub struct RoleConflict;

/// Two titles found together: the worst severity over the pairs, and the
/// roles involved (article, index in this person's list).
/// The two titles as first written come last, for the message.
type Conflict = (Severity, BTreeSet<(ArticleId, usize)>, (String, String));

/// A title as the role classes read it.
struct Post<'r> {
    class: &'r RoleClass,
    /// The title the class knows: "chief inspector" for "Detective Chief
    /// Inspector", "deputy medical director", "trade minister" for
    /// "minister for trade".
    canonical: String,
    /// "acting", "interim", "temporary": standing in for the post.
    acting: bool,
    /// "shadow", "opposition": the word that puts the post on the
    /// opposition's side ("shadow health minister", "leader of the
    /// opposition on the council"); the canonical title is without it.
    opposition: Option<String>,
    /// The emergency or armed services the title or its body names
    /// (`title-services`): "Fire Chief" is of the fire service, a bare
    /// "chief" of none.
    services: BTreeSet<String>,
}

impl Post<'_> {
    fn shown(&self) -> String {
        let title = match &self.opposition {
            Some(side) => format!("{side} {}", self.canonical),
            None => self.canonical.clone(),
        };
        if self.acting { format!("acting {title}") } else { title }
    }
}

/// Reads a title as a post of some role class: abbreviations spelt out
/// ("CFO"), an acting qualifier set aside, then the class that knows it.
/// `body_head` is the last word of the title's body, for the classes
/// that know a title only at a body of their kind ("president" of a
/// bureau).
fn read_post<'r>(rules: &'r RuleSet, title: &str, body_head: Option<&str>) -> Option<Post<'r>> {
    let abbreviations = rules.vocab.list("title-abbreviations");
    let acting_words = rules.vocab.list("acting-title-words");
    let opposition_words = rules.vocab.list("opposition-title-words");
    let spelt: Vec<String> = title
        .to_lowercase()
        .replace('-', " ")
        .split_whitespace()
        .map(|w| abbreviations.form(w).map_or_else(|| w.to_string(), str::to_string))
        .collect();
    let mut words: Vec<&str> = spelt.iter().flat_map(|w| w.split_whitespace()).collect();
    let (mut acting, mut opposition) = (false, None);
    loop {
        match words.first() {
            Some(w) if acting_words.has(w) => acting = true,
            Some(w) if opposition_words.has(w) => opposition = Some(w.trim_end_matches("'s").to_string()),
            _ => break,
        }
        words.remove(0);
    }
    let at_body = body_head.and_then(|h| rules.classify_title_at(&words.join(" "), h)).map(|c| (c.class, c.canonical));
    if let Some((class, canonical)) = at_body.or_else(|| classify(rules, &words)) {
        return Some(Post { class, canonical, acting, opposition, services: BTreeSet::new() });
    }
    // A title no class knows: the fallback class, which compares only a
    // post with its deputy ("deputy team leader", "team leader").
    let class = rules.fallback_class()?;
    (!words.is_empty()).then(|| Post {
        class,
        canonical: words.join(" "),
        acting,
        opposition,
        services: BTreeSet::new(),
    })
}

/// A role's post with the services its title and body name.
fn post_of<'r>(rules: &'r RuleSet, role: &Role) -> Option<Post<'r>> {
    // The body's head noun: "chamber" of "chamber of commerce".
    let body_head = role.body.as_deref().and_then(|b| b.split(" of ").next()?.split_whitespace().last());
    let mut post = read_post(rules, &role.title, body_head)?;
    let services = rules.vocab.list("title-services");
    let body = role.named_body.iter().chain(&role.body);
    let words = role.title.split_whitespace().chain(body.flat_map(|b| b.split_whitespace()));
    post.services = words
        .map(str::to_lowercase)
        .filter_map(|w| services.form(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')).map(str::to_string))
        .collect();
    Some(post)
}

/// Posts in two different services ("Fire Chief" and "Police Chief"),
/// neither a volunteer's: one person does not lead or serve in both on
/// one day. A title naming two services shares one with either.
fn other_services(rules: &RuleSet, (ra, pa): (&Role, &Post<'_>), (rb, pb): (&Role, &Post<'_>)) -> bool {
    !pa.services.is_empty()
        && !pb.services.is_empty()
        && pa.services.is_disjoint(&pb.services)
        && !volunteers(rules, ra)
        && !volunteers(rules, rb)
}

/// A volunteer's title ("Special Constable", "volunteer fire chief"):
/// held beside a post of any other kind.
fn volunteers(rules: &RuleSet, role: &Role) -> bool {
    let volunteer = rules.vocab.list("volunteer-title-words");
    role.title.split_whitespace().any(|w| volunteer.has(&w.to_lowercase()))
}

/// The opposition word a role's body opens with ("leader" of "the
/// opposition on the city council"): the post is the opposition's.
fn opposition_body(rules: &RuleSet, role: &Role) -> Option<String> {
    let first = role.body.as_deref()?.split_whitespace().next()?;
    rules.vocab.list("opposition-title-words").has(first).then(|| first.trim_end_matches("'s").to_string())
}

/// A fallback post's title without its deputy words, and whether it had
/// any: "deputy team leader" is ("team leader", true).
fn deputy_core<'p>(rules: &RuleSet, canonical: &'p str) -> (&'p str, bool) {
    let deputies = rules.vocab.list("deputy-title-words");
    let mut core = canonical;
    while let Some((first, rest)) = core.split_once(' ')
        && deputies.has(first)
    {
        core = rest;
    }
    (core, core.len() != canonical.len())
}

/// The class and canonical title of `words`: with a portfolio moved
/// before its head ("director of finance" is "finance director"), then
/// as written, then as a deputy of a known post ("deputy medical
/// director" is of the medical director's class, and not that post).
fn classify<'r>(rules: &'r RuleSet, words: &[&str]) -> Option<(&'r RoleClass, String)> {
    if words.is_empty() {
        return None;
    }
    // The portfolio first, so that "minister for fisheries" is the
    // fisheries minister, not a minister with a body after the title.
    if words.len() >= 3 && rules.vocab.list("portfolio-prepositions").has(words[1]) {
        let flipped = format!("{} {}", words[2..].join(" "), words[0]);
        if let Some(c) = rules.classify_title(&flipped) {
            return Some((c.class, c.canonical));
        }
    }
    if let Some(c) = rules.classify_title(&words.join(" ")) {
        return Some((c.class, c.canonical));
    }
    if words.len() >= 2 && rules.vocab.list("deputy-title-words").has(words[0]) {
        let (class, canonical) = classify(rules, &words[1..])?;
        return Some((class, format!("{} {canonical}", words[0])));
    }
    // Words before a known title are its body or the sentence's
    // ("Rovers chair", "school board vice chair", "we understand first
    // officer"): the shorter titles, longest first, a deputy word read
    // wherever the known title starts. A portfolio stays ("Housing
    // minister" is matched whole above): a dropped word may be it.
    (1..words.len().min(4)).find_map(|k| classify(rules, &words[k..]).filter(|(c, _)| !c.portfolios))
}

/// Whether two posts of one class are the same post: the same title, or,
/// in a class of portfolios, the same deputy words and a portfolio word
/// in common ("trade minister", "minister for trade and industry").
fn same_post(rules: &RuleSet, a: &Post<'_>, b: &Post<'_>) -> bool {
    if a.canonical == b.canonical {
        return true;
    }
    if !a.class.portfolios {
        return false;
    }
    let (heads, function, deputies) =
        (rules.vocab.list("role-heads"), rules.vocab.list("function-words"), rules.vocab.list("deputy-title-words"));
    let split = |t: &str| -> (BTreeSet<String>, BTreeSet<String>) {
        let deputy = t.split_whitespace().filter(|w| deputies.has(w)).map(str::to_string).collect();
        let portfolio = t
            .split_whitespace()
            .filter(|w| !deputies.has(w) && !heads.has(w) && !function.has(w))
            .map(str::to_string)
            .collect();
        (deputy, portfolio)
    };
    let ((da, pa), (db, pb)) = (split(&a.canonical), split(&b.canonical));
    da == db && !pa.is_disjoint(&pb)
}

/// How two titles of one person cannot both be right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Clash {
    /// Two posts one person cannot hold at once.
    Titles,
    /// One post, held in one report and stood in for in the other.
    Acting,
    /// One post at two different named bodies.
    Employers,
    /// One post held by the government's side in one report and by its
    /// opposition shadow in the other.
    Sides,
}

impl Kind for RoleConflict {
    const ID: &'static str = "role-conflict";
    const TUNING: &'static str = "- `[[role-class]]` says which titles exclude each other, which are held together (`held-with`), which follow each other (`succession`) and which name portfolios (`portfolios`).\n\
         - `[words] title-words`, `role-heads`, `past-title-words`, `new-title-words`, `acting-title-words`, `deputy-title-words`, `concurrent-title-words` and `title-abbreviations` say what reads as a title, a stand-in, a deputy and a change of post.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        // Every current title of every person, by the person's full name.
        // Only titles some role class knows can conflict; each is read once.
        let mut by_person: BTreeMap<String, Vec<(ArticleId, &Role, Post<'_>)>> = BTreeMap::new();
        for (a, claims) in ctx.claims.iter().enumerate() {
            let people = claims.people();
            for r in claims.roles.iter().filter(|r| !r.former) {
                let name = people.full_name(&r.person);
                if let Some(mut post) = post_of(ctx.rules, r)
                    && name.is_full()
                {
                    post.opposition = post.opposition.or_else(|| opposition_body(ctx.rules, r));
                    by_person.entry(name.key()).or_default().push((ArticleId(a), r, post));
                }
            }
        }
        let mut findings = Vec::new();
        for roles in by_person.values() {
            findings.extend(conflicts_of_one_person(ctx, roles));
        }
        findings
    }
}

/// The conflicts among one person's titles, one finding per pair of
/// titles.
fn conflicts_of_one_person(ctx: &CheckContext<'_>, roles: &[(ArticleId, &Role, Post<'_>)]) -> Vec<Finding> {
    // Posts of two classes that one article gives the person together
    // are held together ("the club's chair … its chief executive" in one
    // report): the article says so.
    let mut combined: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (i, (a, ra, pa)) in roles.iter().enumerate() {
        for (b, rb, pb) in roles.iter().skip(i + 1) {
            if a == b && pa.class.name != pb.class.name && !ra.changed && !rb.changed {
                combined.insert((&pa.class.name, &pb.class.name));
                combined.insert((&pb.class.name, &pa.class.name));
            }
        }
    }
    let mut conflicts: BTreeMap<(Clash, String, String), Conflict> = BTreeMap::new();
    for (i, (a, ra, pa)) in roles.iter().enumerate() {
        let (a, ra) = (*a, *ra);
        for (j, (b, rb, pb)) in roles.iter().enumerate().skip(i + 1) {
            let (b, rb) = (*b, *rb);
            let texts = [&*ctx.articles[a.0].text, &*ctx.articles[b.0].text];
            let Some(clash) = clash(ctx.rules, (ra, pa), (rb, pb), &combined, texts) else {
                continue;
            };
            // Two sides of one proceeding in one story are one hearing's,
            // months apart.
            let one_hearing = (pa.class.one_proceeding || pb.class.one_proceeding)
                && ctx.days_apart(a, b).is_some_and(|d| d <= ONE_PROCEEDING_DAYS);
            let severity = if (one_hearing || same_time(ctx, (a, ra), (b, rb))) && !ra.changed && !rb.changed {
                Severity::Error
            } else {
                Severity::Advice
            };
            let (sa, sb) = match clash {
                Clash::Employers => (
                    format!("{} at {}", pa.shown(), ra.named_body.as_deref().unwrap_or_default()),
                    format!("{} at {}", pb.shown(), rb.named_body.as_deref().unwrap_or_default()),
                ),
                _ => (pa.shown(), pb.shown()),
            };
            // The message says the titles as written ("Pro-Vice-Chancellor",
            // "director of finance"); a pair is one finding however written.
            let written = |r: &Role| match (clash, &r.named_body) {
                (Clash::Employers, Some(body)) => format!("{} at {body}", r.title),
                _ => r.title.clone(),
            };
            let (wa, wb) = (written(ra), written(rb));
            let (key, shown) = if sa <= sb { ((clash, sa, sb), (wa, wb)) } else { ((clash, sb, sa), (wb, wa)) };
            let entry = conflicts.entry(key).or_insert((severity, BTreeSet::new(), shown));
            entry.0 = entry.0.min(severity);
            entry.1.insert((a, i));
            entry.1.insert((b, j));
        }
    }
    let mut findings = Vec::new();
    for ((clash, ..), (severity, members, (t1, t2))) in conflicts {
        let labels: Vec<Label> = members
            .iter()
            .map(|&(a, i)| Label {
                article: a,
                span: roles[i].1.span,
                caption: format!("'{}'", roles[i].1.span.of(&ctx.articles[a.0].text)),
            })
            .collect();
        let person = ctx.claims[roles[0].0.0].full_name(&roles[0].1.person);
        let help = if severity == Severity::Error {
            match clash {
                Clash::Titles => {
                    "both titles are given for the same time, and one person holds only one of them at once"
                }
                Clash::Acting => {
                    "one report has the person holding the post, the other standing in for it, at the same time"
                }
                Clash::Employers => "the same post is given at two different bodies for the same time",
                Clash::Sides => {
                    "one report gives the post itself, the other the opposition's counterpart of it, at the same time"
                }
            }
        } else {
            "the reports are far apart, undated, or say the title changed: probably a change over time"
        };
        let message = match clash {
            Clash::Employers => format!("{person} is given one title at two employers: {t1} and {t2}"),
            _ => format!("{person} is given two titles: {t1} and {t2}"),
        };
        findings.push(Finding {
            rule: String::new(),
            kind: RoleConflict::FINDING,
            severity,
            message,
            help: Some(help.to_string()),
            labels,
        });
    }
    findings
}

/// Whether two titles of one person cannot both hold, and how.
fn clash(
    rules: &RuleSet,
    (ra, pa): (&Role, &Post<'_>),
    (rb, pb): (&Role, &Post<'_>),
    combined: &BTreeSet<(&str, &str)>,
    texts: [&str; 2],
) -> Option<Clash> {
    // "who is also …": held alongside every other title.
    if ra.also || rb.also {
        return None;
    }
    // "chair and chief executive": those two are held together, and only
    // those two.
    if joined_to(rules, ra, pb) || joined_to(rules, rb, pa) {
        return None;
    }
    let (ca, cb) = (pa.class, pb.class);
    if other_services(rules, (ra, pa), (rb, pb)) && !combined.contains(&(ca.name.as_str(), cb.name.as_str())) {
        return Some(Clash::Titles);
    }
    // "health minister" and "shadow health minister", "leader of the
    // council" and "leader of the opposition on the council": one post
    // and its opposition counterpart.
    if pa.opposition.is_some() != pb.opposition.is_some()
        && ca.name == cb.name
        && same_post(rules, pa, pb)
        && same_body(rules, ra, rb)
    {
        return Some(Clash::Sides);
    }
    let per_body = ca.per_body || cb.per_body;
    // A deputy standing in ("acting X") for the post it is deputy to
    // ("deputy X") is what deputies do.
    let deputy_of = |d: &Post<'_>, h: &Post<'_>| {
        h.acting && !d.acting && deputy_core(rules, &d.canonical) == (h.canonical.as_str(), true)
    };
    if deputy_of(pa, pb) || deputy_of(pb, pa) {
        return None;
    }
    // "president of the farm bureau" and "the bureau's executive
    // director": a presiding post and its own body's executive head. A
    // class that lists the classes it clashes with clashes with no other.
    if ca.name != cb.name && (!ca.clashes_with.is_empty() || !cb.clashes_with.is_empty()) {
        let listed = ca.clashes_with.contains(&cb.name) || cb.clashes_with.contains(&ca.name);
        let excused =
            combined.contains(&(ca.name.as_str(), cb.name.as_str())) || volunteers(rules, ra) || volunteers(rules, rb);
        return (listed && !excused && same_body(rules, ra, rb)).then_some(Clash::Titles);
    }
    // "Detective Inspector X" and "the museum's head of security, X": a
    // service rank and a post at a civilian employer.
    if (serves_elsewhere(rules, (ra, pa), (rb, pb)) || serves_elsewhere(rules, (rb, pb), (ra, pa)))
        && !combined.contains(&(pa.class.name.as_str(), pb.class.name.as_str()))
    {
        return Some(Clash::Titles);
    }
    if ca.fallback || cb.fallback {
        // Titles no class knows: only a post and its own deputy clash.
        if ca.name != cb.name || pa.acting || pb.acting {
            return None;
        }
        let ((core_a, dep_a), (core_b, dep_b)) = (deputy_core(rules, &pa.canonical), deputy_core(rules, &pb.canonical));
        return (core_a == core_b && dep_a != dep_b && same_body(rules, ra, rb)).then_some(Clash::Titles);
    }
    if ca.name == cb.name {
        if !ca.exclusive {
            return None;
        }
        if same_post(rules, pa, pb) {
            return if pa.acting != pb.acting && (!per_body || same_body(rules, ra, rb)) {
                Some(Clash::Acting)
            } else if per_body
                && pa.acting == pb.acting
                && !ca.held_with.contains(&ca.name)
                && different_employers(rules, ra, rb)
                && !one_name(texts, ra, rb)
            {
                Some(Clash::Employers)
            } else {
                None
            };
        }
        // "staff nurse" and "midwife": grades and specialities of one
        // discipline.
        if ca.compatible_within {
            return None;
        }
        return (!per_body || same_body(rules, ra, rb)).then_some(Clash::Titles);
    }
    let held_together = ca.held_with.contains(&cb.name) || cb.held_with.contains(&ca.name);
    if held_together
        || volunteers(rules, ra)
        || volunteers(rules, rb)
        || !ca.exclusive
        || !cb.exclusive
        || combined.contains(&(ca.name.as_str(), cb.name.as_str()))
    {
        return None;
    }
    (!per_body || same_body(rules, ra, rb)).then_some(Clash::Titles)
}

/// Whether `rank` is a title of a service (a class with `employer-words`)
/// and `other` a post at a civilian employer (its body's head word in
/// `civilian-employer-words`) whose words do not name the service ("head
/// of policing at the airport" is the service's own post). A volunteer's
/// rank ("Special Constable") is held beside a day job.
fn serves_elsewhere(rules: &RuleSet, (rr, rank): (&Role, &Post<'_>), (ro, other): (&Role, &Post<'_>)) -> bool {
    let service = &rank.class.employer_words;
    if service.is_empty() || !other.class.employer_words.is_empty() || other.class.name == rank.class.name {
        return false;
    }
    if volunteers(rules, rr) {
        return false;
    }
    let Some(body) = ro.named_body.as_deref().or(ro.body.as_deref()) else {
        return false;
    };
    let civilian = rules.vocab.list("civilian-employer-words");
    let words = || ro.title.split_whitespace().chain(body.split_whitespace()).map(str::to_lowercase);
    body.split_whitespace().last().is_some_and(|h| civilian.has(h))
        && !words().any(|w| service.iter().any(|s| w.starts_with(s.as_str())))
}

/// Whether `post` is the title `role` is joined to by "and" ("chief
/// executive" of "chair and chief executive").
fn joined_to(rules: &RuleSet, role: &Role, post: &Post<'_>) -> bool {
    role.partner
        .as_deref()
        .and_then(|t| read_post(rules, t, None))
        .is_some_and(|p| p.class.name == post.class.name && same_post(rules, &p, post))
}

/// How far apart two reports of one story may be and still speak of one
/// proceeding's sides (a trial runs for weeks; its reports span months).
const ONE_PROCEEDING_DAYS: i64 = 183;

/// Whether two titles are dated to the same time: the sentence's own
/// year when it gives one, else the reports' dates.
fn same_time(ctx: &CheckContext<'_>, (a, ra): (ArticleId, &Role), (b, rb): (ArticleId, &Role)) -> bool {
    match (ra.year, rb.year) {
        (Some(x), Some(y)) => x == y && ctx.same_time(a, b),
        (Some(y), None) | (None, Some(y)) => {
            let other = if ra.year.is_some() { b } else { a };
            ctx.articles[other.0].meta.published.is_some_and(|d| d.year() == y) && ctx.same_time(a, b)
        }
        (None, None) => ctx.same_time(a, b),
    }
}

/// Whether two posts are at one institution: no body given for one of
/// them, a body named by a common noun only ("the firm"), or bodies that
/// agree. A body that is a part of another (the
/// board's review group, the board's audit committee) is not it.
fn same_body(rules: &RuleSet, a: &Role, b: &Role) -> bool {
    if different_employers(rules, a, b) {
        return false;
    }
    let (Some(x), Some(y)) = (&a.body, &b.body) else {
        return true;
    };
    let (hx, hy) = (x.split_whitespace().last(), y.split_whitespace().last());
    if hx == hy {
        return true;
    }
    let parts = rules.vocab.list("body-part-words");
    if hx.is_some_and(|h| parts.has(h)) || hy.is_some_and(|h| parts.has(h)) {
        return false;
    }
    // "the firm" may be any firm, Kestrel Dynamics among them.
    a.named_body.is_none() || b.named_body.is_none() || bodies_agree(rules, x, y)
}

/// Whether both titles name their body and the names differ ("chief
/// engineer at Kestrel Dynamics" / "Marlow Port's chief engineer").
fn different_employers(rules: &RuleSet, a: &Role, b: &Role) -> bool {
    match (&a.named_body, &b.named_body) {
        (Some(x), Some(y)) => !bodies_agree(rules, x, y),
        _ => false,
    }
}

/// Whether the two named bodies are parts of one name an article writes
/// whole ("Marlow" and "Rovers" of "Marlow Rovers").
fn one_name(texts: [&str; 2], a: &Role, b: &Role) -> bool {
    let (Some(x), Some(y)) = (&a.named_body, &b.named_body) else {
        return false;
    };
    let (xy, yx) = (format!("{x} {y}"), format!("{y} {x}"));
    texts.iter().any(|t| {
        let t = t.to_lowercase();
        t.contains(&xy) || t.contains(&yx)
    })
}

/// Whether two bodies' words can name one institution: a word in common
/// (not a function word), one the initials of the other ("MSA",
/// "Marlow Space Agency"), or the same letters written together and apart.
fn bodies_agree(rules: &RuleSet, x: &str, y: &str) -> bool {
    let function = rules.vocab.list("function-words");
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace().filter(|w| !function.has(w)).map(|w| w.trim_matches('\'').to_string()).collect()
    };
    let (wx, wy) = (words(x), words(y));
    // "SeaMicro" and "Sea Micro": one name written together and apart.
    let letters = |w: &[String]| -> String { w.concat().chars().filter(|c| c.is_alphanumeric()).collect() };
    if !wx.is_empty() && letters(&wx) == letters(&wy) {
        return true;
    }
    let initials = |w: &[String]| -> String { w.iter().filter_map(|w| w.chars().next()).collect() };
    wx.iter().any(|w| wy.contains(w))
        || (wx.len() == 1 && wy.len() > 1 && wx[0] == initials(&wy))
        || (wy.len() == 1 && wx.len() > 1 && wy[0] == initials(&wx))
}
