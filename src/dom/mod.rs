//! Block splitting, written once, generic over a small DOM trait.
//!
//! An adapter (`html` for parsed HTML, `web` for the live DOM, `snapshot` for a
//! plain-data copy) implements
//! [`Dom`]; [`split`] walks the tree and returns plain [`Block`]s plus, for each,
//! the element that holds it. [`plan_marks`] decides which elements get a
//! `data-declutter-label` (never one that holds visible text), and
//! [`visible_text`] renders what a reader sees after hiding.

#[cfg(feature = "cli")]
pub mod html;
pub mod snapshot;
#[cfg(all(target_arch = "wasm32", feature = "js-api"))]
pub mod web;

use crate::block::{Ancestor, Block, Inside, MAX_ANCESTORS, MAX_HINT_CHARS};
use crate::features::{has_bytes, has_hint};
use crate::hash::FastHash;
use crate::label::{Label, Verdict};
use crate::lexicon;
use crate::options::Options;
use crate::text::collapse_whitespace;
use snapshot::ascii_lowercase;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// The attribute that carries each marked element's label.
pub const LABEL_ATTR: &str = "data-declutter-label";
/// The `id` of the one stylesheet Declutter injects.
pub const STYLE_ID: &str = "declutter-style";

/// The stylesheet that hides every label the options hide.
pub fn stylesheet(options: &Options) -> String {
    let selectors: Vec<String> = Label::ALL
        .iter()
        .filter(|l| options.hides(**l))
        .map(|l| format!("[{LABEL_ATTR}=\"{}\"]", l.as_str()))
        .collect();
    if selectors.is_empty() {
        String::new()
    } else {
        format!("{}{{display:none!important}}", selectors.join(","))
    }
}

/// What a declutter run did.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Blocks per label.
    pub counts: Counts,
    /// Blocks classified.
    pub blocks: usize,
    /// Blocks hidden.
    pub hidden: usize,
    /// Blocks whose label is hidden but that stay visible because their text
    /// shares an element with visible text.
    pub kept: usize,
    /// Whether the page looks like an article (see
    /// [`is_readerable`](crate::classify::is_readerable)): the extension acts on
    /// its own only then.
    pub readerable: bool,
    /// Milliseconds the run took.
    pub ms: f64,
}

/// Blocks per label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub body: usize,
    pub caption: usize,
    pub ad: usize,
    pub code: usize,
}

impl Report {
    /// Sums up verdicts and a plan.
    pub fn new(
        blocks: &[Block],
        verdicts: &[Verdict],
        plan: &Plan,
        options: &Options,
        ms: f64,
    ) -> Report {
        let mut counts = Counts::default();
        for v in verdicts {
            *match v.label {
                Label::Body => &mut counts.body,
                Label::Caption => &mut counts.caption,
                Label::Ad => &mut counts.ad,
                Label::Code => &mut counts.code,
            } += 1;
        }
        let hideable = verdicts.iter().filter(|v| options.hides(v.label)).count();
        Report {
            counts,
            blocks: verdicts.len(),
            hidden: hideable - plan.kept,
            kept: plan.kept,
            readerable: crate::classify::is_readerable(blocks, verdicts),
            ms,
        }
    }
}

/// The few things block splitting needs from a document tree. Strings are
/// borrowed from the tree when it holds them as they are needed.
pub trait Dom {
    /// A node handle.
    type Node: Clone;
    /// First child, in document order.
    fn first_child(&self, node: &Self::Node) -> Option<Self::Node>;
    /// Next sibling, in document order.
    fn next_sibling(&self, node: &Self::Node) -> Option<Self::Node>;
    /// Lowercase local name if the node is an element.
    fn element_name(&self, node: &Self::Node) -> Option<Cow<'_, str>>;
    /// The text if the node is a text node (CDATA included).
    fn text(&self, node: &Self::Node) -> Option<Cow<'_, str>>;
    /// An attribute of an element.
    fn attr(&self, node: &Self::Node, name: &str) -> Option<Cow<'_, str>>;
}

