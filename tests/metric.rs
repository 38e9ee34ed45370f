//! The metric reproduces the article-extraction benchmark's published scores, on
//! the fixture `tests/data/benchmark-scores.json.gz` (see `tests/data/README.md`).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use declutter::metric::{aggregate, score_page, Score};
use flate2::read::GzDecoder;

/// Page id to `{"ground-truth": body, tool: body, ...}`.
type Pages = BTreeMap<String, BTreeMap<String, String>>;

fn pages() -> Pages {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/benchmark-scores.json.gz");
    let mut json = String::new();
    GzDecoder::new(File::open(&path).expect("open the fixture"))
        .read_to_string(&mut json)
        .expect("gunzip the fixture");
    serde_json::from_str(&json).expect("parse the fixture")
}

fn score(pages: &Pages, tool: &str) -> Score {
    let scores: Vec<_> = pages
        .values()
        .map(|page| score_page(&page["ground-truth"], &page[tool]))
        .collect();
    aggregate(&scores)
}

/// `expected` are the published scores; `reference` (F1, precision, recall) are
/// those of the benchmark's `evaluate.py` to 12 decimals, which tell apart rules
/// the published 3 decimals don't (lowercasing, which characters are `\w`).
fn check(tool: &str, expected: &str, reference: (f64, f64, f64)) {
    let score = score(&pages(), tool);
    assert_eq!(score.to_string(), expected, "{tool}");
    let got = (score.f1, score.precision, score.recall);
    for (got, reference) in [
        (got.0, reference.0),
        (got.1, reference.1),
        (got.2, reference.2),
    ] {
        assert!(
            (got - reference).abs() < 1e-9,
            "{tool}: {got} != {reference}"
        );
    }
}

#[test]
fn readability_js_scores_as_published() {
    check(
        "readability_js",
        "F1 0.947 precision 0.914 recall 0.982 pages 181",
        (0.946747638719, 0.913944243402, 0.981993464771),
    );
}

#[test]
fn rs_trafilatura_scores_as_published() {
    check(
        "rs_trafilatura",
        "F1 0.970 precision 0.951 recall 0.990 pages 181",
        (0.969954548875, 0.951014308792, 0.989664540432),
    );
}

#[test]
fn html_text_scores_as_published() {
    check(
        "html-text",
        "F1 0.665 precision 0.500 recall 0.994 pages 181",
        (0.664936291991, 0.499508324742, 0.994195575478),
    );
}
