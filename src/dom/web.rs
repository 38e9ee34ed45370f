//! The live DOM through web-sys (wasm32 only): the only file that touches the
//! browser's document. Marks elements with `data-declutter-label` and hides the
//! clutter through one injected stylesheet; never removes or rewrites a node.

use super::{plan_marks, split, stylesheet, Dom, Report, Split, LABEL_ATTR, STYLE_ID};
use crate::classify::classify_markup;
use crate::label::Verdict;
use crate::options::Options;
use std::borrow::Cow;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// The live document, read through web-sys.
pub struct Live;

impl Dom for Live {
    type Node = Node;

    fn first_child(&self, node: &Node) -> Option<Node> {
        node.first_child()
    }

    fn next_sibling(&self, node: &Node) -> Option<Node> {
        node.next_sibling()
    }

    fn element_name(&self, node: &Node) -> Option<Cow<'_, str>> {
        (node.node_type() == Node::ELEMENT_NODE).then(|| {
            Cow::Owned(
                node.unchecked_ref::<Element>()
                    .local_name()
                    .to_ascii_lowercase(),
            )
        })
    }

    fn text(&self, node: &Node) -> Option<Cow<'_, str>> {
        matches!(node.node_type(), Node::TEXT_NODE | Node::CDATA_SECTION_NODE)
            .then(|| node.node_value())
            .flatten()
            .map(Cow::Owned)
    }

    fn attr(&self, node: &Node, name: &str) -> Option<Cow<'_, str>> {
        as_element(node)?.get_attribute(name).map(Cow::Owned)
    }
}

/// The node as an element. Checked by node type, not `instanceof`: elements of
/// an iframe's document are not instances of this window's `Element`.
fn as_element(node: &Node) -> Option<&Element> {
    (node.node_type() == Node::ELEMENT_NODE).then(|| node.unchecked_ref::<Element>())
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// One classified block of the live page.
pub struct Explained {
    /// The element holding the block's text.
    pub element: Element,
    /// The block's text.
    pub text: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// Whether the run hid it (its label is hidden and its element could be).
    pub hidden: bool,
}

/// Classifies the blocks under `root`, marks their elements and hides the
/// non-body ones. Running it again first undoes the previous run.
pub fn declutter(root: &Element, options: &Options) -> Report {
    run(root, options).map_or_else(Report::default, |r| r.report)
}

/// Like [`declutter`], and also returns every block with its element and
/// verdict (for showing labels and reasons).
pub fn explain(root: &Element, options: &Options) -> (Report, Vec<Explained>) {
    let Some(Ran {
        report,
        split: s,
        verdicts,
        marked,
    }) = run(root, options)
    else {
        return Default::default();
    };
    let explained = s
        .blocks
        .into_iter()
        .zip(verdicts)
        .zip(&s.holders)
        .filter_map(|((b, verdict), &h)| {
            let element = as_element(&s.elements[h as usize])?.clone();
            Some(Explained {
                element,
                text: b.text,
                hidden: marked[h as usize] && options.hides(verdict.label),
                verdict,
            })
        })
        .collect();
    (report, explained)
}

/// What one run did, for [`explain`] to describe.
struct Ran {
    report: Report,
    split: Split<Node>,
    verdicts: Vec<Verdict>,
    /// Per element id: whether the run hid it.
    marked: Vec<bool>,
}

fn run(root: &Element, options: &Options) -> Option<Ran> {
    let start = now();
    let doc = root.owner_document()?;
    restore(&doc);
    let s = split(&Live, root.unchecked_ref::<Node>());
    let verdicts = classify_markup(&s.blocks, options);
    let plan = plan_marks(&s, &verdicts, options);
    let mut marked = vec![false; s.elements.len()];
    for m in &plan.marks {
        if let Some(el) = as_element(&s.elements[m.element as usize]) {
            // Setting a data attribute only fails on a detached foreign node;
            // such a block simply stays visible.
            if el.set_attribute(LABEL_ATTR, m.label.as_str()).is_ok() {
                marked[m.element as usize] = options.hides(m.label);
            }
        }
    }
    install_style(&doc, options);
    let report = Report::new(&s.blocks, &verdicts, &plan, options, now() - start);
    Some(Ran {
        report,
        split: s,
        verdicts,
        marked,
    })
}

/// Adds (or updates) Declutter's one stylesheet.
fn install_style(doc: &Document, options: &Options) {
    let css = stylesheet(options);
    let style = match doc.get_element_by_id(STYLE_ID) {
        Some(existing) => existing,
        None => {
            let Ok(style) = doc.create_element("style") else {
                return;
            };
            style.set_id(STYLE_ID);
            let parent: Option<Element> = doc
                .head()
                .map(Into::into)
                .or_else(|| doc.document_element());
            match parent {
                Some(parent) if parent.append_child(&style).is_ok() => style,
                _ => return,
            }
        }
    };
    style.set_text_content(Some(&css));
}

/// Removes every mark and the stylesheet: the document is as it was.
pub fn restore(doc: &Document) {
    if let Some(style) = doc.get_element_by_id(STYLE_ID) {
        style.remove();
    }
    let selector = format!("[{LABEL_ATTR}]");
    if let Ok(marked) = doc.query_selector_all(&selector) {
        for i in 0..marked.length() {
            if let Some(el) = marked.item(i).as_ref().and_then(as_element) {
                let _ = el.remove_attribute(LABEL_ATTR);
            }
        }
    }
}
