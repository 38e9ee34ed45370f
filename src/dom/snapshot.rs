//! A plain-data copy of a DOM subtree, made by a small JavaScript walk (the
//! browser extension's content script) and classified wherever the wasm runs —
//! in the page, or in the extension's background worker when the page's CSP
//! forbids compiling wasm. Block splitting is the same generic [`split`].

use super::{plan_marks, split, Dom, Report};
use crate::classify::classify_markup;
use crate::label::{Label, Verdict};
use crate::options::Options;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Attributes block splitting reads; a snapshot need carry no others.
pub const SNAPSHOT_ATTRS: &[&str] = &[
    "class",
    "id",
    "role",
    "href",
    "hidden",
    "style",
    "aria-level",
];

/// The subtree's nodes in document (pre-) order; node 0 is the root element.
/// Its strings borrow from whatever it was read from (the flat form's one
/// string, a parsed page) where they can.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Snapshot<'a> {
    #[serde(borrow)]
    pub nodes: Vec<SnapNode<'a>>,
}

/// One element or text node.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SnapNode<'a> {
    /// Lowercase tag name of an element; empty for a text node.
    #[serde(borrow)]
    pub tag: Cow<'a, str>,
    /// A text node's text.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// For an element: the index just past its last descendant.
    pub end: u32,
    /// For an element: `[name, value, name, value, …]`, only [`SNAPSHOT_ATTRS`].
    #[serde(borrow)]
    pub attrs: Vec<Cow<'a, str>>,
}

/// A snapshot in the flat form the browser extension builds: a few typed
/// arrays and one string instead of an object per node, so crossing into wasm
/// costs one string copy and three array copies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlatSnapshot {
    /// Every string of the snapshot, concatenated in node order: for an element
    /// its tag, then the values of the attributes it has, in
    /// [`SNAPSHOT_ATTRS`] order; for a text node its text.
    pub strings: String,
    /// The length of each of those strings in UTF-16 code units (JavaScript's
    /// `length`).
    pub lengths: Vec<u32>,
    /// Per node: an element's `end` (always greater than its index), 0 for a
    /// text node.
    pub ends: Vec<u32>,
    /// Per node: bit `i` set when the element has attribute `SNAPSHOT_ATTRS[i]`.
    pub attrs: Vec<u8>,
}

impl FlatSnapshot {
    /// The flat form of a snapshot (what the content script's walk builds).
    pub fn encode(snapshot: &Snapshot) -> FlatSnapshot {
        let mut flat = FlatSnapshot::default();
        let push = |flat: &mut FlatSnapshot, s: &str| {
            flat.strings.push_str(s);
            flat.lengths.push(s.encode_utf16().count() as u32);
        };
        for node in &snapshot.nodes {
            if node.tag.is_empty() {
                push(&mut flat, &node.text);
                flat.ends.push(0);
                flat.attrs.push(0);
                continue;
            }
            push(&mut flat, &node.tag);
            flat.ends.push(node.end);
            let mut bits = 0u8;
            for (i, name) in SNAPSHOT_ATTRS.iter().enumerate() {
                let value = node
                    .attrs
                    .chunks_exact(2)
                    .find(|pair| pair[0].eq_ignore_ascii_case(name));
                if let Some(pair) = value {
                    bits |= 1 << i;
                    push(&mut flat, &pair[1]);
                }
            }
            flat.attrs.push(bits);
        }
        flat
    }
}

/// Unpacks the flat form (see [`FlatSnapshot`]) into a [`Snapshot`] borrowing
/// from `strings`; the result is the snapshot the per-node form of the same
/// walk would give.
pub fn decode_flat<'a>(
    strings: &'a str,
    lengths: &[u32],
    ends: &[u32],
    attrs: &[u8],
) -> Result<Snapshot<'a>, String> {
    if ends.len() != attrs.len() {
        return Err(format!(
            "flat snapshot has {} ends but {} attribute sets",
            ends.len(),
            attrs.len()
        ));
    }
    let wanted: usize = ends
        .iter()
        .zip(attrs)
        .map(|(&end, &bits)| {
            1 + if end == 0 {
                0
            } else {
                bits.count_ones() as usize
            }
        })
        .sum();
    if lengths.len() != wanted {
        return Err(format!(
            "flat snapshot has {} strings, its nodes need {wanted}",
            lengths.len()
        ));
    }
    let mut pieces = split_utf16(strings, lengths)?.into_iter();
    let mut next = || pieces.next().unwrap_or_default();
    let nodes = ends
        .iter()
        .zip(attrs)
        .map(|(&end, &bits)| {
            if end == 0 {
                return SnapNode {
                    text: next(),
                    ..SnapNode::default()
                };
            }
            let tag = next();
            let mut values = Vec::with_capacity(2 * bits.count_ones() as usize);
            for (i, name) in SNAPSHOT_ATTRS.iter().enumerate() {
                if bits & (1 << i) != 0 {
                    values.push(Cow::Borrowed(*name));
                    values.push(next());
                }
            }
            SnapNode {
                tag,
                end,
                attrs: values,
                ..SnapNode::default()
            }
        })
        .collect();
    Ok(Snapshot { nodes })
}

