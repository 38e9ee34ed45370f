//! What each fuzz target does with one input, and the invariants it checks.
//!
//! Shared, unchanged, by the cargo-fuzz targets in `fuzz/fuzz_targets/` (as this
//! crate's library) and by the root crate's `tests/fuzz_corpus.rs` (through
//! `#[path]`), which replays the committed seeds and regressions on every
//! `cargo test --features cli`. Each function takes raw fuzzer bytes, never
//! fails on bad input (rejecting it as the real API would), and panics only
//! when Declutter misbehaves.

use declutter::dom::html::Page;
use declutter::dom::snapshot::{declutter_snapshot, decode_flat, FlatSnapshot, Snapshot};
use declutter::{classify, classify_text, Block, Options, Verdict};

/// What a fuzz target does with one input.
pub type Entry = fn(&[u8]);

/// The targets, by name: the folder names under `fuzz/seeds/` and
/// `fuzz/regressions/`, and the binaries in `fuzz/fuzz_targets/`.
pub const TARGETS: &[(&str, Entry)] = &[
    ("text", text),
    ("html", html),
    ("blocks", blocks),
    ("snapshot", snapshot),
    ("flat", flat),
];

/// Text mode: bytes → lossy UTF-8 → `classify_text`.
pub fn text(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let out = classify_text(&s, &Options::default());
    let (blocks, verdicts): (Vec<Block>, Vec<Verdict>) = out.into_iter().unzip();
    check_verdicts(&blocks, &verdicts);
    for b in &blocks {
        assert!(!b.text.is_empty(), "empty text block");
        assert_eq!(b.text, b.text.trim(), "text block not trimmed");
    }
    // Text mode only regroups whitespace: every other character lands in
    // exactly one block (so no block was lost to a short verdict list either).
    let kept: usize = blocks.iter().map(|b| non_space(&b.text)).sum();
    assert_eq!(kept, non_space(&s), "text mode lost or invented characters");
}

/// HTML mode: bytes → lossy UTF-8 → `Page::parse(..).declutter(..)`.
pub fn html(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let options = Options::default();
    let out = Page::parse(&s).declutter(&options);
    check_verdicts(&out.blocks, &out.verdicts);
    // What a reader sees is drawn from the blocks' text: never more of it.
    let total: usize = out.blocks.iter().map(|b| non_space(&b.text)).sum();
    let visible = non_space(&out.text);
    assert!(
        visible <= total,
        "visible text ({visible}) exceeds all text ({total})"
    );
    let hideable = out
        .verdicts
        .iter()
        .filter(|v| options.hides(v.label))
        .count();
    assert!(out.plan.kept <= hideable, "more blocks kept than hideable");
    assert!(
        out.plan
            .marks
            .windows(2)
            .all(|w| w[0].element < w[1].element),
        "marks not in document order or repeated"
    );
}

/// `classifyBlocks`: an optional options line, then a JSON array of blocks.
pub fn blocks(data: &[u8]) {
    let Some((options, rest)) = options_prefix(data) else {
        return;
    };
    let Ok(blocks) = serde_json::from_slice::<Vec<Block>>(rest) else {
        return;
    };
    let verdicts = classify(&blocks, &options);
    check_verdicts(&blocks, &verdicts);
    serde_json::to_string(&verdicts).expect("verdicts serialise");
}

/// `declutterSnapshot`: an optional options line, then a snapshot as JSON.
pub fn snapshot(data: &[u8]) {
    let Some((options, rest)) = options_prefix(data) else {
        return;
    };
    let Ok(snap) = serde_json::from_slice::<Snapshot>(rest) else {
        return;
    };
    check_snapshot(&snap, &options);
}