/// Elements whose content is never shown as text (sorted, for
/// [`is_listed`]).
const SKIPPED: &[&str] = &[
    "base", "canvas", "embed", "frameset", "head", "iframe", "input", "link", "meta", "noscript",
    "object", "script", "style", "svg", "template", "textarea", "title",
];

/// Elements that end a run of text (block-level boxes, line breaks, replaced
/// elements). Everything else is inline. Sorted, for [`is_listed`].
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "audio",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "video",
];

/// Whether a tag is in a sorted tag list.
fn is_listed(list: &[&str], tag: &str) -> bool {
    list.binary_search(&tag).is_ok()
}

/// What the walk knows about one element it entered.
#[derive(Clone, Debug)]
pub struct ElementInfo {
    /// Lowercase tag name.
    pub tag: Arc<str>,
    /// Id and class as written (case kept: camelCase parts are split when
    /// matched), bounded.
    pub hints: Arc<str>,
    /// ARIA role, lowercase.
    pub role: Arc<str>,
    /// Parent element id (`u32::MAX` for the walk's root).
    pub parent: u32,
    /// Kinds of element around it, itself included.
    pub inside: Inside,
    /// Heading level of the nearest heading element around it, itself included.
    pub heading: u8,
    /// Whether it is block-level.
    pub block: bool,
}

/// Blocks of a document and where they live in it.
pub struct Split<N> {
    /// The blocks, in document order.
    pub blocks: Vec<Block>,
    /// For each block, the id of the smallest element holding all of its text.
    pub holders: Vec<u32>,
    /// Every element entered, by id (pre-order position).
    pub elements: Vec<N>,
    /// What the walk learned about each element, by id.
    pub info: Vec<ElementInfo>,
}

/// A hidden-or-shown decision for one element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Element id (index into [`Split::elements`]).
    pub element: u32,
    /// Its label; the element is hidden when the options hide this label.
    pub label: Label,
}

/// The marks to apply and what could not be hidden.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// One mark per holding element, in document order.
    pub marks: Vec<Mark>,
    /// Blocks left visible although their label is hidden, because their text
    /// shares an element with text that stays visible.
    pub kept: usize,
}

/// Receives the walk's events.
trait Visitor<N> {
    /// Entering a shown element; false skips its subtree (and its `exit`).
    fn enter(&mut self, node: &N, name: &str) -> bool;
    /// A text node.
    fn text(&mut self, text: &str);
    /// Leaving the element last entered.
    fn exit(&mut self);
    /// An element passed over because it is never shown.
    fn skipped(&mut self, _node: &N, _name: &str) {}
}

enum Visit<N> {
    Enter { node: N, root: bool },
    Exit,
}

/// Walks `root`'s subtree in document order. Elements that are never shown
/// ([`SKIPPED`], `hidden`, inline `display:none`) are passed over without an
/// event, so every visitor numbers the shown elements alike. Iterative, so
/// nesting depth cannot overflow the stack.
fn walk<D: Dom, V: Visitor<D::Node>>(dom: &D, root: &D::Node, visitor: &mut V) {
    let mut stack = vec![Visit::Enter {
        node: root.clone(),
        root: true,
    }];
    while let Some(visit) = stack.pop() {
        let (node, root) = match visit {
            Visit::Exit => {
                visitor.exit();
                continue;
            }
            Visit::Enter { node, root } => (node, root),
        };
        if !root {
            if let Some(next) = dom.next_sibling(&node) {
                stack.push(Visit::Enter {
                    node: next,
                    root: false,
                });
            }
        }
        if let Some(name) = dom.element_name(&node) {
            if !is_shown(dom, &node, &name) {
                visitor.skipped(&node, &name);
            } else if visitor.enter(&node, &name) {
                stack.push(Visit::Exit);
                if let Some(child) = dom.first_child(&node) {
                    stack.push(Visit::Enter {
                        node: child,
                        root: false,
                    });
                }
            }
        } else if let Some(text) = dom.text(&node) {
            visitor.text(&text);
        }
    }
}