/// Cuts `s` into pieces of the given UTF-16 lengths, borrowed where they can
/// be. A boundary inside a surrogate pair (two lone surrogates that met when
/// JavaScript joined the strings) gives U+FFFD on both sides, as each lone
/// surrogate would alone.
fn split_utf16<'a>(s: &'a str, lengths: &[u32]) -> Result<Vec<Cow<'a, str>>, String> {
    const UNEVEN: &str = "flat snapshot lengths do not add up to its strings";
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(lengths.len());
    let mut at: usize = 0;
    // Whether the previous piece ended inside a pair, whose second unit
    // belongs to this piece.
    let mut carry = false;
    for &len in lengths {
        let len = len as usize;
        if !carry {
            let end = at.saturating_add(len);
            if let Some(ascii) = bytes.get(at..end).filter(|b| b.is_ascii()) {
                out.push(Cow::Borrowed(&s[at..end]));
                at += ascii.len();
                continue;
            }
        }
        let lead = carry;
        let start = at;
        let mut units = usize::from(carry);
        carry = false;
        while units < len {
            // A run of at most `len - units` bytes ending on a char boundary
            // holds at most that many units: count it whole.
            let mut end = at.saturating_add(len - units).min(bytes.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            if end > at {
                units += utf16_units(&bytes[at..end]);
                at = end;
                continue;
            }
            // The next char is wider than what is left of the piece.
            let b = *bytes.get(at).ok_or(UNEVEN)?;
            let (width, n) = match b {
                0..=0x7F => (1, 1),
                0x80..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            at += width;
            if units + n > len {
                carry = true;
                units = len;
            } else {
                units += n;
            }
        }
        let whole = if carry {
            &s[start..at - 4]
        } else {
            &s[start..at]
        };
        out.push(if lead || carry {
            let mut piece = String::with_capacity(whole.len() + 6);
            if lead {
                piece.push(char::REPLACEMENT_CHARACTER);
            }
            piece.push_str(whole);
            if carry {
                piece.push(char::REPLACEMENT_CHARACTER);
            }
            Cow::Owned(piece)
        } else {
            Cow::Borrowed(whole)
        });
    }
    if carry || at != bytes.len() {
        return Err(UNEVEN.into());
    }
    Ok(out)
}

/// The length in UTF-16 units of whole UTF-8 chars: one per char, two for a
/// four-byte one.
fn utf16_units(utf8: &[u8]) -> usize {
    // Bit 7 of each byte of a word, for the eight bytes at once.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = utf8.chunks_exact(8);
    let mut units = 0;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
        // A continuation byte is 10xxxxxx; a four-byte char's lead 11110xxx.
        let continuation = w & !(w << 1) & HIGH;
        let four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        units += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    units
        + words
            .remainder()
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

/// The snapshot with its tree links worked out and checked.
pub struct Tree<'a> {
    nodes: &'a [SnapNode<'a>],
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl<'a> Tree<'a> {
    /// Checks the nesting (`end` of every element within its parent's) and
    /// links children and siblings.
    pub fn new(snapshot: &'a Snapshot<'a>) -> Result<Tree<'a>, String> {
        let nodes = snapshot.nodes.as_slice();
        let n = nodes.len();
        if n >= NONE as usize {
            return Err("snapshot has too many nodes".into());
        }
        if n > 0 && nodes[0].tag.is_empty() {
            return Err("snapshot node 0 must be an element".into());
        }
        let mut first_child = vec![NONE; n];
        let mut next_sibling = vec![NONE; n];
        // Open elements: (index, end) and the last child seen in each.
        let mut open: Vec<(usize, usize, u32)> = Vec::new();
        for (i, node) in nodes.iter().enumerate() {
            while open.last().is_some_and(|&(_, end, _)| end <= i) {
                open.pop();
            }
            if i > 0 && open.is_empty() {
                return Err(format!("snapshot node {i} lies outside the root element"));
            }
            if let Some((parent, _, last)) = open.last_mut() {
                if *last == NONE {
                    first_child[*parent] = i as u32;
                } else {
                    next_sibling[*last as usize] = i as u32;
                }
                *last = i as u32;
            }
            if !node.tag.is_empty() {
                let end = node.end as usize;
                let limit = open.last().map_or(n, |&(_, e, _)| e);
                if end <= i || end > limit {
                    return Err(format!(
                        "snapshot node {i} ({}) has end {end}, outside {}..={limit}",
                        node.tag,
                        i + 1
                    ));
                }
                open.push((i, end, NONE));
            }
        }
        Ok(Tree {
            nodes,
            first_child,
            next_sibling,
        })
    }
}

