//! Shared by the native and the browser fixture tests: compares what a pipeline
//! produced with a fixture's `expected.json`, naming the fixture and every
//! wrong block.

use declutter::text::collapse_whitespace;
use declutter::{Block, Options, Verdict};
use serde_json::Value;

/// Options for a fixture: its `lang`, if it names one.
pub fn fixture_options(expected: &str) -> Options {
    let doc: Value = serde_json::from_str(expected).unwrap_or(Value::Null);
    let mut options = Options::default();
    if let Some(lang) = doc["lang"].as_str() {
        options.lang = lang.to_string();
    }
    options
}

/// Panics with a message naming `case` and each block that differs.
pub fn check(case: &str, expected: &str, blocks: &[Block], verdicts: &[Verdict]) {
    let doc: Value = serde_json::from_str(expected)
        .unwrap_or_else(|e| panic!("{case}: expected.json is not JSON: {e}"));
    let want = doc["blocks"]
        .as_array()
        .unwrap_or_else(|| panic!("{case}: expected.json has no blocks array"));
    let mut problems = Vec::new();
    if blocks.len() != want.len() {
        problems.push(format!(
            "  page splits into {} blocks, expected.json lists {}",
            blocks.len(),
            want.len()
        ));
    }
    for (i, (b, v)) in blocks.iter().zip(verdicts).enumerate() {
        let Some(w) = want.get(i) else { break };
        let start = collapse_whitespace(w["start"].as_str().unwrap_or_default());
        if !b.text.starts_with(&start) {
            problems.push(format!(
                "  block {i}: text {:?} does not start with {start:?}",
                b.text.chars().take(60).collect::<String>()
            ));
            break;
        }
        let label = w["label"].as_str().unwrap_or_default();
        if v.label.as_str() != label {
            problems.push(format!(
                "  block {i}: expected {label}, got {} ({}): {}",
                v.label,
                v.reason,
                b.text.chars().take(60).collect::<String>()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "fixture {case}: {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
