//! A plain-data copy of a DOM subtree, made by a small JavaScript walk (the
//! browser extension's content script) and classified wherever the wasm runs —
//! in the page, or in the extension's background worker when the page's CSP
//! forbids compiling wasm. Block splitting is the same generic [`split`].

use super::{plan_marks, split, stylesheet, Dom, Report};
use crate::classify::classify;
use crate::label::{Label, Verdict};
use crate::options::Options;
use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Snapshot {
    pub nodes: Vec<SnapNode>,
}

/// One element or text node.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SnapNode {
    /// Lowercase tag name of an element; empty for a text node.
    pub tag: String,
    /// A text node's text.
    pub text: String,
    /// For an element: the index just past its last descendant.
    pub end: u32,
    /// For an element: `[name, value, name, value, …]`, only [`SNAPSHOT_ATTRS`].
    pub attrs: Vec<String>,
}

/// The snapshot with its tree links worked out and checked.
pub struct Tree<'a> {
    nodes: &'a [SnapNode],
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl<'a> Tree<'a> {
    /// Checks the nesting (`end` of every element within its parent's) and
    /// links children and siblings.
    pub fn new(snapshot: &'a Snapshot) -> Result<Tree<'a>, String> {
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

    fn element_name(&self, node: &u32) -> Option<String> {
        let n = &self.nodes[*node as usize];
        (!n.tag.is_empty()).then(|| n.tag.to_ascii_lowercase())
    }

    fn text(&self, node: &u32) -> Option<String> {
        let n = &self.nodes[*node as usize];
        n.tag.is_empty().then(|| n.text.clone())
    }

    fn attr(&self, node: &u32, name: &str) -> Option<String> {
        self.nodes[*node as usize]
            .attrs
            .chunks_exact(2)
            .find(|pair| pair[0].eq_ignore_ascii_case(name))
            .map(|pair| pair[1].clone())
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
    /// The one stylesheet that hides the hidden labels.
    pub css: String,
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
pub fn declutter_snapshot(snapshot: &Snapshot, options: &Options) -> Result<Outcome, String> {
    if snapshot.nodes.is_empty() {
        return Ok(Outcome {
            css: stylesheet(options),
            ..Outcome::default()
        });
    }
    let tree = Tree::new(snapshot)?;
    let s = split(&tree, &0);
    let verdicts = classify(&s.blocks, options);
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
        css: stylesheet(options),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: &str, end: u32, attrs: &[&str]) -> SnapNode {
        SnapNode {
            tag: tag.into(),
            end,
            attrs: attrs.iter().map(|a| a.to_string()).collect(),
            ..SnapNode::default()
        }
    }

    fn text(t: &str) -> SnapNode {
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
        assert!(out.css.contains("display:none"));
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
}