/// `s` with ASCII letters lowercased, copied only when it has capitals.
pub(crate) fn ascii_lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

fn link(i: u32) -> Option<u32> {
    (i != NONE).then_some(i)
}

impl Dom for Tree<'_> {
    type Node = u32;

    fn first_child(&self, node: &u32) -> Option<u32> {
        link(self.first_child[*node as usize])
    }

    fn next_sibling(&self, node: &u32) -> Option<u32> {
        link(self.next_sibling[*node as usize])
    }

    fn element_name(&self, node: &u32) -> Option<Cow<'_, str>> {
        let n = &self.nodes[*node as usize];
        (!n.tag.is_empty()).then(|| ascii_lowercase(&n.tag))
    }

    fn text(&self, node: &u32) -> Option<Cow<'_, str>> {
        let n = &self.nodes[*node as usize];
        n.tag.is_empty().then_some(Cow::Borrowed(&n.text))
    }

    fn attr(&self, node: &u32, name: &str) -> Option<Cow<'_, str>> {
        self.nodes[*node as usize]
            .attrs
            .chunks_exact(2)
            .find(|pair| pair[0].eq_ignore_ascii_case(name))
            .map(|pair| Cow::Borrowed(&*pair[1]))
    }
}

/// What to do to the page: plain data for the content script.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// `[node index, label]` for every element to mark.
    pub marks: Vec<(u32, Label)>,
    /// Every block: its holding node, text and verdict.
    pub blocks: Vec<SnapBlock>,
    /// Counts and timing (timing is left to the caller: 0).
    pub report: Report,
}

/// One classified block of a snapshot.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SnapBlock {
    /// Index of the node holding the block's text.
    pub node: u32,
    pub text: String,
    #[serde(flatten)]
    pub verdict: Verdict,
    /// Whether marking hides it.
    pub hidden: bool,
}

/// Splits, classifies and plans the marks for a snapshot.
pub fn declutter_snapshot(snapshot: &Snapshot<'_>, options: &Options) -> Result<Outcome, String> {
    if snapshot.nodes.is_empty() {
        return Ok(Outcome::default());
    }
    let tree = Tree::new(snapshot)?;
    let s = split(&tree, &0);
    let verdicts = classify_markup(&s.blocks, options);
    let plan = plan_marks(&s, &verdicts, options);
    let mut hidden_el = vec![false; s.elements.len()];
    for m in &plan.marks {
        hidden_el[m.element as usize] = options.hides(m.label);
    }
    let report = Report::new(&s.blocks, &verdicts, &plan, options, 0.0);
    let blocks = s
        .blocks
        .into_iter()
        .zip(verdicts)
        .zip(&s.holders)
        .map(|((b, verdict), &h)| SnapBlock {
            node: s.elements[h as usize],
            text: b.text,
            hidden: hidden_el[h as usize] && options.hides(verdict.label),
            verdict,
        })
        .collect();
    Ok(Outcome {
        marks: plan
            .marks
            .iter()
            .map(|m| (s.elements[m.element as usize], m.label))
            .collect(),
        blocks,
        report,
    })
}