fn is_shown<D: Dom>(dom: &D, node: &D::Node, name: &str) -> bool {
    if is_listed(SKIPPED, name) || dom.attr(node, "hidden").is_some() {
        return false;
    }
    match dom.attr(node, "style") {
        Some(style) => {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            !(has_bytes(&style, "display:none") || has_bytes(&style, "visibility:hidden"))
        }
        None => true,
    }
}

/// The run of text being collected.
struct Run {
    text: String,
    link_chars: usize,
    /// Smallest element holding all text so far, and its depth on the path.
    holder: Option<(u32, usize)>,
    /// Shallowest path depth the walk returned to since the last text.
    popped_to: usize,
}

struct Splitter<'d, D: Dom> {
    dom: &'d D,
    out: Split<D::Node>,
    /// Element ids on the path from the root to the current node.
    path: Vec<u32>,
    run: Run,
    /// Whether `<script>` and `<style>` text becomes blocks, as when a scraper
    /// takes `textContent` (for deriving labeled text documents).
    leaked_code: bool,
    /// One shared copy of each tag, hint and role string: elements repeat them.
    strings: Interner,
}

/// Hands out one shared `Arc<str>` per distinct string.
#[derive(Default)]
struct Interner {
    /// The empty string: most elements have no class, id or role.
    empty: Arc<str>,
    others: HashSet<Arc<str>, FastHash>,
}

impl Interner {
    fn get(&mut self, s: &str) -> Arc<str> {
        if s.is_empty() {
            return self.empty.clone();
        }
        if let Some(a) = self.others.get(s) {
            return a.clone();
        }
        let a: Arc<str> = s.into();
        self.others.insert(a.clone());
        a
    }
}

impl<D: Dom> Visitor<D::Node> for Splitter<'_, D> {
    fn enter(&mut self, node: &D::Node, name: &str) -> bool {
        let block = is_listed(BLOCK_LEVEL, name);
        if block {
            self.flush();
        }
        let parent = self.path.last().copied().unwrap_or(u32::MAX);
        let info = element_info(
            self.dom,
            node,
            name,
            parent,
            self.out.info.get(parent as usize),
            block,
            &mut self.strings,
        );
        let id = self.out.elements.len() as u32;
        self.out.elements.push(node.clone());
        self.out.info.push(info);
        self.path.push(id);
        true
    }

    fn text(&mut self, text: &str) {
        let Some(&parent) = self.path.last() else {
            return;
        };
        let run = &mut self.run;
        if text.chars().all(char::is_whitespace) {
            // Separates words but holds nothing: it must not widen the holder
            // (whitespace after a run's last link would make it the parent).
            if !run.text.is_empty() {
                run.text.push(' ');
            }
            return;
        }
        let depth = self.path.len() - 1;
        if self.out.info[parent as usize].inside.link {
            run.link_chars += text.chars().count();
        }
        run.text.push_str(text);
        let low = match run.holder {
            None => depth,
            Some((_, at)) => at.min(run.popped_to).min(depth),
        };
        run.holder = Some((self.path[low], low));
        run.popped_to = usize::MAX;
    }

    fn exit(&mut self) {
        if let Some(id) = self.path.pop() {
            if self.out.info[id as usize].block {
                self.flush();
            }
        }
        self.run.popped_to = self.run.popped_to.min(self.path.len().saturating_sub(1));
    }

    fn skipped(&mut self, node: &D::Node, name: &str) {
        if !self.leaked_code || !matches!(name, "script" | "style") {
            return;
        }
        let Some(&parent) = self.path.last() else {
            return;
        };
        let mut code = String::new();
        let mut child = self.dom.first_child(node);
        while let Some(c) = child {
            if let Some(t) = self.dom.text(&c) {
                code.push_str(&t);
            }
            child = self.dom.next_sibling(&c);
        }
        self.flush();
        self.push_block(&code, 0, parent, Some(name));
    }
}

/// Splits `root`'s subtree into blocks.
pub fn split<D: Dom>(dom: &D, root: &D::Node) -> Split<D::Node> {
    split_with(dom, root, false)
}

