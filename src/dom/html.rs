//! Parsed HTML through a real HTML5 parser (html5ever, via `scraper`).

use super::snapshot::{ascii_lowercase, SnapNode, Snapshot, SNAPSHOT_ATTRS};
use super::{plan_marks, split, split_with_leaked_code, visible_text, Dom, Plan, Split};
use crate::block::Block;
use crate::classify::classify_markup;
use crate::label::Verdict;
use crate::options::Options;
use ego_tree::NodeRef;
use scraper::{Html, Node};
use std::borrow::Cow;

/// A parsed HTML document.
pub struct Page {
    html: Html,
}

/// The result of classifying a page.
pub struct Decluttered {
    /// The page's blocks, in document order.
    pub blocks: Vec<Block>,
    /// One verdict per block.
    pub verdicts: Vec<Verdict>,
    /// Which elements are marked, and how many blocks could not be hidden.
    pub plan: Plan,
    /// What a reader sees after hiding: shown blocks, one per line.
    pub text: String,
}

struct Tree;

impl<'a> Dom for &'a Tree {
    type Node = NodeRef<'a, Node>;

    fn first_child(&self, node: &Self::Node) -> Option<Self::Node> {
        node.first_child()
    }

    fn next_sibling(&self, node: &Self::Node) -> Option<Self::Node> {
        node.next_sibling()
    }

    fn element_name(&self, node: &Self::Node) -> Option<Cow<'_, str>> {
        node.value().as_element().map(|e| ascii_lowercase(e.name()))
    }

    fn text(&self, node: &Self::Node) -> Option<Cow<'_, str>> {
        node.value().as_text().map(|t| Cow::Borrowed(&**t))
    }

    fn attr(&self, node: &Self::Node, name: &str) -> Option<Cow<'_, str>> {
        node.value()
            .as_element()
            .and_then(|e| e.attr(name))
            .map(Cow::Borrowed)
    }
}

impl Page {
    /// Parses an HTML document the way a browser does (never fails).
    pub fn parse(source: &str) -> Page {
        Page {
            html: Html::parse_document(source),
        }
    }