/// `declutterFlat`: a snapshot (as for [`snapshot`]) in the flat form the
/// content script builds. Decoding the encoding gives a snapshot that encodes
/// to the same flat form, and is classified like any snapshot; then the flat
/// arrays are damaged as a buggy or hostile caller might (a length, an end, an
/// attribute set or the string changed, chosen by the input's bytes): decoding
/// and classifying must give an error or a result, never a panic.
pub fn flat(data: &[u8]) {
    let Some((options, rest)) = options_prefix(data) else {
        return;
    };
    let Ok(snap) = serde_json::from_slice::<Snapshot>(rest) else {
        return;
    };
    let flat = FlatSnapshot::encode(&snap);
    let decoded = match decode_flat(&flat.strings, &flat.lengths, &flat.ends, &flat.attrs) {
        Ok(decoded) => decoded,
        Err(e) => {
            // Only a malformed tree (an element whose `end` is 0) may fail.
            assert!(
                declutter_snapshot(&snap, &options).is_err(),
                "a valid snapshot's flat form does not decode: {e}"
            );
            return;
        }
    };
    assert_eq!(
        FlatSnapshot::encode(&decoded),
        flat,
        "decode then encode changed the flat form"
    );
    check_snapshot(&decoded, &options);
    let mut damaged = flat;
    let pick = |i: usize| data.get(i).copied().unwrap_or(0) as usize;
    match pick(0) % 4 {
        0 if !damaged.lengths.is_empty() => {
            let at = pick(1) % damaged.lengths.len();
            damaged.lengths[at] = damaged.lengths[at].wrapping_add(pick(2) as u32 + 1);
        }
        1 if !damaged.ends.is_empty() => {
            let at = pick(1) % damaged.ends.len();
            damaged.ends[at] = (pick(2) as u32).wrapping_mul(pick(3) as u32 + 1);
        }
        2 if !damaged.attrs.is_empty() => {
            let at = pick(1) % damaged.attrs.len();
            damaged.attrs[at] ^= pick(2) as u8 | 1;
        }
        _ => {
            let cut = pick(1) % (damaged.strings.len() + 1);
            if damaged.strings.is_char_boundary(cut) {
                damaged.strings.truncate(cut);
            }
        }
    }
    if let Ok(snap) = decode_flat(
        &damaged.strings,
        &damaged.lengths,
        &damaged.ends,
        &damaged.attrs,
    ) {
        check_snapshot(&snap, &options);
    }
}

/// Classifies a snapshot and checks the outcome's invariants (a malformed tree
/// is rejected with an error, which is fine).
fn check_snapshot(snap: &Snapshot, options: &Options) {
    let Ok(out) = declutter_snapshot(snap, options) else {
        return;
    };
    let nodes = &snap.nodes;
    let report = &out.report;
    assert_eq!(
        report.blocks,
        out.blocks.len(),
        "report counts other blocks"
    );
    let c = report.counts;
    assert_eq!(
        c.body + c.caption + c.ad + c.code,
        out.blocks.len(),
        "label counts"
    );
    assert!(
        report.hidden + report.kept <= out.blocks.len(),
        "hidden + kept > blocks"
    );
    let hidden = out.blocks.iter().filter(|b| b.hidden).count();
    assert_eq!(
        hidden, report.hidden,
        "hidden flags disagree with the report"
    );
    for b in &out.blocks {
        check_confidence(&b.verdict);
        assert!(!b.text.is_empty(), "empty snapshot block");
        let node = nodes.get(b.node as usize).expect("block node out of range");
        assert!(!node.tag.is_empty(), "block held by a text node");
    }
    for &(node, _) in &out.marks {
        let n = nodes.get(node as usize).expect("mark out of range");
        assert!(!n.tag.is_empty(), "mark on a text node");
    }
    serde_json::to_string(&out).expect("outcome serialises");
}

/// Splits off a first line holding options JSON (an empty line means the
/// defaults; no newline at all means no options line). `None` when the
/// options are ones the JS API would reject.
fn options_prefix(data: &[u8]) -> Option<(Options, &[u8])> {
    let Some(at) = data.iter().position(|&b| b == b'\n') else {
        return Some((Options::default(), data));
    };
    let (line, rest) = (&data[..at], &data[at + 1..]);
    let options = if line.iter().all(u8::is_ascii_whitespace) {
        Options::default()
    } else {
        serde_json::from_slice::<Options>(line).ok()?
    };
    options.validate().ok()?;
    Some((options, rest))
}

/// One verdict per block, each confidence a number in 0..=1 with a reason.
fn check_verdicts(blocks: &[Block], verdicts: &[Verdict]) {
    assert_eq!(verdicts.len(), blocks.len(), "verdict count != block count");
    verdicts.iter().for_each(check_confidence);
}

fn check_confidence(v: &Verdict) {
    assert!(
        (0.0..=1.0).contains(&v.confidence),
        "confidence {} outside 0..=1",
        v.confidence
    );
    assert!(!v.reason.is_empty(), "verdict without a reason");
}

fn non_space(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}