/// Like [`split`], and the text of every `<script>` and `<style>` becomes a
/// block too (tag `script` or `style`), where a scraper using `textContent`
/// would have put it. For deriving labeled text documents from pages.
pub fn split_with_leaked_code<D: Dom>(dom: &D, root: &D::Node) -> Split<D::Node> {
    split_with(dom, root, true)
}

fn split_with<D: Dom>(dom: &D, root: &D::Node, leaked_code: bool) -> Split<D::Node> {
    let mut splitter = Splitter {
        dom,
        out: Split {
            blocks: Vec::new(),
            holders: Vec::new(),
            elements: Vec::new(),
            info: Vec::new(),
        },
        path: Vec::new(),
        run: Run {
            text: String::new(),
            link_chars: 0,
            holder: None,
            popped_to: usize::MAX,
        },
        leaked_code,
        strings: Interner::default(),
    };
    walk(dom, root, &mut splitter);
    splitter.flush();
    splitter.out
}

fn element_info<D: Dom>(
    dom: &D,
    node: &D::Node,
    tag: &str,
    parent: u32,
    parent_info: Option<&ElementInfo>,
    block: bool,
    strings: &mut Interner,
) -> ElementInfo {
    let mut hints = String::new();
    for attr in ["id", "class"] {
        if let Some(v) = dom.attr(node, attr) {
            if !hints.is_empty() {
                hints.push(' ');
            }
            hints.push_str(char_prefix(&v, MAX_HINT_CHARS));
        }
    }
    hints.truncate(char_prefix(&hints, MAX_HINT_CHARS).len());
    let role = dom
        .attr(node, "role")
        .map(|r| ascii_lowercase(r.trim()).into_owned())
        .unwrap_or_default();
    let mut inside = parent_info.map(|p| p.inside).unwrap_or_default();
    let mut heading = parent_info.map(|p| p.heading).unwrap_or(0);
    match tag {
        "figure" => inside.figure = true,
        "figcaption" => inside.figcaption = true,
        "aside" => inside.aside = true,
        "nav" => inside.nav = true,
        "header" => inside.header = true,
        "footer" => inside.footer = true,
        "form" => inside.form = true,
        "button" => inside.button = true,
        "li" | "ul" | "ol" | "dl" => inside.list = true,
        "table" => inside.table = true,
        "blockquote" | "q" => inside.blockquote = true,
        "pre" | "code" | "kbd" | "samp" => inside.pre = true,
        "article" | "main" => inside.article = true,
        "a" if dom.attr(node, "href").is_some() => inside.link = true,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            heading = tag.as_bytes()[1] - b'0';
        }
        _ => {}
    }
    match role.as_str() {
        "navigation" | "menu" | "menubar" => inside.nav = true,
        "complementary" => inside.aside = true,
        "banner" => inside.header = true,
        "contentinfo" => inside.footer = true,
        "button" => inside.button = true,
        "main" | "article" => inside.article = true,
        "heading" if heading == 0 => {
            heading = dom
                .attr(node, "aria-level")
                .and_then(|l| l.trim().parse().ok())
                .filter(|l| (1..=6).contains(l))
                .unwrap_or(2);
        }
        _ => {}
    }
    ElementInfo {
        tag: strings.get(tag),
        hints: strings.get(&hints),
        role: strings.get(&role),
        parent,
        inside,
        heading,
        block,
    }
}

/// The first `n` characters of `s`.
fn char_prefix(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at])
}