    fn root(&self) -> NodeRef<'_, Node> {
        let root = self.html.root_element();
        root.children()
            .find(|c| {
                c.value()
                    .as_element()
                    .is_some_and(|e| e.name().eq_ignore_ascii_case("body"))
            })
            .unwrap_or(*root)
    }

    /// The page's blocks and the elements holding them.
    pub fn split(&self) -> Split<NodeRef<'_, Node>> {
        split(&&Tree, &self.root())
    }

    /// Like [`Page::split`], with `<script>` and `<style>` text as blocks too
    /// (see [`split_with_leaked_code`]).
    pub fn split_with_leaked_code(&self) -> Split<NodeRef<'_, Node>> {
        split_with_leaked_code(&&Tree, &self.root())
    }

    /// A plain-data copy of the body, as the browser extension makes one,
    /// borrowing the page's strings.
    pub fn snapshot(&self) -> Snapshot<'_> {
        let mut nodes = Vec::new();
        // (node, index of its entry) for elements whose `end` is still open.
        let mut stack: Vec<(NodeRef<'_, Node>, bool)> = vec![(self.root(), false)];
        let mut open: Vec<usize> = Vec::new();
        while let Some((node, leaving)) = stack.pop() {
            if leaving {
                if let Some(at) = open.pop() {
                    nodes[at] = SnapNode {
                        end: nodes.len() as u32,
                        ..std::mem::take(&mut nodes[at])
                    };
                }
                continue;
            }
            match node.value() {
                Node::Element(e) => {
                    let attrs = SNAPSHOT_ATTRS
                        .iter()
                        .filter_map(|&name| e.attr(name).map(|v| [name.into(), v.into()]))
                        .flatten()
                        .collect();
                    open.push(nodes.len());
                    nodes.push(SnapNode {
                        tag: ascii_lowercase(e.name()),
                        attrs,
                        ..SnapNode::default()
                    });
                    stack.push((node, true));
                    let children: Vec<_> = node.children().collect();
                    stack.extend(children.into_iter().rev().map(|c| (c, false)));
                }
                Node::Text(t) => nodes.push(SnapNode {
                    text: Cow::Borrowed(&**t),
                    ..SnapNode::default()
                }),
                _ => {}
            }
        }
        Snapshot { nodes }
    }

    /// Classifies every block and renders what a reader sees after hiding.
    pub fn declutter(&self, options: &Options) -> Decluttered {
        let s = self.split();
        let verdicts = classify_markup(&s.blocks, options);
        let plan = plan_marks(&s, &verdicts, options);
        let text = visible_text(&&Tree, &self.root(), &plan, options);
        Decluttered {
            blocks: s.blocks,
            verdicts,
            plan,
            text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::plan_marks;
    use crate::label::Label;

    fn texts(html: &str) -> Vec<String> {
        Page::parse(html)
            .split()
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn splits_at_block_elements_only() {
        assert_eq!(
            texts("<p>Hello <a href='/x'>world</a>.</p><ul><li>One</li><li><b>Two</b></li></ul>"),
            ["Hello world.", "One", "Two"]
        );
        assert_eq!(
            texts("<div>Intro text<p>Para</p>tail</div>"),
            ["Intro text", "Para", "tail"]
        );
        assert_eq!(texts("<p>a<br>b</p>"), ["a", "b"]);
    }

    #[test]
    fn leaked_code_becomes_blocks_on_request() {
        let html = "<body><p>Before</p><script>var x = 1;</script><style>p{color:red}</style><p>After</p></body>";
        let page = Page::parse(html);
        let plain: Vec<String> = page.split().blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(plain, ["Before", "After"]);
        let leaked: Vec<(String, String)> = page
            .split_with_leaked_code()
            .blocks
            .into_iter()
            .map(|b| (b.tag, b.text))
            .collect();
        assert_eq!(
            leaked,
            [
                ("p".into(), "Before".into()),
                ("script".into(), "var x = 1;".into()),
                ("style".into(), "p{color:red}".into()),
                ("p".into(), "After".into())
            ]
        );
    }

    #[test]
    fn skips_invisible_elements() {
        assert_eq!(
            texts("<p>shown</p><script>var x</script><style>p{}</style><p hidden>h</p><p style='display: none'>n</p><noscript>ns</noscript>"),
            ["shown"]
        );
    }

    #[test]
    fn records_markup() {
        let page = Page::parse(
            "<article class='story'><figure><img><figcaption>A cat. <span class='credit'>Photo: Ann</span></figcaption></figure><h2>Sub</h2><p>x <a href='/'>link</a></p></article>",
        );
        let s = page.split();
        let b = &s.blocks;
        assert!(b[0].inside.figcaption && b[0].inside.figure && b[0].inside.article);
        assert_eq!(b[0].tag, "figcaption");
        assert_eq!(b[1].heading, 2);
        assert_eq!(b[2].link_chars, 4);
        assert_eq!(&*b[2].ancestors[0].tag, "p");
        assert!(b[2].ancestors.iter().any(|a| &*a.hints == "story"));
    }

    #[test]
    fn holder_is_the_smallest_element_around_the_run() {
        let page = Page::parse("<div><span class='x'>Ad</span><p>Para</p>bare</div>");
        let s = page.split();
        let tags: Vec<&str> = s
            .holders
            .iter()
            .map(|&h| s.info[h as usize].tag.as_ref())
            .collect();
        assert_eq!(tags, ["span", "p", "div"]);
    }

    #[test]
    fn hiding_never_hides_visible_text_sharing_an_element() {
        // The bare run "Sponsored" shares the div with body paragraphs: it can
        // only stay visible.
        let long = "The council voted on Tuesday to replace the old diesel ferry with a boat that runs on solar power, ending a debate that had lasted for more than three years in the town.";
        let html = format!("<body><div>Sponsored<p>{long}</p><p>{long}</p></div></body>");
        let page = Page::parse(&html);
        let out = page.declutter(&Options::default());
        assert_eq!(out.verdicts[0].label, Label::Ad);
        assert_eq!(out.plan.kept, 1);
        assert!(out.text.starts_with("Sponsored"));
        assert_eq!(out.text.matches("council").count(), 2);
    }

    /// (tag, label) of every marked element.
    fn marks(html: &str) -> Vec<(String, Label)> {
        let page = Page::parse(html);
        let s = page.split();
        let verdicts = classify_markup(&s.blocks, &Options::default());
        plan_marks(&s, &verdicts, &Options::default())
            .marks
            .iter()
            .map(|m| (s.info[m.element as usize].tag.to_string(), m.label))
            .collect()
    }

    const PROSE: &str = "<p>The council voted on Tuesday to replace the old diesel ferry with a boat that runs on solar power, ending a debate that had lasted for more than three years in the town.</p>";

    #[test]
    fn clutter_boxes_go_whole_photos_stay() {
        let html = format!(
            "<body><article>{PROSE}<figure><img src='a.jpg'><figcaption>Photo: Ann Lee/Northwind</figcaption></figure>{PROSE}\
             <aside class='related-stories'><img src='b.jpg'><ul><li><a href='/1'>Ferry misses crossings</a></li><li><a href='/2'>Panels go up</a></li></ul></aside>\
             <div class='ad-slot'><iframe src='ad.html'></iframe></div>{PROSE}</article></body>"
        );
        let m = marks(&html);
        assert!(m.contains(&("aside".into(), Label::Ad)), "{m:?}");
        assert!(
            m.contains(&("div".into(), Label::Ad)),
            "empty ad slot: {m:?}"
        );
        assert!(m.contains(&("figcaption".into(), Label::Caption)), "{m:?}");
        assert!(
            !m.iter().any(|(t, _)| t == "figure" || t == "article"),
            "{m:?}"
        );
    }

    #[test]
    fn camel_case_class_names_are_read_by_their_parts() {
        // `newsCaption` names a caption and `storyRelatedLinks` a clutter box only
        // when their humps are split; the adapter keeps the case for that.
        let html = format!(
            "<body><article>{PROSE}<div class='photo'><img src='a.jpg'><span class='newsCaption'>A ferry in the harbour at dawn</span></div>{PROSE}\
             <div class='storyRelatedLinks'><p>Ferry misses crossings</p><p>Panels go up</p></div>{PROSE}</article></body>"
        );
        let page = Page::parse(&html);
        assert!(page
            .split()
            .blocks
            .iter()
            .any(|b| &*b.ancestors[0].hints == "newsCaption"));
        let m = marks(&html);
        assert!(m.contains(&("span".into(), Label::Caption)), "{m:?}");
        assert!(
            m.iter().any(|(t, l)| t == "div" && *l == Label::Ad),
            "{m:?}"
        );
    }

    #[test]
    fn the_id_survives_a_long_class_list() {
        // Utility-class pages carry long class lists; the hints are bounded,
        // so the id (one descriptive name) comes first.
        let classes = "flex mx-auto px-4 py-2 text-sm ".repeat(6);
        let page = Page::parse(&format!(
            "<div id='comments' class='{classes}'><p>Nice</p></div>"
        ));
        let s = page.split();
        assert!(s.blocks[0].ancestors[1].hints.starts_with("comments "));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}deep{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        assert_eq!(texts(&html), ["deep"]);
    }
}
