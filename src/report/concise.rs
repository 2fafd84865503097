//! One line per label, `path:line:col: severity[rule] message`: the form
//! editors (quickfix lists), terminals (clickable) and grep understand.
//! Inputs not checked come first as `path: error[input] not checked: why`;
//! the summary line ends the output.

use super::{Report, label_text, place};

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for e in &report.errors {
        out.push_str(&format!("{}: error[input] not checked: {}\n", e.file, one_line(&e.message)));
    }
    for f in &report.findings {
        let message = one_line(&f.message);
        for l in &f.labels {
            let at = place(report, l);
            out.push_str(&format!(
                "{}:{}:{}: {}[{}] {} ({})\n",
                at.article.file,
                at.line,
                at.column,
                f.severity,
                f.rule,
                message,
                one_line(&label_text(at.article, &l.caption))
            ));
        }
    }
    out.push_str(&report.summary_line());
    out.push('\n');
    out
}

/// A message on one line, whatever it holds.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