impl<D: Dom> Splitter<'_, D> {
    /// Ends the current run: a block when it holds text.
    fn flush(&mut self) {
        let raw = std::mem::take(&mut self.run.text);
        let link_chars = std::mem::take(&mut self.run.link_chars);
        let holder = self.run.holder.take();
        self.run.popped_to = usize::MAX;
        if let Some((holder, _)) = holder {
            self.push_block(&raw, link_chars, holder, None);
        }
    }

    /// Adds a block of `raw` text held by element `holder`; `tag` overrides the
    /// block element's tag (for leaked `<script>`/`<style>` text).
    fn push_block(&mut self, raw: &str, link_chars: usize, holder: u32, tag: Option<&str>) {
        let text = collapse_whitespace(raw);
        if text.is_empty() {
            return;
        }
        let out = &mut self.out;
        let info = &out.info[holder as usize];
        let mut depth = 0;
        let mut at = holder;
        while let Some(i) = out.info.get(at as usize).filter(|_| depth < MAX_ANCESTORS) {
            depth += 1;
            at = i.parent;
        }
        let mut ancestors = Vec::with_capacity(depth);
        let mut tag = tag.map(str::to_string).unwrap_or_default();
        let mut at = holder;
        while let Some(i) = out.info.get(at as usize) {
            if tag.is_empty() && i.block {
                tag = i.tag.to_string();
            }
            if ancestors.len() < MAX_ANCESTORS {
                ancestors.push(Ancestor {
                    id: at,
                    tag: i.tag.clone(),
                    hints: i.hints.clone(),
                    role: i.role.clone(),
                });
            } else if !tag.is_empty() {
                break;
            }
            at = i.parent;
        }
        let chars = text.chars().count();
        out.blocks.push(Block {
            link_chars: link_chars.min(chars),
            text,
            tag,
            heading: info.heading,
            ancestors,
            inside: info.inside,
            index: out.blocks.len(),
            layout: None,
        });
        out.holders.push(holder);
    }
}

/// Decides which element gets which `data-declutter-label`. A block's holding
/// element is marked with its label unless the label is hidden and the element
/// (or something inside it) holds text that stays visible — then the block stays
/// visible and is counted in [`Plan::kept`]. Each element is marked once; a
/// visible label wins over a hidden one.
///
/// Clutter boxes go as a whole: the highest clutter container (see
/// `is_clutter_box`) around a hidden block that holds no visible text is
/// marked `ad`, so its images, iframes and empty space go too; so is an ad slot
/// with no text at all. Containers that hold visible text are never marked.
pub fn plan_marks<N>(split: &Split<N>, verdicts: &[Verdict], options: &Options) -> Plan {
    let info = &split.info;
    let n = info.len();
    // Elements holding (or around) visible text, and holding any text at all.
    // Ids are pre-order, so a parent's id is smaller than its children's.
    let mut protected = vec![false; n];
    let mut has_text = vec![false; n];
    for (&holder, v) in split.holders.iter().zip(verdicts) {
        has_text[holder as usize] = true;
        if !options.hides(v.label) {
            protected[holder as usize] = true;
        }
    }
    for id in (1..n).rev() {
        let parent = info[id].parent as usize;
        if parent < n {
            protected[parent] |= protected[id];
            has_text[parent] |= has_text[id];
        }
    }
    let mut label_of: Vec<Option<Label>> = vec![None; n];
    let mut kept = 0;
    for (&holder, v) in split.holders.iter().zip(verdicts) {
        let slot = &mut label_of[holder as usize];
        if !options.hides(v.label) {
            if slot.is_none_or(|l| options.hides(l)) {
                *slot = Some(v.label);
            }
        } else if protected[holder as usize] {
            kept += 1;
        } else if slot.is_none() {
            *slot = Some(v.label);
        }
    }
    if options.hides(Label::Ad) {
        // Blocks share ancestors: each element's class/id is matched once; and
        // elements share classes: each distinct class/id is matched once.
        let mut negative = HintMemo::new(lexicon::NEGATIVE_HINTS);
        let mut ad_slot = HintMemo::new(lexicon::AD_SLOT_HINTS);
        let mut clutter_box: Vec<Option<bool>> = vec![None; n];
        for (&holder, v) in split.holders.iter().zip(verdicts) {
            if !options.hides(v.label) || protected[holder as usize] {
                continue;
            }
            let mut top = None;
            let mut at = info[holder as usize].parent as usize;
            while at < n && !protected[at] && !is_page_frame(&info[at]) {
                let e = &info[at];
                if *clutter_box[at]
                    .get_or_insert_with(|| is_clutter_box(e, &mut negative, &mut ad_slot))
                {
                    top = Some(at);
                }
                at = info[at].parent as usize;
            }
            if let Some(top) = top {
                label_of[top].get_or_insert(Label::Ad);
            }
        }
        for id in 1..n {
            if !has_text[id] && ad_slot.has(&info[id].hints) && !is_page_frame(&info[id]) {
                label_of[id].get_or_insert(Label::Ad);
            }
        }
    }
    Plan {
        marks: label_of
            .into_iter()
            .enumerate()
            .filter_map(|(id, l)| {
                l.map(|label| Mark {
                    element: id as u32,
                    label,
                })
            })
            .collect(),
        kept,
    }
}