/// Why a mark was made, for the "show what was hidden" hover text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkWhy {
    /// The element holds a block: that block's reason.
    Block(&'static str),
    /// A clutter box: the reason of the first block inside it.
    Box(&'static str),
    /// An ad slot without text.
    EmptySlot,
}

impl Outcome {
    /// For each mark, in order, why it was made (`snapshot` is the one classified).
    pub fn mark_whys(&self, snapshot: &Snapshot<'_>) -> Vec<MarkWhy> {
        // The first block's reason by holding node.
        let mut own = vec![None; snapshot.nodes.len()];
        for b in &self.blocks {
            if let Some(slot) = own.get_mut(b.node as usize) {
                slot.get_or_insert(b.verdict.reason);
            }
        }
        self.marks
            .iter()
            .map(|&(index, _)| {
                if let Some(&Some(reason)) = own.get(index as usize) {
                    return MarkWhy::Block(reason);
                }
                let end = snapshot.nodes.get(index as usize).map_or(index, |n| n.end);
                match self.blocks.iter().find(|b| b.node > index && b.node < end) {
                    Some(b) => MarkWhy::Box(b.verdict.reason),
                    None => MarkWhy::EmptySlot,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el<'a>(tag: &'a str, end: u32, attrs: &[&'a str]) -> SnapNode<'a> {
        SnapNode {
            tag: tag.into(),
            end,
            attrs: attrs.iter().map(|&a| a.into()).collect(),
            ..SnapNode::default()
        }
    }

    fn text(t: &str) -> SnapNode<'_> {
        SnapNode {
            text: t.into(),
            ..SnapNode::default()
        }
    }

    const PROSE: &str = "The council voted on Tuesday to replace the old diesel ferry with a boat that runs on solar power, ending a debate that had lasted for more than three years in the town.";

    #[test]
    fn classifies_a_snapshot_like_the_dom() {
        // <body><article><p>PROSE</p><p>Advertisement</p><p>PROSE</p></article>
        //   <div class="share-bar"><a href="/">Share</a></div></body>
        let snap = Snapshot {
            nodes: vec![
                el("body", 11, &[]),
                el("article", 7, &[]),
                el("p", 4, &[]),
                text(PROSE),
                el("p", 6, &[]),
                text("Advertisement"),
                el("p", 8, &[]),
                text(PROSE),
                el("div", 11, &["class", "share-bar"]),
                el("a", 11, &["href", "/"]),
                text("Share"),
            ],
        };
        // The last <p> closes the article early: end 8 > article's 7 is invalid.
        assert!(Tree::new(&snap).is_err());
        let mut snap = snap;
        snap.nodes[1].end = 8;
        let out = declutter_snapshot(&snap, &Options::default()).expect("valid");
        let labels: Vec<(u32, Label)> = out.marks.clone();
        assert!(labels.contains(&(2, Label::Body)));
        assert!(labels.contains(&(4, Label::Ad)));
        assert_eq!(out.blocks.len(), 4);
        assert_eq!(out.report.counts.body, 2);
    }

    #[test]
    fn rejects_malformed_snapshots() {
        let bad = |nodes| Tree::new(&Snapshot { nodes }).err();
        assert!(bad(vec![text("x")]).is_some());
        assert!(bad(vec![el("div", 0, &[])]).is_some());
        assert!(bad(vec![el("div", 5, &[])]).is_some());
        assert!(bad(vec![el("div", 1, &[]), text("outside")]).is_some());
        assert!(bad(vec![el("div", 2, &[]), text("inside")]).is_none());
        let empty = declutter_snapshot(&Snapshot::default(), &Options::default());
        assert_eq!(empty.map(|o| o.blocks.len()), Ok(0));
    }

    /// Encodes `snap` and checks that it decodes to `expected`.
    fn assert_flat_round_trip(snap: &Snapshot<'_>, expected: &Snapshot<'_>) {
        let f = FlatSnapshot::encode(snap);
        let decoded = decode_flat(&f.strings, &f.lengths, &f.ends, &f.attrs);
        assert_eq!(decoded.as_ref(), Ok(expected));
    }

    #[test]
    fn flat_form_decodes_to_the_same_snapshot() {
        let snap = Snapshot {
            nodes: vec![
                el("body", 6, &["id", "b", "class", "x y"]),
                text("Grüße 😀 aus Köln"),
                el("a", 4, &["href", "", "role", "link"]),
                text(""),
                text(" "),
                el("div", 6, &["aria-level", "2", "hidden", "", "style", "a:b"]),
            ],
        };
        let f = FlatSnapshot::encode(&snap);
        assert_eq!(f.ends, vec![6, 0, 4, 0, 0, 6]);
        assert_eq!(f.attrs, vec![0b11, 0, 0b1100, 0, 0, 0b111_0000]);
        // Attribute values come in SNAPSHOT_ATTRS order, whatever the node's order.
        let mut sorted = snap.clone();
        sorted.nodes[0].attrs = ["class", "x y", "id", "b"].map(Cow::from).to_vec();
        sorted.nodes[2].attrs = ["role", "link", "href", ""].map(Cow::from).to_vec();
        sorted.nodes[5].attrs = ["hidden", "", "style", "a:b", "aria-level", "2"]
            .map(Cow::from)
            .to_vec();
        assert_flat_round_trip(&snap, &sorted);
        let ascii = Snapshot {
            nodes: vec![el("p", 2, &["class", "c"]), text("plain")],
        };
        assert_flat_round_trip(&ascii, &ascii);
    }

    #[test]
    fn flat_form_splits_on_utf16_lengths() {
        // "😀" is two UTF-16 units; a boundary inside it stands for two lone
        // surrogates, each of which crosses into wasm as U+FFFD.
        assert_eq!(
            split_utf16("a😀b", &[2, 2]),
            Ok(vec![Cow::from("a\u{FFFD}"), Cow::from("\u{FFFD}b")])
        );
        assert_eq!(
            split_utf16("é😀", &[1, 2]),
            Ok(vec![Cow::from("é"), Cow::from("😀")])
        );
        assert_eq!(
            split_utf16("😀😀x", &[1, 2, 2]),
            Ok(vec![
                Cow::from("\u{FFFD}"),
                Cow::from("\u{FFFD}\u{FFFD}"),
                Cow::from("\u{FFFD}x")
            ])
        );
        for s in [
            "",
            "plain ascii text",
            "Grüße 😀 aus Köln, 東京 — «ok» 😀😀 end",
            "😀",
        ] {
            assert_eq!(utf16_units(s.as_bytes()), s.encode_utf16().count(), "{s}");
        }
        assert!(split_utf16("é😀", &[1, 1]).is_err());
        assert!(split_utf16("é", &[2]).is_err());
        assert!(split_utf16("ab", &[1]).is_err());
        assert!(split_utf16("ab", &[3]).is_err());
    }

    #[test]
    fn rejects_malformed_flat_snapshots() {
        // A text node and an element with two attributes need 1 + 3 strings.
        assert!(decode_flat("pdivxy", &[1, 3, 1, 1], &[0, 2], &[0, 0b11]).is_ok());
        assert!(decode_flat("pdivx", &[1, 3, 1], &[0, 2], &[0, 0b11]).is_err());
        assert!(decode_flat("p", &[1], &[0, 2], &[0]).is_err());
        assert!(decode_flat("p", &[1], &[0], &[0, 0]).is_err());
        // Well-formed strings, bad tree: the core's check catches it.
        let snap = decode_flat("div", &[3], &[5], &[0]).expect("decodes");
        assert!(declutter_snapshot(&snap, &Options::default()).is_err());
    }

    #[test]
    fn mark_reasons_name_the_block_or_the_box() {
        // <body><p>PROSE</p><div class="related-links"><p>Advertisement</p></div>
        //   <div class="ad-slot"></div></body>
        let snap = Snapshot {
            nodes: vec![
                el("body", 8, &[]),
                el("p", 3, &[]),
                text(PROSE),
                el("div", 6, &["class", "related-links"]),
                el("p", 6, &[]),
                text("Advertisement"),
                el("div", 8, &["class", "ad-slot"]),
                text(" "),
            ],
        };
        let out = declutter_snapshot(&snap, &Options::default()).expect("valid");
        let whys = out.mark_whys(&snap);
        assert_eq!(whys.len(), out.marks.len());
        for ((node, _), why) in out.marks.iter().zip(&whys) {
            let own = out.blocks.iter().find(|b| b.node == *node);
            match why {
                MarkWhy::Block(r) => assert_eq!(Some(*r), own.map(|b| b.verdict.reason)),
                MarkWhy::Box(r) => {
                    assert!(own.is_none());
                    assert_eq!(
                        *r,
                        out.blocks
                            .iter()
                            .find(|b| b.node > *node)
                            .unwrap()
                            .verdict
                            .reason
                    );
                }
                MarkWhy::EmptySlot => assert!(own.is_none()),
            }
        }
        assert!(whys.contains(&MarkWhy::EmptySlot), "{whys:?}");
    }
}
