//! HTML fixtures through the native HTML5 adapter: one test per folder in
//! tests/fixtures/ (see its README for the format and how to add a case).
#![cfg(feature = "cli")]

mod common;

use declutter::dom::html::Page;
use declutter::dom::snapshot::{declutter_snapshot, decode_flat, FlatSnapshot};
use declutter::Label;

fn run(case: &str, html: &str, expected: &str) {
    let options = common::fixture_options(expected);
    let page = Page::parse(html);
    let out = page.declutter(&options);
    common::check(case, expected, &out.blocks, &out.verdicts);
    // The adapters classify with the rules alone (`classify_markup`, which
    // keeps the text model out of the extension's wasm): the same verdicts as
    // the full `classify`, because every page block carries markup.
    assert_eq!(
        declutter::classify(&out.blocks, &options),
        out.verdicts,
        "{case}: classify and classify_markup differ"
    );
    // The extension's path: a plain-data snapshot of the same DOM, in the flat
    // form the content script sends.
    let snapshot = page.snapshot();
    let flat = FlatSnapshot::encode(&snapshot);
    let decoded = decode_flat(&flat.strings, &flat.lengths, &flat.ends, &flat.attrs)
        .unwrap_or_else(|e| panic!("{case}: flat snapshot rejected: {e}"));
    assert_eq!(decoded, snapshot, "{case}: flat snapshot differs");
    let snap = declutter_snapshot(&decoded, &options)
        .unwrap_or_else(|e| panic!("{case}: snapshot rejected: {e}"));
    let via_snapshot: Vec<(&str, Label)> = snap
        .blocks
        .iter()
        .map(|b| (b.text.as_str(), b.verdict.label))
        .collect();
    let direct: Vec<(&str, Label)> = out
        .blocks
        .iter()
        .zip(&out.verdicts)
        .map(|(b, v)| (b.text.as_str(), v.label))
        .collect();
    assert_eq!(via_snapshot, direct, "{case}: snapshot path labels differ");
}

macro_rules! fixtures {
    ($($name:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $name() {
                run(
                    $case,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $case, "/page.html")),
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/", $case, "/expected.json")),
                );
            }
        )*
        const LISTED: &[&str] = &[$($case),*];
    };
}

include!("common/fixture_list.rs");

#[test]
fn every_fixture_folder_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for entry in std::fs::read_dir(dir).expect("tests/fixtures exists") {
        let entry = entry.expect("readable entry");
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                LISTED.contains(&name.as_str()),
                "tests/fixtures/{name} is not listed in tests/common/fixture_list.rs"
            );
        }
    }
}