/// Elements that frame the whole page or article and are never hidden whole.
fn is_page_frame(e: &ElementInfo) -> bool {
    e.parent == u32::MAX || matches!(&*e.tag, "html" | "body" | "main" | "article")
}

/// A container that is clutter when all its text is: an aside, navigation, a
/// form, a list, a header or footer, a drop-down, or an element whose class,
/// id or role names clutter (or an ad slot).
fn is_clutter_box<'a>(
    e: &'a ElementInfo,
    negative: &mut HintMemo<'a>,
    ad_slot: &mut HintMemo<'a>,
) -> bool {
    matches!(
        &*e.tag,
        "aside" | "nav" | "form" | "ul" | "ol" | "dl" | "header" | "footer" | "select"
    ) || lexicon::NEGATIVE_ROLES.contains(&e.role)
        || negative.has(&e.hints)
        || ad_slot.has(&e.hints)
}

/// Whether class/id hints name a word of one list, remembered per hints string.
struct HintMemo<'a> {
    list: lexicon::Words,
    seen: HashMap<&'a str, bool, FastHash>,
}

impl<'a> HintMemo<'a> {
    fn new(list: lexicon::Words) -> HintMemo<'a> {
        HintMemo {
            list,
            seen: HashMap::default(),
        }
    }

    fn has(&mut self, hints: &'a str) -> bool {
        if hints.is_empty() {
            return false;
        }
        *self
            .seen
            .entry(hints)
            .or_insert_with(|| has_hint(hints, self.list))
    }
}

/// The text a reader sees once the plan's hidden marks are applied: blocks of
/// shown text separated by newlines, whitespace collapsed.
pub fn visible_text<D: Dom>(dom: &D, root: &D::Node, plan: &Plan, options: &Options) -> String {
    let mut hidden = Vec::new();
    for m in plan.marks.iter().filter(|m| options.hides(m.label)) {
        let i = m.element as usize;
        if hidden.len() <= i {
            hidden.resize(i + 1, false);
        }
        hidden[i] = true;
    }
    let mut reader = Reader {
        hidden,
        next_id: 0,
        open: Vec::new(),
        hidden_depth: 0,
        line: String::new(),
        out: String::new(),
    };
    walk(dom, root, &mut reader);
    reader.end_line();
    reader.out
}

/// Collects shown text, skipping hidden subtrees while numbering their
/// elements so ids stay in step with [`split`].
struct Reader {
    hidden: Vec<bool>,
    next_id: usize,
    /// For each open element: (block-level, hidden).
    open: Vec<(bool, bool)>,
    hidden_depth: usize,
    line: String,
    out: String,
}

impl Reader {
    fn end_line(&mut self) {
        let text = collapse_whitespace(&self.line);
        self.line.clear();
        if !text.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.out.push_str(&text);
        }
    }
}

impl<N> Visitor<N> for Reader {
    fn enter(&mut self, _: &N, name: &str) -> bool {
        let hidden = self.hidden.get(self.next_id).copied().unwrap_or(false);
        self.next_id += 1;
        let block = is_listed(BLOCK_LEVEL, name);
        if block && self.hidden_depth == 0 {
            self.end_line();
        }
        if hidden {
            self.hidden_depth += 1;
        }
        self.open.push((block, hidden));
        true
    }

    fn text(&mut self, text: &str) {
        if self.hidden_depth == 0 {
            self.line.push_str(text);
        }
    }

    fn exit(&mut self) {
        if let Some((block, hidden)) = self.open.pop() {
            if hidden {
                self.hidden_depth -= 1;
            }
            if block && self.hidden_depth == 0 {
                self.end_line();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_lists_are_sorted() {
        for list in [SKIPPED, BLOCK_LEVEL] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
