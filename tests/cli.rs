#![cfg(feature = "cli")]
//! Integration tests of the `declutter` command-line tool: runs the built
//! binary on the bundled samples and on small datasets written to a temporary
//! directory, and checks its output and its errors.

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_declutter");
const LABELS: [&str; 4] = ["body", "caption", "ad", "code"];
const SEED_TEXT: &str = "tests/text/nypost-budapest.txt";
const SEED_LABELS: &str = "tests/text/nypost-budapest.labels.jsonl";
const SAMPLE_HTML: &str = "www/samples/article.html";
const SAMPLE_HEADLINE: &str = "Kettle Cove’s solar ferry makes its first crossing, quietly";

/// A path inside the crate, whatever the working directory.
fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Runs the CLI with `args`, feeding it `stdin` (empty input if `None`).
fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start the declutter binary");
    let mut child_stdin = child.stdin.take().expect("stdin is piped");
    let input = stdin.unwrap_or_default().to_owned();
    // A thread, so a large input cannot deadlock against unread output.
    let writer = std::thread::spawn(move || child_stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("cannot wait for declutter");
    writer
        .join()
        .expect("stdin writer panicked")
        .expect("cannot write to declutter's stdin");
    output
}

/// Runs the CLI and returns its stdout, failing the test if it did not succeed.
fn run_ok(args: &[&str], stdin: Option<&str>) -> String {
    let out = run(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "declutter {args:?} failed with {}; stderr:\n{stderr}",
        out.status
    );
    assert!(
        stderr.is_empty(),
        "declutter {args:?} succeeded but wrote to stderr:\n{stderr}"
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Asserts that the CLI fails with exactly one `declutter: error:` line on
/// stderr, nothing on stdout and no panic; returns that line.
fn assert_error(args: &[&str], stdin: Option<&str>) -> String {
    let out = run(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !out.status.success(),
        "declutter {args:?} should fail but exited with {}; stdout:\n{stdout}",
        out.status
    );
    assert!(
        out.status.code().is_some(),
        "declutter {args:?} was killed by a signal ({}); stderr:\n{stderr}",
        out.status
    );
    assert!(
        !stderr.contains("panicked"),
        "declutter {args:?} panicked:\n{stderr}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "declutter {args:?} should print exactly one error line; stderr:\n{stderr}"
    );
    assert!(
        lines[0].starts_with("declutter: error:"),
        "declutter {args:?}: error line lacks the `declutter: error:` prefix: {}",
        lines[0]
    );
    assert!(
        stdout.is_empty(),
        "declutter {args:?} failed but wrote to stdout:\n{stdout}"
    );
    lines[0].to_owned()
}

/// A fresh, empty directory under Cargo's temporary directory for tests;
/// removed again when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("cannot create a temporary directory");
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("temporary path is UTF-8")
    }

    fn write(&self, name: &str, contents: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("cannot write a temporary file");
        path.to_str().expect("temporary path is UTF-8").to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Two news-like pages and their article bodies, in the benchmark layout
/// `ground-truth.json` + `html/<id>.html.gz`.
const PAGES: [(&str, &str, &str); 2] = [
    (
        "harbor",
        "Harbor ferry goes electric",
        "The town's new ferry runs on batteries charged by solar panels on the terminal roof. \
         It replaces a diesel boat that served the island for thirty-eight years and often broke down. \
         Residents say the crossing is now so quiet that they can talk to each other on deck.",
    ),
    (
        "library",
        "Library reopens after flood repairs",
        "The public library reopened on Monday after eight months of repairs to its flooded basement. \
         Volunteers carried more than twelve thousand books back to the shelves over the weekend. \
         The children's reading room, which was damaged the worst, now sits on the second floor.",
    ),
];

fn page_html(headline: &str, body: &str) -> String {
    let paragraphs: String = body
        .split(". ")
        .map(|p| format!("<p>{}</p>\n", p.trim_end_matches('.').to_owned() + "."))
        .collect();
    format!(
        "<!doctype html><html><head><title>{headline}</title>\
         <style>.nav{{display:flex}} .ad{{color:red}}</style></head><body>\n\
         <nav class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li>\
         <li><a href=\"/sports\">Sports</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>\n\
         <main><article><h1>{headline}</h1>\n{paragraphs}</article></main>\n\
         <aside class=\"ad\"><p>Advertisement</p><a href=\"/subscribe\">Subscribe now</a></aside>\n\
         <footer><a href=\"/about\">About us</a> <a href=\"/privacy\">Privacy policy</a></footer>\n\
         </body></html>"
    )
}

fn write_dataset(dir: &TempDir) {
    let truth: serde_json::Map<String, Value> = PAGES
        .iter()
        .map(|(id, headline, body)| {
            (
                id.to_string(),
                json!({ "articleBody": format!("{headline}\n{body}") }),
            )
        })
        .collect();
    dir.write("ground-truth.json", &Value::Object(truth).to_string());
    std::fs::create_dir_all(dir.path().join("html")).expect("cannot create html/");
    for (id, headline, body) in PAGES {
        let file = std::fs::File::create(dir.path().join(format!("html/{id}.html.gz")))
            .expect("cannot create a page");
        let mut gz = GzEncoder::new(file, Compression::default());
        gz.write_all(page_html(headline, body).as_bytes())
            .expect("cannot write a page");
        gz.finish().expect("cannot finish a page");
    }
}

/// Parses `F1 X precision X recall X pages N` into (f1, precision, recall, pages),
/// checking that each score has three decimals and lies in [0, 1].
fn parse_score_line(line: &str) -> (f64, f64, f64, usize) {
    let words: Vec<&str> = line.split(' ').collect();
    let ["F1", f1, "precision", precision, "recall", recall, "pages", pages] = words[..] else {
        panic!("not a score line `F1 X precision X recall X pages N`: {line:?}");
    };
    let score = |s: &str| -> f64 {
        let three_decimals = s.len() == 5
            && s.as_bytes()[1] == b'.'
            && s.chars().filter(|c| c.is_ascii_digit()).count() == 4;
        assert!(three_decimals, "score {s:?} is not X.XXX in {line:?}");
        let v: f64 = s.parse().expect("score is a number");
        assert!(
            (0.0..=1.0).contains(&v),
            "score {v} out of [0, 1] in {line:?}"
        );
        v
    };
    let pages = pages
        .parse()
        .unwrap_or_else(|_| panic!("page count is not a number in {line:?}"));
    (score(f1), score(precision), score(recall), pages)
}

fn last_line(stdout: &str) -> &str {
    stdout.lines().last().unwrap_or_default()
}

// ---------------------------------------------------------------------------
// text

#[test]
fn text_prints_one_line_per_block() {
    let out = run_ok(&["text", SEED_TEXT], None);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 29, "the seed text has 29 blocks:\n{out}");
    for line in &lines {
        let label = line.split_whitespace().next().unwrap_or_default();
        assert!(
            LABELS.contains(&label),
            "line does not start with a label: {line:?}"
        );
    }
}

#[test]
fn text_json_from_stdin() {
    let text = std::fs::read_to_string(repo_path(SEED_TEXT)).expect("seed text");
    let out = run_ok(&["text", "--json", "-"], Some(&text));
    let blocks: Vec<Value> = serde_json::from_str(&out).expect("stdout is a JSON array");
    assert_eq!(blocks.len(), 29, "the seed text has 29 blocks");
    for b in &blocks {
        assert!(
            b["text"].as_str().is_some_and(|t| !t.is_empty()),
            "block without text: {b}"
        );
        assert!(
            LABELS.contains(&b["label"].as_str().unwrap_or_default()),
            "block without a valid label: {b}"
        );
        let confidence = b["confidence"].as_f64().expect("confidence is a number");
        assert!(
            (0.0..=1.0).contains(&confidence),
            "confidence out of [0, 1]: {b}"
        );
        assert!(
            b["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "block without a reason: {b}"
        );
    }
    // Same blocks as when reading the file itself.
    let from_file = run_ok(&["text", SEED_TEXT, "--json"], None);
    assert_eq!(out, from_file, "stdin and file input disagree");
}

#[test]
fn eval_text_pools_several_files() {
    let scrape = "tests/text/scrapes/obit-teacher.labels.jsonl";
    let blocks_of = |out: &str| {
        last_line(out)
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no block count in {out}"))
    };
    let seed = blocks_of(&run_ok(&["eval-text", SEED_LABELS], None));
    let one = blocks_of(&run_ok(&["eval-text", scrape], None));
    let both = blocks_of(&run_ok(&["eval-text", SEED_LABELS, scrape], None));
    assert_eq!((seed, both), (29, 29 + one));
}

#[test]
fn eval_text_classifies_the_seed_perfectly() {
    let out = run_ok(&["eval-text", SEED_LABELS], None);
    let line = last_line(&out);
    let words: Vec<&str> = line.split(' ').collect();
    let ["macro-F1", macro_f1, "accuracy", accuracy, "blocks", blocks] = words[..] else {
        panic!("last line is not `macro-F1 X.XXX accuracy X.XXX blocks N`: {line:?}\n{out}");
    };
    for v in [macro_f1, accuracy] {
        assert!(
            v.len() == 5 && v.parse::<f64>().is_ok_and(|x| (0.0..=1.0).contains(&x)),
            "{v:?} is not X.XXX in {line:?}"
        );
    }
    assert_eq!(blocks, "29", "{line:?}");
    assert_eq!(
        accuracy, "1.000",
        "the seed should be classified 29/29:\n{out}"
    );
}

// ---------------------------------------------------------------------------
// html

#[test]
fn html_prints_the_visible_text() {
    let out = run_ok(&["html", SAMPLE_HTML], None);
    assert!(
        out.contains(SAMPLE_HEADLINE),
        "headline missing from the output:\n{out}"
    );
    assert!(!out.contains('{'), "CSS leaked into the output:\n{out}");
    assert!(
        !out.contains("Accept all cookies"),
        "the cookie banner should be hidden:\n{out}"
    );
}

#[test]
fn html_labels_prints_one_line_per_block() {
    let out = run_ok(&["html", "--labels", SAMPLE_HTML], None);
    let html = std::fs::read_to_string(repo_path(SAMPLE_HTML)).expect("sample page");
    let page = declutter::dom::html::Page::parse(&html).declutter(&declutter::Options::default());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        page.blocks.len(),
        "expected one line per block:\n{out}"
    );
    for (line, verdict) in lines.iter().zip(&page.verdicts) {
        let label = line.split_whitespace().next().unwrap_or_default();
        assert_eq!(label, verdict.label.as_str(), "line {line:?}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("body") && l.contains(SAMPLE_HEADLINE)),
        "the headline should be labelled body:\n{out}"
    );
}

#[test]
fn html_from_stdin_matches_file() {
    let html = std::fs::read_to_string(repo_path(SAMPLE_HTML)).expect("sample page");
    assert_eq!(
        run_ok(&["html"], Some(&html)),
        run_ok(&["html", SAMPLE_HTML], None)
    );
}

// ---------------------------------------------------------------------------
// eval

#[test]
fn eval_scores_a_dataset() {
    let dir = TempDir::new("eval");
    write_dataset(&dir);
    let out = run_ok(&["eval", dir.arg()], None);
    let (f1, precision, recall, pages) = parse_score_line(last_line(&out));
    assert_eq!(pages, 2, "{out}");
    assert!(
        f1 > 0.5 && precision > 0.5 && recall > 0.5,
        "the article bodies should mostly be found:\n{out}"
    );
}

#[test]
fn derive_text_labels_blocks_from_markup_and_truth() {
    let dir = TempDir::new("derive");
    write_dataset(&dir);
    let out_file = dir.path().join("derived.jsonl");
    let out = run_ok(
        &[
            "derive-text",
            dir.arg(),
            out_file.to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert!(out.starts_with("2 documents:"), "{out}");
    let derived = std::fs::read_to_string(&out_file).expect("derived file written");
    let docs: Vec<Value> = derived
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON document per line"))
        .collect();
    assert_eq!(docs.len(), 2);
    for doc in &docs {
        let blocks = doc["blocks"].as_array().expect("blocks");
        let label_of = |needle: &str| {
            blocks
                .iter()
                .find(|b| b["text"].as_str().unwrap_or_default().contains(needle))
                .and_then(|b| b["label"].as_str())
                .map(str::to_string)
        };
        assert_eq!(label_of("Home").as_deref(), Some("ad"), "{doc}");
        assert_eq!(label_of("Advertisement").as_deref(), Some("ad"), "{doc}");
        assert_eq!(doc["lang"], "en");
        assert!(
            blocks.iter().any(|b| b["label"] == "body"),
            "the article's paragraphs are body: {doc}"
        );
    }
    // The derived documents are labeled text that eval-text reads.
    let report = run_ok(&["eval-text", out_file.to_str().expect("utf-8 path")], None);
    assert!(last_line(&report).starts_with("macro-F1 "), "{report}");
}

#[test]
fn eval_per_page_and_json_output() {
    let dir = TempDir::new("eval-json");
    write_dataset(&dir);
    let json_out = dir.path().join("predictions.json");
    let json_arg = json_out.to_str().expect("UTF-8 path");
    let out = run_ok(&["eval", dir.arg(), "--per-page", "--json", json_arg], None);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "two per-page lines and the total:\n{out}");
    for (id, ..) in PAGES {
        assert!(
            lines[..2].iter().any(|l| l.ends_with(id)),
            "no line for page {id}:\n{out}"
        );
    }
    // The written predictions score the same as the run that wrote them.
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_out).expect("--json file written"))
            .expect("--json file is JSON");
    for (id, ..) in PAGES {
        assert!(
            written["output"][id]["articleBody"].is_string(),
            "no articleBody for {id} in {written}"
        );
    }
    let rescored = run_ok(&["eval", dir.arg(), "--predictions", json_arg], None);
    assert_eq!(last_line(&rescored), lines[2]);
}

#[test]
fn eval_scores_a_prediction_file() {
    let dir = TempDir::new("eval-predictions");
    write_dataset(&dir);
    let perfect: serde_json::Map<String, Value> = PAGES
        .iter()
        .map(|(id, headline, body)| {
            (
                id.to_string(),
                json!({ "articleBody": format!("{headline}\n{body}") }),
            )
        })
        .collect();
    let file = dir.write(
        "perfect.json",
        &json!({ "output": perfect, "version": "test" }).to_string(),
    );
    let out = run_ok(&["eval", dir.arg(), "--predictions", &file], None);
    assert_eq!(
        last_line(&out),
        "F1 1.000 precision 1.000 recall 1.000 pages 2"
    );

    // Missing one page's body: precision stays perfect, recall drops.
    let (id, headline, body) = PAGES[0];
    let half = dir.write(
        "half.json",
        &json!({ "output": { id: { "articleBody": format!("{headline}\n{body}") } } }).to_string(),
    );
    let out = run_ok(&["eval", dir.arg(), "--predictions", &half], None);
    let (f1, precision, recall, pages) = parse_score_line(last_line(&out));
    assert_eq!(pages, 2);
    assert_eq!(precision, 1.0, "{out}");
    assert!(recall < 1.0 && f1 < 1.0, "{out}");
}

// ---------------------------------------------------------------------------
// errors: one `declutter: error:` line on stderr, non-zero exit, no panic

#[test]
fn error_missing_file() {
    let line = assert_error(&["text", "tests/text/no-such-file.txt"], None);
    assert!(line.contains("no-such-file.txt"), "{line}");
    assert_error(&["html", "www/samples/no-such-page.html"], None);
    assert_error(&["eval-text", "tests/text/no-such-file.jsonl"], None);
}

#[test]
fn error_unknown_command() {
    let line = assert_error(&["frobnicate"], None);
    assert!(line.contains("frobnicate"), "{line}");
}

#[test]
fn error_unknown_flag() {
    let line = assert_error(&["text", "--bogus", SEED_TEXT], None);
    assert!(line.contains("--bogus"), "{line}");
    assert_error(&["html", "--json", SAMPLE_HTML], None);
    assert_error(&["eval-text", "--options", "{}", SEED_LABELS], None);
}

#[test]
fn error_flag_without_value() {
    assert_error(&["text", SEED_TEXT, "--options"], None);
    assert_error(&["eval", "tests", "--predictions"], None);
}

#[test]
fn error_too_many_inputs() {
    assert_error(&["text", SEED_TEXT, SEED_TEXT], None);
}

#[test]
fn error_options_hiding_body() {
    assert_error(
        &["html", "--options", r#"{"hide":["body"]}"#, SAMPLE_HTML],
        None,
    );
    assert_error(
        &["text", "--options", r#"{"hide":["body"]}"#, SEED_TEXT],
        None,
    );
}

#[test]
fn error_options_unknown_field() {
    let line = assert_error(&["text", "--options", r#"{"nope":1}"#, SEED_TEXT], None);
    assert!(line.contains("nope"), "{line}");
    assert_error(&["html", "--options", r#"{"nope":1}"#, SAMPLE_HTML], None);
}

#[test]
fn error_options_bad_values() {
    assert_error(&["text", "--options", "not json", SEED_TEXT], None);
    assert_error(
        &["text", "--options", r#"{"hide":["foo"]}"#, SEED_TEXT],
        None,
    );
    assert_error(&["text", "--options", r#"{"lang":"xx"}"#, SEED_TEXT], None);
}

#[test]
fn error_eval_without_ground_truth() {
    let dir = TempDir::new("eval-empty");
    let line = assert_error(&["eval", dir.arg()], None);
    assert!(line.contains("ground-truth.json"), "{line}");
}

#[test]
fn error_eval_bad_dataset() {
    let dir = TempDir::new("eval-bad");
    dir.write("ground-truth.json", "[1, 2]");
    assert_error(&["eval", dir.arg()], None);
    // A page listed in the ground truth but absent, then corrupt.
    dir.write("ground-truth.json", r#"{"p": {"articleBody": "x"}}"#);
    assert_error(&["eval", dir.arg()], None);
    std::fs::create_dir_all(dir.path().join("html")).expect("cannot create html/");
    dir.write("html/p.html.gz", "not gzip");
    assert_error(&["eval", dir.arg()], None);
    let predictions = dir.write("predictions.json", r#"{"output": 5}"#);
    assert_error(&["eval", dir.arg(), "--predictions", &predictions], None);
    assert_error(&["eval"], None);
}

#[test]
fn error_eval_text_malformed_jsonl() {
    let dir = TempDir::new("eval-text-bad");
    let file = dir.write(
        "bad.jsonl",
        "{\"blocks\": [{\"text\": \"x\", \"label\": \"body\"}]}\nnot json\n",
    );
    let line = assert_error(&["eval-text", &file], None);
    assert!(line.contains(":2:"), "the error should name line 2: {line}");
    let file = dir.write(
        "bad-label.jsonl",
        r#"{"blocks": [{"text": "x", "label": "sidebar"}]}"#,
    );
    assert_error(&["eval-text", &file], None);
}

/// `declutter text FILE | head -1` must not panic when the reader goes away.
#[test]
fn closed_stdout_is_not_a_panic() {
    let text = std::fs::read_to_string(repo_path(SEED_TEXT)).expect("seed text");
    // Much more output than a pipe buffer holds, so writing hits the closed pipe.
    let big = text.repeat(200);
    let mut child = Command::new(BIN)
        .args(["text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start the declutter binary");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(big.as_bytes()));
    let out = child.wait_with_output().expect("cannot wait for declutter");
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.lines().count() <= 1, "{stderr}");
}
