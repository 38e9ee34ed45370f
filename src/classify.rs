//! The classifier: blocks in, verdicts out, in short named steps.
//!
//! 1. [`features`](crate::features) of each block alone (text and markup);
//! 2. `Prior`: a jusText-style first class per block — clutter, prose,
//!    medium or short;
//! 3. `main_container`: the element holding the most prose, Readability-style;
//! 4. `decide`: the final label from the block's evidence, whether it sits in
//!    the main content, and its neighbours.

use crate::block::Block;
use crate::features::{
    detect_lang_lexed, features_lexed, lex, Boilerplate, Features, HintCache, Lexed,
};
use crate::hash::FastHash;
use crate::label::{Label, Verdict};
use crate::lexicon as lx;
use crate::model::{Linear, TextModel, STAGE1_FEATURES};
use crate::options::Options;
use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;

/// Labels every block; `verdicts[i]` belongs to `blocks[i]`.
pub fn classify(blocks: &[Block], options: &Options) -> Vec<Verdict> {
    classify_with(blocks, options, &TextModel::builtin())
}

/// Labels blocks that come from a page's markup (every DOM adapter's blocks
/// have at least their holding element as an ancestor): the hand-written
/// rules alone. The same verdicts as [`classify`] gives such blocks, without
/// the text-mode model, so a build that only classifies pages (the
/// extension's) leaves the model's weights and code out.
pub fn classify_markup(blocks: &[Block], options: &Options) -> Vec<Verdict> {
    if blocks.is_empty() {
        return Vec::new();
    }
    rule_verdicts(blocks, &block_features(blocks, options))
}

/// The features of every block, in the language the options give or the one
/// detected from the blocks' text.
pub fn block_features(blocks: &[Block], options: &Options) -> Vec<Features> {
    features_of::<false>(blocks, options)
}

/// [`block_features`] of blocks of plain text, with the page furniture that
/// markup would give away in a page ([`crate::features::furniture`]).
pub fn text_features(blocks: &[Block], options: &Options) -> Vec<Features> {
    features_of::<true>(blocks, options)
}

fn features_of<const TEXT: bool>(blocks: &[Block], options: &Options) -> Vec<Features> {
    let lexed: Vec<Lexed> = blocks.iter().map(lex).collect();
    let lang = options
        .lang_hint()
        .or_else(|| detect_lang_lexed(blocks, &lexed));
    let mut hints = HintCache::default();
    blocks
        .iter()
        .zip(&lexed)
        .map(|(b, l)| features_lexed::<TEXT>(b, l, lang, &mut hints))
        .collect()
}

/// [`classify`] with a given text-mode model (training and cross-validation
/// pass the model being evaluated).
pub fn classify_with(blocks: &[Block], options: &Options, model: &TextModel) -> Vec<Verdict> {
    if blocks.is_empty() {
        return Vec::new();
    }
    if blocks
        .iter()
        .all(|b| b.tag.is_empty() && b.ancestors.is_empty())
    {
        let feats = text_features(blocks, options);
        let rules = text_rule_verdicts(blocks, &feats);
        return text_mode(blocks, &feats, &rules, model);
    }
    rule_verdicts(blocks, &block_features(blocks, options))
}

/// The hand-written rules: priors, main content, per-block decision, smoothing.
pub fn rule_verdicts(blocks: &[Block], feats: &[Features]) -> Vec<Verdict> {
    rules::<false>(blocks, feats)
}

/// [`rule_verdicts`] for blocks of plain text, with the passes of text mode
/// ([`text_frame`]): what the text model reads and mostly stands by.
pub fn text_rule_verdicts(blocks: &[Block], feats: &[Features]) -> Vec<Verdict> {
    rules::<true>(blocks, feats)
}

/// The rules, with text mode's own passes when `TEXT` (a constant, so a build
/// that only classifies markup leaves them out).
fn rules<const TEXT: bool>(blocks: &[Block], feats: &[Features]) -> Vec<Verdict> {
    let feats = &schedule_rows(blocks, feats);
    let priors: Vec<Prior> = blocks.iter().zip(feats).map(|(b, f)| prior(b, f)).collect();
    let cut_teasers = cut_teasers(blocks);
    let container = main_container(blocks, feats, &priors, &cut_teasers);
    let posts = container.map_or_else(Vec::new, |c| posts(blocks, feats, &priors, c));
    // Per block: how far up its main content element is (the container or a
    // post), if it is in the main content; always, in text mode.
    let main_depth: Vec<Option<usize>> = blocks
        .iter()
        .map(|b| match container {
            None => Some(usize::MAX),
            Some(c) => b
                .ancestors
                .iter()
                .position(|a| a.id == c || posts.contains(&a.id)),
        })
        .collect();
    let headline = headline::<TEXT>(blocks, feats, &priors, &main_depth);
    let prose_holders = blocks
        .iter()
        .zip(&priors)
        .filter(|(_, &p)| p == Prior::Good)
        .flat_map(|(b, _)| b.ancestors.iter().take(lx::META_ANCESTORS).map(|a| a.id))
        .collect();
    let ctx = Context {
        blocks,
        feats,
        prose_holders,
        priors: &priors,
        cut_teasers: &cut_teasers,
        container,
        main_depth,
        headline,
    };
    let first: Vec<Verdict> = (0..blocks.len()).map(|i| decide(&ctx, i)).collect();
    let verdicts = appeals(&ctx, comments(&ctx, teasers(&ctx, smooth(&ctx, first))));
    let verdicts = box_titles(&ctx, boilerplate(&ctx, verdicts));
    if TEXT {
        text_frame(&ctx, verdicts)
    } else {
        verdicts
    }
}

/// Text mode's passes over the rules' verdicts (no pattern matched the block):
/// - the article's frame, which the model was taught otherwise by the
///   benchmark's truth: the standfirst right under the headline, the first
///   paragraph of prose under it (a byline and a date may come between) and
///   a short line between two paragraphs (a subheading);
/// - what follows an article ([`crate::features::endmatter`]): an author's bio or a
///   reader's comment under a handle, which markup gives away in a page.
fn text_frame(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    let good = |j: usize| ctx.priors.get(j) == Some(&Prior::Good);
    for (i, v) in verdicts.iter_mut().enumerate() {
        if v.confidence >= lx::CONFIDENCE_PATTERN || Some(i) == ctx.headline || v.reason == KICKER {
            continue;
        }
        let b = &ctx.blocks[i];
        let f = &ctx.feats[i];
        let endmatter = crate::features::endmatter(&b.text, f.words);
        if let Some(reason) = endmatter {
            *v = Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, reason);
        } else if i.checked_sub(1) == ctx.headline
            && (lx::DEK_MIN_WORDS..=lx::DEK_MAX_WORDS).contains(&f.words)
        {
            *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, DEK);
        } else if good(i)
            && ctx
                .headline
                .is_some_and(|h| h < i && i - h <= lx::LEDE_REACH && !(h + 1..i).any(good))
        {
            *v = Verdict::new(Label::Body, lx::CONFIDENCE_PROSE, LEDE);
        } else if ctx.priors[i] == Prior::Short
            && !f.ends_sentence
            && f.words <= lx::SUBHEADING_MAX_WORDS
            && i.checked_sub(1).is_some_and(good)
            && good(i + 1)
        {
            *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, SUBHEADING);
        }
    }
    article_lists(ctx, &mut verdicts);
    code_samples(ctx, &mut verdicts);
    fact_boxes(ctx, &mut verdicts);
    live_blog(ctx, &mut verdicts);
    verdicts
}

/// Text mode: a programming post's code samples. A line of the article's
/// prose ending with a colon ("Install it with:") over lines of code
/// ([`crate::features::code_line`], half at least showing code syntax): the
/// lines are the article's, even where the code patterns matched them, and
/// so is the line that introduces them. Code that leaked from a page's
/// scripts and styles follows no such introduction.
fn code_samples(ctx: &Context, verdicts: &mut [Verdict]) {
    use crate::features::{code_line, code_marks};
    let text = |j: usize| ctx.blocks[j].text.trim();
    let line = |j: usize, v: &Verdict| {
        (v.confidence < lx::CONFIDENCE_PATTERN || v.label == Label::Code)
            && ctx.feats[j].words <= lx::CODE_LINE_MAX_WORDS
            && code_line(text(j))
    };
    let mut i = 0;
    while i < verdicts.len() {
        let intro = ctx.feats[i].words >= lx::CODE_INTRO_MIN_WORDS
            && verdicts[i].confidence < lx::CONFIDENCE_PATTERN
            && text(i).ends_with([':', '：'])
            && !code_line(text(i));
        let mut end = i + 1;
        while intro && end < verdicts.len() && line(end, &verdicts[end]) {
            end += 1;
        }
        if end > i + 1 && 2 * (i + 1..end).filter(|&j| code_marks(text(j))).count() >= end - i - 1 {
            for v in &mut verdicts[i..end] {
                *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, CODE_SAMPLE);
            }
        }
        i = end;
    }
}

/// Text mode: a live blog's entries. When at least [`lx::LIVE_MIN_STAMPS`]
/// lines are bare time stamps ("19:42", "87'") with at most
/// [`lx::LIVE_MAX_GAP`] blocks between one and the next, the sentences of
/// [`lx::LIVE_ENTRY_MIN_WORDS`] words or more between them (and right after
/// the last) that no pattern matched are the article's. A comment thread
/// stamps its comments with dates or "3 hours ago", not bare times.
fn live_blog(ctx: &Context, verdicts: &mut [Verdict]) {
    let stamps: Vec<usize> = (0..verdicts.len())
        .filter(|&i| {
            ctx.feats[i].words <= lx::LIVE_STAMP_MAX_WORDS
                && crate::features::live_stamp(&ctx.blocks[i].text)
        })
        .collect();
    if stamps.len() < lx::LIVE_MIN_STAMPS {
        return;
    }
    let entry = |j: usize, v: &Verdict| {
        v.confidence < lx::CONFIDENCE_PATTERN
            && ctx.feats[j].words >= lx::LIVE_ENTRY_MIN_WORDS
            && ctx.feats[j].ends_sentence
    };
    for (k, &s) in stamps.iter().enumerate() {
        let next = stamps.get(k + 1).copied();
        if next.is_some_and(|n| n - s > lx::LIVE_MAX_GAP + 1) {
            continue;
        }
        let end = next.unwrap_or(verdicts.len()).min(s + 1 + lx::LIVE_MAX_GAP);
        for (j, v) in verdicts.iter_mut().enumerate().take(end).skip(s + 1) {
            if entry(j, v) {
                *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, LIVE_ENTRY);
            }
        }
    }
}

/// Text mode: a list, fact box or table of the article given one item per
/// line ("Zutaten" / "500 g Mehl" / …, "Display: 6.1 inches" / …) between two
/// paragraphs of its prose. The run holds no pattern (promo, byline, credit …)
/// and at most [`lx::LIST_MAX_ITEMS`] lines of at most
/// [`lx::LIST_ITEM_MAX_WORDS`] words, and reads as a list: the paragraph
/// before it ends with a colon; or most of its items open with a number or
/// in lowercase or are a labelled value ("Weight: 214 g"); or it opens with a
/// short title ("Zutaten", "Pros") over items that are half such, or all terse
/// phrases of a few words ("Excellent battery life"). Whole-page dumps hold
/// menus (items of a word or two) and related headlines between teaser
/// paragraphs too, which rarely read so.
fn article_lists(ctx: &Context, verdicts: &mut [Verdict]) {
    let good = |j: usize| ctx.priors.get(j) == Some(&Prior::Good);
    let item = |j: usize, v: &Verdict| {
        !good(j)
            && v.confidence < lx::CONFIDENCE_PATTERN
            && ctx.feats[j].words <= lx::LIST_ITEM_MAX_WORDS
            && Some(j) != ctx.headline
    };
    let mut i = 1;
    while i < verdicts.len() {
        if !(good(i - 1) && item(i, &verdicts[i])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < verdicts.len() && item(i, &verdicts[i]) {
            i += 1;
        }
        let run = start..i;
        if !good(i) || run.len() < 2 || run.len() > lx::LIST_MAX_ITEMS {
            continue;
        }
        let text = |j: usize| ctx.blocks[j].text.trim();
        let titled = {
            let f = &ctx.feats[start];
            f.words <= lx::LIST_TITLE_MAX_WORDS && !f.ends_sentence
        };
        let listy = run
            .clone()
            .filter(|&j| {
                let t = text(j);
                t.starts_with(|c: char| c.is_numeric() || c.is_lowercase())
                    || t.starts_with(['-', '–', '•', '·', '*', '▪', '◦'])
                    || t.find([':', '：'])
                        .is_some_and(|at| at > 0 && at + 1 < t.len())
            })
            .count();
        let all_terse = run.clone().skip(1).all(|j| terse(&ctx.feats[j]));
        if text(start - 1).ends_with([':', '：'])
            || (titled && (all_terse || 2 * listy >= run.len()))
            || 2 * listy > run.len()
        {
            for j in run {
                verdicts[j] = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, LIST);
            }
        }
    }
    pros_and_cons(ctx, verdicts, &item);
}

/// Whether a paragraph of the article's prose comes at most
/// [`lx::PROS_CONS_REACH`] blocks before block `i`: prose by its stopwords,
/// or long and ending a sentence (in a language without a stopword list).
fn after_prose(ctx: &Context, i: usize) -> bool {
    (i.saturating_sub(lx::PROS_CONS_REACH)..i).any(|j| {
        matches!(ctx.priors[j], Prior::Good | Prior::Medium)
            || ctx.feats[j].words >= lx::LONG_WORDS && ctx.feats[j].ends_sentence
    })
}

/// Text mode: a fact box of the article, at least [`lx::FACT_BOX_MIN_LINES`]
/// labelled values in a row ("Regi: Johanna Lindqvist", "Längd: 1 tim 52
/// min", "Dónde: Parque Los Fresnos") after a paragraph of its prose, where a
/// review's credits, an event's details or a spec sheet stand. A date among
/// them may read as a timestamp, but at most a third of them: a byline's
/// "Author:" / "Published:" / "Updated:" lines are mostly that.
fn fact_boxes(ctx: &Context, verdicts: &mut [Verdict]) {
    let line = |j: usize, v: &Verdict| {
        let f = &ctx.feats[j];
        let clutter = f.code.is_some()
            || f.credit.is_some()
            || f.ad_label
            || f.promo
            || f.appeal
            || f.share_bar
            || f.copyright
            || f.furniture.is_some();
        (v.confidence < lx::CONFIDENCE_PATTERN || f.meta)
            && !clutter
            && ctx.priors[j] != Prior::Good
            && f.words <= lx::LIST_ITEM_MAX_WORDS
            && f.stop_ratio < lx::STOP_HIGH
            && crate::features::labelled_value(&ctx.blocks[j].text).is_some()
    };
    let mut i = 0;
    while i < verdicts.len() {
        let mut end = i;
        while end < verdicts.len() && line(end, &verdicts[end]) {
            end += 1;
        }
        let dated = (i..end).filter(|&j| ctx.feats[j].meta).count();
        // Related headlines under topic labels ("Heating: the aids that
        // change in January") have long values; most facts are short.
        let short = (i..end)
            .filter(|&j| {
                crate::features::labelled_value(&ctx.blocks[j].text)
                    .is_some_and(|v| crate::features::words(v).len() <= lx::FACT_VALUE_MAX_WORDS)
            })
            .count();
        if end - i >= lx::FACT_BOX_MIN_LINES
            && 3 * dated <= end - i
            && 2 * short >= end - i
            && after_prose(ctx, i)
        {
            // A list between two paragraphs keeps its reason.
            for v in verdicts[i..end].iter_mut().filter(|v| v.reason != LIST) {
                *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, FACT_BOX);
            }
        }
        i = end + 1;
    }
}

/// A terse line of a list ("Excellent battery life"): a few words, no sentence.
fn terse(f: &Features) -> bool {
    (lx::LIST_TERSE_MIN_WORDS..=lx::LIST_TERSE_MAX_WORDS).contains(&f.words) && !f.ends_sentence
}

/// Text mode: a review's pros and cons, a heading of
/// [`lx::PROS_CONS_TITLES`] within [`lx::PROS_CONS_REACH`] blocks after a
/// paragraph, over terse items (the next heading may follow them),
/// wherever they stand: reviews often end with them, with no paragraph after.
fn pros_and_cons(ctx: &Context, verdicts: &mut [Verdict], item: &dyn Fn(usize, &Verdict) -> bool) {
    let title = |j: usize| {
        ctx.feats[j].words <= lx::LIST_TITLE_MAX_WORDS && {
            let t = ctx.blocks[j].text.trim().trim_end_matches([':', '：']);
            lx::PROS_CONS_TITLES.contains(&crate::lowercase::lowercase(t.trim_end()))
        }
    };
    let mut i = 0;
    while i < verdicts.len() {
        if !(item(i, &verdicts[i])
            && verdicts
                .get(i + 1)
                .is_some_and(|v| item(i + 1, v) && terse(&ctx.feats[i + 1]))
            && after_prose(ctx, i)
            && title(i))
        {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < verdicts.len()
            && item(end, &verdicts[end])
            && (terse(&ctx.feats[end]) || title(end))
        {
            end += 1;
        }
        if (i + 1..end).any(|j| !title(j)) {
            for v in &mut verdicts[i..end] {
                *v = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, LIST);
            }
        }
        i = end;
    }
}

/// Text mode (blocks without markup): the learned model's label for each
/// block, its probability as the confidence, and as the reason the input that
/// pushes hardest towards that label in the model's linear first stage (the
/// trees of the second have no single strongest input) — except where a
/// hand-written pattern matched (code syntax, a credit, a call to action, a
/// byline, page furniture; confidence [`lx::RULE_OVERRIDES_MODEL`]), where
/// the rules found the article's frame (the headline and its kicker,
/// standfirst and first paragraph, subheadings between paragraphs), which
/// Declutter keeps by design unless the model reads it as code, and for long
/// prose the model is not sure about ([`lx::MODEL_OVERRULES_PROSE`]). Then
/// four passes over the result, which the model does not read: what ends
/// the article ([`comment_section`]), dated teaser cards ([`teaser_cards`]),
/// figure captions ([`figure_captions`]) and a recipe's ingredient list
/// ([`recipe_ingredients`]).
fn text_mode(
    blocks: &[Block],
    feats: &[Features],
    rules: &[Verdict],
    model: &TextModel,
) -> Vec<Verdict> {
    let prediction = model.predict(blocks, feats, rules);
    let width = crate::model::STAGE2_INPUTS;
    let relative = model.stage1.relative_weights();
    let verdicts = prediction
        .probabilities
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (k, &confidence) = p
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .unwrap_or((0, &0.0));
            let row = &prediction.inputs[i * width..(i + 1) * width];
            let j = Linear::strongest_input(&relative, &row[..crate::model::STAGE1_INPUTS], k);
            let reason = STAGE1_FEATURES.get(j).copied().unwrap_or("text model");
            Verdict::new(Label::ALL[k], confidence, reason)
        })
        .zip(rules)
        .map(|(learned, rule)| {
            // The article's frame: its headline, the kicker above it, its
            // standfirst, first paragraph and subheadings — unless the model
            // reads leaked code that escaped the code patterns.
            let frame = rule.reason == KICKER
                || rule.reason == CODE_SAMPLE
                || ([HEADLINE, DEK, LEDE, SUBHEADING, LIST, FACT_BOX, LIVE_ENTRY]
                    .contains(&rule.reason)
                    && learned.label != Label::Code);
            // Long prose stays the article's unless the model is sure it is not.
            let prose = rule.reason == PROSE
                && learned.label == Label::Ad
                && learned.confidence < lx::MODEL_OVERRULES_PROSE;
            if rule.confidence >= lx::RULE_OVERRIDES_MODEL || frame || prose {
                rule.clone()
            } else {
                learned
            }
        })
        .collect();
    let verdicts = teaser_cards(blocks, feats, comment_section(blocks, feats, verdicts));
    recipe_ingredients(blocks, feats, rules, figure_captions(blocks, verdicts))
}

/// Text mode: a recipe's ingredient list. Its title
/// ([`crate::features::recipe_title`]: "Ingredients", "Zutaten für 4
/// Personen") and the terse lines under it — at most
/// [`lx::INGREDIENT_MAX_WORDS`] words, no sentence end, half of them with a
/// quantity (a menu has none) — are the article's, and so is the method's
/// title that ends it ("Zubereitung"). They read like a menu. Clutter a
/// pattern found among them (an ad label, an offer) stays clutter.
fn recipe_ingredients(
    blocks: &[Block],
    feats: &[Features],
    rules: &[Verdict],
    mut verdicts: Vec<Verdict>,
) -> Vec<Verdict> {
    use crate::features::{quantity, recipe_title, RecipeTitle};
    let n = blocks.len();
    // Clutter a pattern found (an ad label, an offer) between the lines.
    let pattern =
        |j: usize| rules[j].confidence >= lx::CONFIDENCE_PATTERN && rules[j].label != Label::Body;
    let mut i = 0;
    while i < n {
        if recipe_title(&blocks[i].text) != Some(RecipeTitle::Ingredients) {
            i += 1;
            continue;
        }
        let mut lines = Vec::new();
        let mut end = i + 1;
        while end < n && lines.len() < lx::INGREDIENTS_MAX_LINES {
            if pattern(end) {
                end += 1;
                continue;
            }
            let text = &blocks[end].text;
            if feats[end].words > lx::INGREDIENT_MAX_WORDS
                || feats[end].ends_sentence
                || recipe_title(text).is_some()
            {
                break;
            }
            lines.push(end);
            end += 1;
        }
        let with_quantity = lines.iter().filter(|&&j| quantity(&blocks[j].text)).count();
        if lines.is_empty() || 2 * with_quantity < lines.len() {
            i += 1;
            continue;
        }
        let method = (end < n && recipe_title(&blocks[end].text) == Some(RecipeTitle::Method))
            .then_some(end);
        for j in std::iter::once(i).chain(lines).chain(method) {
            if verdicts[j].label != Label::Body {
                verdicts[j] = Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, INGREDIENTS);
            }
        }
        i = end;
    }
    verdicts
}

/// Reason given to a recipe's ingredient list and the titles around it (text mode).
const INGREDIENTS: &str = "recipe's ingredients";

/// Text mode: a figure's caption ([`crate::features::figure_caption`]:
/// "Figure 2: …", "▲ …") is a caption whatever else it reads like: a
/// programming post's figures are described in full sentences.
fn figure_captions(blocks: &[Block], mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    for (b, v) in blocks.iter().zip(&mut verdicts) {
        if v.label != Label::Caption && crate::features::figure_caption(&b.text) {
            *v = Verdict::new(Label::Caption, lx::CONFIDENCE_PATTERN, FIGURE_CAPTION);
        }
    }
    verdicts
}

/// Reason given to a figure's caption (text mode).
const FIGURE_CAPTION: &str = "figure caption";

/// Text mode: teaser cards (a title, a dek, a timestamp such as "5 hours
/// ago" or "November 18, 2019"), at least [`lx::TEASER_CARDS_MIN`] in a row,
/// each timestamp two to [`lx::TEASER_CARD_MAX_BLOCKS`] blocks after the one
/// before: their titles and deks (at most [`lx::TEASER_MAX_WORDS`] words) are
/// clutter. An article's paragraphs are not dated one by one. A live blog's
/// entries are, by the clock ("16.58 GMT", "20:56", "87'"): a timestamp with
/// a time of day or a match minute starts no card.
fn teaser_cards(blocks: &[Block], feats: &[Features], mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    let stamps: Vec<usize> = (0..feats.len())
        .filter(|&i| feats[i].meta && !crate::features::clock_time(&blocks[i].text))
        .collect();
    let card = |a: usize, b: usize| (2..=lx::TEASER_CARD_MAX_BLOCKS).contains(&(b - a));
    let mut start = 0;
    while start < stamps.len() {
        let mut end = start + 1;
        while end < stamps.len() && card(stamps[end - 1], stamps[end]) {
            end += 1;
        }
        if end - start >= lx::TEASER_CARDS_MIN {
            // The first card opens as far above its timestamp as the second
            // card is long, or at the first block.
            let first = (stamps[start] + 1).saturating_sub(stamps[start + 1] - stamps[start]);
            for i in first..=stamps[end - 1] {
                let v = &mut verdicts[i];
                if v.label == Label::Body
                    && v.reason != LIVE_ENTRY
                    && feats[i].words <= lx::TEASER_MAX_WORDS
                {
                    *v = Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, TEASER_CARD);
                }
            }
        }
        start = end;
    }
    verdicts
}

/// Reason given to a teaser card's title or dek (text mode).
const TEASER_CARD: &str = "teaser card with a timestamp";

/// Text mode: a reader-comment section's title
/// ([`crate::features::comment_section_title`]) after at least
/// [`lx::COMMENT_SECTION_MIN_PROSE`] paragraphs of the article ends it:
/// nothing from the title on is the article's. The comments read like prose,
/// and the teasers and footer after them are clutter anyway.
fn comment_section(
    blocks: &[Block],
    feats: &[Features],
    mut verdicts: Vec<Verdict>,
) -> Vec<Verdict> {
    let mut paragraphs = 0;
    for i in 0..verdicts.len() {
        if paragraphs >= lx::COMMENT_SECTION_MIN_PROSE
            && crate::features::comment_section_title(&blocks[i].text, feats[i].words)
        {
            for v in &mut verdicts[i..] {
                if v.label == Label::Body {
                    *v = Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, COMMENT_SECTION);
                }
            }
            break;
        }
        if verdicts[i].label == Label::Body && feats[i].words >= lx::COMMENT_SECTION_PROSE_WORDS {
            paragraphs += 1;
        }
    }
    verdicts
}

/// Reason given to what follows a comment section's title (text mode).
const COMMENT_SECTION: &str = "reader comments after the article";

/// Reason given to the headline.
const HEADLINE: &str = "headline";

/// Reason given to a standfirst, the block right under the headline (text mode).
const DEK: &str = "standfirst under the headline";

/// Reason given to a live blog's entry (text mode).
const LIVE_ENTRY: &str = "live blog entry";

/// Reason given to a programming post's code sample and the line that
/// introduces it (text mode).
const CODE_SAMPLE: &str = "code sample in the article";

/// Reason given to a line of an article's fact box (text mode).
const FACT_BOX: &str = "fact box in the article";

/// Reason given to a line of a list between two paragraphs (text mode).
const LIST: &str = "list in the article";

/// Reason given to a short line between two paragraphs (text mode).
const SUBHEADING: &str = "subheading between paragraphs";

/// Reason given to long prose in the main content.
const PROSE: &str = "prose";

/// Reason given to the first paragraph of prose under the headline (text mode).
const LEDE: &str = "first paragraph under the headline";

/// Reason given to a kicker, the section label right above the headline.
const KICKER: &str = "section label above the headline";

/// Whether the page reads as an article, in the spirit of Readability's
/// `isProbablyReaderable`: its body blocks of at least
/// [`lx::READERABLE_MIN_CHARS`] characters add up, as
/// `sqrt(chars - READERABLE_MIN_CHARS)`, to at least [`lx::READERABLE_SCORE`].
pub fn is_readerable(blocks: &[Block], verdicts: &[Verdict]) -> bool {
    let mut score = 0.0f32;
    for (b, v) in blocks.iter().zip(verdicts) {
        if v.label != Label::Body {
            continue;
        }
        let chars = b.text.chars().count();
        if chars >= lx::READERABLE_MIN_CHARS {
            score += ((chars - lx::READERABLE_MIN_CHARS) as f32).sqrt();
            if score >= lx::READERABLE_SCORE {
                return true;
            }
        }
    }
    false
}

/// First class of a block on its own evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prior {
    /// Clutter on its own text or tag (link list, promo, nav …).
    Bad,
    /// Long prose.
    Good,
    /// Prose-like, not long enough to be sure.
    Medium,
    /// Too short to judge alone.
    Short,
}

fn prior(block: &Block, f: &Features) -> Prior {
    prior_with_links(block, f, f.link_density)
}

/// [`prior`] as if the block's share of link text were `link_density`.
fn prior_with_links(block: &Block, f: &Features, link_density: f32) -> Prior {
    let i = &block.inside;
    if f.code.is_some()
        || f.ad_label
        || f.promo
        || f.appeal
        || f.share_bar
        || f.meta
        || f.furniture.is_some()
        || i.nav
        || i.button
        || link_density > lx::LINK_DENSITY_HIGH
    {
        return Prior::Bad;
    }
    if f.words >= lx::LONG_WORDS && f.stop_ratio >= lx::STOP_HIGH {
        Prior::Good
    } else if f.words >= lx::SHORT_WORDS && f.stop_ratio >= lx::STOP_LOW {
        Prior::Medium
    } else {
        Prior::Short
    }
}

/// Rows of a schedule ("Round 1: 14 March – Lower Weir", …): a run of at least
/// [`lx::SCHEDULE_MIN_ROWS`] date lines, sibling elements of one tag under one
/// parent, is the article's table of dates, not its timestamps. Their
/// features, with the date-line flag cleared (markup only: text mode has no
/// siblings to compare).
fn schedule_rows(blocks: &[Block], feats: &[Features]) -> Vec<Features> {
    let mut out = feats.to_vec();
    let n = blocks.len();
    let key = |i: usize| {
        (
            blocks[i].tag.as_str(),
            blocks[i].ancestors.get(1).map(|a| a.id),
        )
    };
    let mut i = 0;
    while i < n {
        if !feats[i].meta || key(i).1.is_none() {
            i += 1;
            continue;
        }
        let end = (i + 1..n)
            .find(|&j| !feats[j].meta || key(j) != key(i))
            .unwrap_or(n);
        if end - i >= lx::SCHEDULE_MIN_ROWS {
            for f in &mut out[i..end] {
                f.meta = false;
            }
        }
        i = end;
    }
    out
}

/// Teaser items of one shape: in a list, a linked headline and a lead cut off
/// with an ellipsis, two or more in a row. Known before the main content is
/// chosen, so a ticker of long leads cannot pass for the article.
fn cut_teasers(blocks: &[Block]) -> Vec<bool> {
    let n = blocks.len();
    let cut = |i: usize| {
        let b = &blocks[i];
        b.link_chars > 0 && b.inside.list && crate::features::cut_off(&b.text)
    };
    let shape: Vec<bool> = (0..n).map(cut).collect();
    (0..n)
        .map(|i| shape[i] && ((i >= 1 && shape[i - 1]) || (i + 1 < n && shape[i + 1])))
        .collect()
}

/// Weight a block adds to each of its ancestors when looking for the main
/// content. Prose in a clutter box (comments, related teasers), an `<aside>`
/// (sidebars) or a teaser list counts against.
fn weight(block: &Block, f: &Features, prior: Prior, teaser: bool) -> f32 {
    let chars = block.text.chars().count() as f32;
    if f.negative_hint.is_some_and(|d| d < lx::BOX_HINT_REACH) || block.inside.aside || teaser {
        return chars * lx::WEIGHT_BAD;
    }
    chars
        * match prior {
            Prior::Good => lx::WEIGHT_GOOD,
            Prior::Medium => lx::WEIGHT_MEDIUM,
            Prior::Short => lx::WEIGHT_SHORT,
            Prior::Bad => lx::WEIGHT_BAD,
        }
}

/// The main content: the ancestor id with the largest summed weight, raised
/// while a step up costs less than [`lx::CONTAINER_SLACK`]. None when the
/// blocks carry no markup (text mode) or no prose at all.
fn main_container(
    blocks: &[Block],
    feats: &[Features],
    priors: &[Prior],
    teasers: &[bool],
) -> Option<u32> {
    let own = |b: &Block| {
        b.ancestors
            .iter()
            .position(|a| *a.tag == *b.tag)
            .unwrap_or(0)
    };
    // Block elements that hold several prose blocks (text runs split at
    // `<br><br>`, or text beside child blocks) are containers themselves.
    let mut seen: HashSet<u32, FastHash> = HashSet::default();
    let mut runs: HashSet<u32, FastHash> = HashSet::default();
    for (b, _) in blocks.iter().zip(priors).filter(|(_, &p)| p == Prior::Good) {
        if let Some(a) = b.ancestors.get(own(b)) {
            if !seen.insert(a.id) {
                runs.insert(a.id);
            }
        }
    }
    // Per ancestor: (score with distance decay, plain sum).
    let mut scores: HashMap<u32, (f32, f32), FastHash> = HashMap::default();
    for (((b, f), &p), &teaser) in blocks.iter().zip(feats).zip(priors).zip(teasers) {
        let w = weight(b, f, p, teaser);
        // Containers are the block's ancestors above its own block element,
        // and that element too when it holds other blocks (at the same level
        // as its parent, so neither outranks the other by distance alone).
        let own = own(b);
        let shared = b.ancestors.get(own).filter(|a| runs.contains(&a.id));
        let levels = shared
            .map(|a| (0, a))
            .into_iter()
            .chain(b.ancestors.iter().skip(own + 1).enumerate());
        for (level, a) in levels {
            let decay = 1.0 / (1.0 + lx::CONTAINER_DECAY * level as f32);
            let entry = scores.entry(a.id).or_insert((0.0, 0.0));
            entry.0 += w * decay;
            entry.1 += w;
        }
    }
    let (&best, &(_, best_score)) = scores
        .iter()
        .filter(|(_, &(s, _))| s > 0.0)
        .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.0.cmp(a.0)))?;
    // The chain above `best`, from any block inside it.
    let chain: Vec<u32> = blocks
        .iter()
        .find_map(|b| {
            let at = b.ancestors.iter().position(|a| a.id == best)?;
            Some(b.ancestors[at..].iter().map(|a| a.id).collect())
        })
        .unwrap_or_default();
    // Climb while each step up adds (almost) nothing but the headline and dek.
    let mut id = best;
    let mut score = best_score;
    for &up in chain.iter().skip(1) {
        let up_score = scores.get(&up).map_or(0.0, |s| s.1);
        if up_score < score - lx::CONTAINER_SLACK {
            break;
        }
        id = up;
        score = up_score;
    }
    Some(headline_article(blocks, id, &scores).unwrap_or(id))
}

/// When the main content holds several `<article>`s, the story is the one
/// around the content's `<h1>` — provided it holds prose of its own:
/// - one `<h1>`: the story among teasers of others;
/// - several, each in an `<article>` of its own: stories appended one after
///   another as the reader scrolls, and the first is the page's own.
fn headline_article(
    blocks: &[Block],
    container: u32,
    scores: &HashMap<u32, (f32, f32), FastHash>,
) -> Option<u32> {
    let article_of = |b: &Block| {
        b.ancestors
            .iter()
            .take_while(|a| a.id != container)
            .filter(|a| &*a.tag == "article" || &*a.role == "article")
            .last()
            .map(|a| a.id)
    };
    let mut h1s = blocks
        .iter()
        .filter(|b| b.heading == 1 && b.ancestors.iter().any(|a| a.id == container))
        .map(article_of);
    let first = h1s.next()??;
    let mut seen = vec![first];
    for article in h1s {
        match article {
            Some(a) if !seen.contains(&a) => seen.push(a),
            _ => return None,
        }
    }
    let own_prose = |id: u32| scores.get(&id).map_or(0.0, |s| s.1);
    (own_prose(first) >= lx::ARTICLE_MIN_PROSE).then_some(first)
}

/// The other posts of a thread — a question's answers, a forum's replies:
/// elements of the main container's own kind (the same tag and the same
/// non-empty class/id) that hold prose, outside any clutter box, and with no
/// top-level heading between them and the container (stories appended by
/// infinite scroll each start with their own `<h1>`).
fn posts(blocks: &[Block], feats: &[Features], priors: &[Prior], container: u32) -> Vec<u32> {
    let Some(kind) = blocks
        .iter()
        .find_map(|b| b.ancestors.iter().find(|a| a.id == container))
        .filter(|a| !a.hints.is_empty())
    else {
        return Vec::new();
    };
    let h1s: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks[i].heading == 1)
        .collect();
    let inside = |b: &Block, id: u32| b.ancestors.iter().any(|a| a.id == id);
    let Some(first_in_container) = blocks.iter().position(|b| inside(b, container)) else {
        return Vec::new();
    };
    let same_kind = |a: &&crate::block::Ancestor| {
        a.tag == kind.tag && a.hints == kind.hints && a.role == kind.role
    };
    // A layout class on every widget of the page (holding menus, headings and
    // prose alike) names no post: of the elements of this kind, most must
    // hold prose.
    let (mut with_prose, mut all): (HashSet<u32, FastHash>, HashSet<u32, FastHash>) =
        Default::default();
    for (b, &p) in blocks.iter().zip(priors) {
        for a in b.ancestors.iter().filter(same_kind) {
            all.insert(a.id);
            if p == Prior::Good {
                with_prose.insert(a.id);
            }
        }
    }
    if with_prose.len() * 2 < all.len() {
        return Vec::new();
    }
    let mut posts: Vec<u32> = Vec::new();
    let mut rejected: Vec<u32> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let Some(post) = b
            .ancestors
            .iter()
            .filter(same_kind)
            .find(|a| a.id != container)
        else {
            continue;
        };
        if rejected.contains(&post.id) || inside(b, container) {
            continue;
        }
        // Clutter boxes and author boxes are not posts.
        let boxed = [feats[i].negative_hint, feats[i].meta_hint]
            .iter()
            .any(|h| h.is_some_and(|d| d < lx::BOX_HINT_REACH));
        let (from, to) = (i.min(first_in_container), i.max(first_in_container));
        let story = h1s.iter().any(|&h| h > from && h < to) || b.heading == 1;
        if boxed || story {
            posts.retain(|&p| p != post.id);
            rejected.push(post.id);
        } else if priors[i] == Prior::Good && !posts.contains(&post.id) {
            posts.push(post.id);
        }
    }
    posts
}

struct Context<'a> {
    blocks: &'a [Block],
    feats: &'a [Features],
    priors: &'a [Prior],
    /// The elements at most [`lx::META_ANCESTORS`] levels above a prose block
    /// (`Good` prior).
    prose_holders: HashSet<u32, FastHash>,
    /// Blocks of teaser lists of the cut-off shape (see `cut_teasers`).
    cut_teasers: &'a [bool],
    /// The main content element's id; None in text mode.
    container: Option<u32>,
    /// Per block, the distance up to its main content element (the
    /// container, or another post of a thread: see [`posts`]), if inside one.
    main_depth: Vec<Option<usize>>,
    headline: Option<usize>,
}

impl Context<'_> {
    /// Whether block `i` sits in the main content (always, in text mode).
    fn in_main(&self, i: usize) -> bool {
        self.depth_in_main(i).is_some()
    }

    /// Distance from block `i` up to the main container, if inside it.
    fn depth_in_main(&self, i: usize) -> Option<usize> {
        self.main_depth[i]
    }
}

/// The headline: the last top-level heading before the first prose block of the
/// main content (or the first one inside it), else the nearest heading of any
/// level right around the main content; without markup the first line long
/// enough to be a title that comes before any prose, in text mode (`TEXT`)
/// the first such line with a byline or a date right under it if one has.
fn headline<const TEXT: bool>(
    blocks: &[Block],
    feats: &[Features],
    priors: &[Prior],
    main_depth: &[Option<usize>],
) -> Option<usize> {
    let first = |prior: Prior| {
        priors
            .iter()
            .zip(main_depth)
            .position(|(&p, d)| p == prior && d.is_some())
    };
    // Content of short paragraphs only (a live blog's posts) has no long prose.
    let first_prose = first(Prior::Good).or_else(|| first(Prior::Medium))?;
    let has_markup = blocks.iter().any(|b| !b.tag.is_empty());
    if has_markup {
        let h1 = (0..first_prose)
            .rev()
            .find(|&i| blocks[i].heading == 1 && priors[i] != Prior::Bad);
        h1.or_else(|| {
            (0..first_prose)
                .rev()
                .find(|&i| matches!(blocks[i].heading, 1 | 2) && priors[i] != Prior::Bad)
        })
        .or_else(|| {
            // A title that links to its own page (a blog's permalink, a
            // question's URL) is all link; a site name in the page header is not
            // the title.
            (0..first_prose).rev().find(|&i| {
                let b = &blocks[i];
                b.heading == 1
                    && !b.inside.header
                    && prior_with_links(b, &feats[i], 0.0) != Prior::Bad
            })
        })
        .or_else(|| {
            // Old blog templates title a post with an <h3>: the nearest
            // heading before the prose, when it sits in the main content or
            // the element right around it.
            let d = main_depth[first_prose]?;
            let around = blocks[first_prose].ancestors.get(d.checked_add(1)?)?.id;
            (0..first_prose)
                .rev()
                .find(|&i| blocks[i].heading > 0)
                .filter(|&i| {
                    priors[i] != Prior::Bad && blocks[i].ancestors.iter().any(|a| a.id == around)
                })
        })
    } else {
        // After the page's furniture (a cookie banner's title, a breadcrumb
        // trail); the word count last: it reads the whole text (leaked code
        // is Bad).
        let after_furniture = (0..first_prose)
            .rev()
            .find(|&i| feats[i].furniture.is_some())
            .map_or(0, |i| i + 1);
        let candidate = |&i: &usize| {
            priors[i] != Prior::Bad
                && !crate::features::ends_sentence(&blocks[i].text)
                && crate::features::words(&blocks[i].text).len() >= lx::HEADLINE_MIN_WORDS
        };
        // A whole page's header (a site name, a weather widget) has no
        // byline or date under it.
        let dated = |&i: &usize| {
            feats[i + 1..]
                .iter()
                .take(lx::HEADLINE_META_REACH)
                .any(|f| f.meta)
        };
        (after_furniture..first_prose)
            .find(|i| TEXT && dated(i) && candidate(i))
            .or_else(|| (after_furniture..first_prose).find(candidate))
    }
}

fn decide(ctx: &Context, i: usize) -> Verdict {
    let b = &ctx.blocks[i];
    let f = &ctx.feats[i];
    let prior = ctx.priors[i];
    let inside = &b.inside;

    // Leaked code and ad-slot labels are clutter wherever they are.
    if let Some(reason) = f.code {
        return Verdict::new(Label::Code, lx::CONFIDENCE_PATTERN, reason);
    }
    if f.ad_label {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, "ad-slot label");
    }
    if let Some(reason) = f.furniture {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, reason);
    }
    let in_main = ctx.in_main(i);
    let page_chrome = !in_main && (inside.footer || inside.header || f.negative_hint.is_some());
    // Captions: figure markup or a credit.
    if inside.figcaption || (inside.figure && !inside.pre && !inside.table && !inside.blockquote) {
        return Verdict::new(
            Label::Caption,
            lx::CONFIDENCE_MARKUP,
            "inside a figure caption",
        );
    }
    // Caption-named text in a clutter box is the box's ("cta-caption" in a
    // newsletter box).
    let boxed = f.negative_hint.is_some_and(|d| d < lx::BOX_HINT_REACH);
    // A table's own <caption> is the table's title, whatever its class says.
    if f.caption_hint && prior != Prior::Good && !page_chrome && !boxed && b.tag != "caption" {
        return Verdict::new(
            Label::Caption,
            lx::CONFIDENCE_MARKUP,
            "caption or credit markup",
        );
    }
    if let Some(reason) = f.credit {
        if !(inside.pre || b.heading > 0 || page_chrome) {
            return Verdict::new(Label::Caption, lx::CONFIDENCE_PATTERN, reason);
        }
    }
    if Some(i) == ctx.headline {
        return Verdict::new(Label::Body, lx::CONFIDENCE_PROSE, HEADLINE);
    }
    // A quote in the article (an embedded post, a pull quote) is the article's,
    // whatever its markup is named and however it ends (a linked attribution).
    if in_main && (inside.blockquote && !inside.aside || f.quote_hint) && !inside.nav {
        return Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, "quote in the article");
    }
    if f.share_bar {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, "share bar");
    }
    if crate::features::bare_url(&b.text) {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, "bare web address");
    }
    if f.promo || f.appeal {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, "call to action");
    }
    if f.copyright {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, "copyright notice");
    }
    // A byline box holds no prose: a date/author-named element around prose
    // paragraphs is a wrapper, not a byline.
    let meta_box = f.meta_hint.is_some_and(|d| {
        b.ancestors
            .get(d)
            .is_none_or(|a| !ctx.prose_holders.contains(&a.id))
    });
    if f.meta || (meta_box && prior != Prior::Good) {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_PATTERN, BYLINE);
    }
    if inside.nav {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, "navigation");
    }
    if inside.button {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, "button");
    }
    let linked_sentence = ctx.in_main(i)
        && f.ends_sentence
        && f.words >= lx::LINKED_SENTENCE_MIN_WORDS
        && !b.inside.list
        && b.heading == 0;
    if !linked_sentence
        && (f.link_density > lx::LINK_DENSITY_LIST
            || (f.link_density > lx::LINK_DENSITY_HIGH && prior != Prior::Good))
    {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, LINK_LIST);
    }
    // Clutter boxes inside the article: a negative class between block and
    // container (related links, newsletter box, share tools, author bio).
    // Prose counts as the box's only when the name is close to it: a
    // wrapper's name further up may be a CMS's for the whole story.
    if let Some(hint_at) = f.negative_hint.filter(|&d| d < lx::BOX_HINT_REACH) {
        let inner = ctx.depth_in_main(i).is_none_or(|d| hint_at < d);
        if inner && (prior != Prior::Good || hint_at < lx::PROSE_BOX_HINT_REACH) {
            return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, "inside a clutter box");
        }
    }
    if in_main {
        // A kicker right above the headline ("Guidance", "Press release"): the
        // section or kind of page, not the story's words.
        let kicker = ctx.headline == Some(i + 1)
            && b.heading == 0
            && f.words <= lx::KICKER_MAX_WORDS
            && !f.ends_sentence;
        if kicker {
            return Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, KICKER);
        }
        if inside.aside && prior != Prior::Good && !inside.blockquote {
            return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, "aside in the article");
        }
        return match prior {
            Prior::Good => Verdict::new(Label::Body, lx::CONFIDENCE_PROSE, PROSE),
            Prior::Medium => {
                Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, "prose in the article")
            }
            _ if b.heading > 0 => Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, "subheading"),
            _ if ctx.container.is_none() => short_text_verdict(ctx, i),
            _ => Verdict::new(Label::Body, lx::CONFIDENCE_CONTEXT, "in the article"),
        };
    }
    if inside.footer || inside.header {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_MARKUP, "page header or footer");
    }
    Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, "outside the article")
}

/// Text mode: a short block with no markup is judged by its shape; its
/// neighbours settle the rest in [`smooth`].
fn short_text_verdict(ctx: &Context, i: usize) -> Verdict {
    let f = &ctx.feats[i];
    if f.words <= lx::LABEL_MAX_WORDS && !f.ends_sentence {
        return Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, "section label");
    }
    Verdict::new(Label::Body, lx::CONFIDENCE_GUESS, "short text")
}

/// Neighbour context (jusText): a short block takes the label of the prose
/// around it. "He declined to comment." between paragraphs stays body; a short
/// line between clutter blocks is clutter.
fn smooth(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    let anchors = Anchors::new(ctx, &verdicts);
    for (i, v) in verdicts.iter_mut().enumerate() {
        if ctx.priors[i] != Prior::Short || v.confidence >= lx::CONFIDENCE_MARKUP {
            continue;
        }
        let (before, after) = (anchors.before[i], anchors.after[i]);
        let between_body = before == Some(Label::Body) && after == Some(Label::Body);
        if v.label != Label::Body && between_body && ctx.feats[i].ends_sentence {
            *v = Verdict::new(
                Label::Body,
                lx::CONFIDENCE_CONTEXT,
                "short paragraph between body paragraphs",
            );
        } else if v.label == Label::Body
            && ctx.container.is_none()
            && before != Some(Label::Body)
            && after != Some(Label::Body)
        {
            *v = Verdict::new(Label::Ad, lx::CONFIDENCE_GUESS, "short text among clutter");
        }
    }
    verdicts
}

/// Reason of a block that is mostly link text.
const LINK_LIST: &str = "link list";

/// Teaser lists ("More stories"), in two shapes that repeat:
/// - a linked headline, then its one-line dek as a block of its own: a short
///   block after a linked line is a teaser when the pair repeats right before
///   or after it (prose paragraphs, with a `Good` prior, never are);
/// - one list item per story, a linked headline and a lead cut off with an
///   ellipsis: two or more such items in a row are teasers.
fn teasers(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    let n = verdicts.len();
    let dek = |i: usize| {
        verdicts[i].label == Label::Body
            && verdicts[i].reason != HEADLINE
            && ctx.priors[i] != Prior::Good
            && ctx.feats[i].words <= lx::TEASER_MAX_WORDS
    };
    let pair = |i: usize| i >= 1 && i < n && verdicts[i - 1].reason == LINK_LIST && dek(i);
    let found: Vec<usize> = (0..n)
        .filter(|&i| {
            (pair(i) && ((i >= 2 && pair(i - 2)) || pair(i + 2)))
                || (ctx.cut_teasers[i] && verdicts[i].reason != HEADLINE)
        })
        .collect();
    for i in found {
        verdicts[i] = Verdict::new(
            Label::Ad,
            lx::CONFIDENCE_CONTEXT,
            "teaser under a linked headline",
        );
    }
    verdicts
}

/// Reason of a byline or timestamp block.
const BYLINE: &str = "byline or timestamp";

/// Readers' comments, found by their reply action whatever their markup is
/// named: a link or button that says only "Reply" (or "Antworten",
/// "Répondre", …) closes a comment, and the nearest element around it that
/// holds other blocks is the comment — when it also holds an author/date
/// line, at most [`lx::COMMENT_MAX_BLOCKS`] blocks and not the headline.
fn comments(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    for i in 0..verdicts.len() {
        let b = &ctx.blocks[i];
        if !(b.inside.link || b.inside.button) || !crate::features::reply_action(&b.text) {
            continue;
        }
        let Some((_, unit)) = small_box(ctx, i) else {
            continue;
        };
        if unit.clone().any(|j| verdicts[j].reason == BYLINE) {
            hide_body(&mut verdicts, unit, "reader's comment");
        }
    }
    verdicts
}

/// The small box around block `i` that a comment or an appeal is: its
/// enclosing box when it holds fewer than [`lx::COMMENT_MAX_BLOCKS`] other
/// blocks and not the headline, as its distance up from `i` and its blocks.
fn small_box(ctx: &Context, i: usize) -> Option<(usize, RangeInclusive<usize>)> {
    let (depth, before, after) = enclosing_box(ctx, i, lx::COMMENT_MAX_BLOCKS)?;
    let unit = i - before..=i + after;
    let small = before + after < lx::COMMENT_MAX_BLOCKS;
    let headline = ctx.headline.is_some_and(|h| unit.contains(&h));
    (small && !headline).then_some((depth, unit))
}

/// Relabels the body blocks of `unit` as clutter, for `reason`.
fn hide_body(verdicts: &mut [Verdict], unit: RangeInclusive<usize>, reason: &'static str) {
    for v in &mut verdicts[unit] {
        if v.label == Label::Body {
            *v = Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, reason);
        }
    }
}

/// A press release's boilerplate sections: a title from the lexicon's
/// [`lx::CONTACT_TITLES`] ("Media contact") and the short lines after it, or
/// one naming forward-looking statements and the blocks after it up to the
/// next heading — at most [`lx::BOILERPLATE_MAX_BLOCKS`] after the title. The
/// release's own prose sits above them; they read like more of it.
fn boilerplate(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    let n = verdicts.len();
    for i in 0..n {
        // A linked title is a menu entry ("Press contacts" in a site's nav).
        let f = &ctx.feats[i];
        let Some(kind) = f
            .boilerplate
            .filter(|_| f.link_density < lx::LINK_DENSITY_HIGH)
        else {
            continue;
        };
        let part = |j: usize| {
            ctx.blocks[j].heading == 0
                && (kind == Boilerplate::Legal || ctx.priors[j] != Prior::Good)
        };
        let end = (i + 1..n.min(i + 1 + lx::BOILERPLATE_MAX_BLOCKS))
            .find(|&j| !part(j))
            .unwrap_or(n.min(i + 1 + lx::BOILERPLATE_MAX_BLOCKS));
        for v in &mut verdicts[i..end] {
            if v.label == Label::Body && v.reason != HEADLINE {
                *v = Verdict::new(
                    Label::Ad,
                    lx::CONFIDENCE_CONTEXT,
                    "press-release boilerplate",
                );
            }
        }
    }
    verdicts
}

/// The blocks sharing block `i`'s box: the nearest element above its own
/// that holds other blocks, as its distance up from `i` and how many blocks
/// come before and after `i` in it (each counted up to `max`, which bounds
/// the work on pages of thousands of blocks). None when no enclosing element
/// holds another block.
fn enclosing_box(ctx: &Context, i: usize, max: usize) -> Option<(usize, usize, usize)> {
    let blocks = ctx.blocks;
    let within = |j: usize, id: u32| blocks[j].ancestors.iter().any(|a| a.id == id);
    blocks[i]
        .ancestors
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(depth, a)| {
            let before = (0..i).rev().take_while(|&j| within(j, a.id));
            let before = before.take(max).count();
            let after = (i + 1..blocks.len()).take_while(|&j| within(j, a.id));
            let after = after.take(max).count();
            (before + after > 0).then_some((depth, before, after))
        })
}

/// Reader appeals for money: the small box (at most
/// [`lx::COMMENT_MAX_BLOCKS`] blocks, inside the main content, not holding the
/// headline) around a block with an appeal phrase is the appeal's, its
/// pitch in prose included ("… we have a small favour to ask. …").
fn appeals(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    for i in 0..verdicts.len() {
        if !ctx.feats[i].appeal {
            continue;
        }
        let Some((depth, unit)) = small_box(ctx, i) else {
            continue;
        };
        if ctx.main_depth[i].is_some_and(|d| depth < d) {
            hide_body(&mut verdicts, unit, "reader appeal");
        }
    }
    verdicts
}

/// The title of a clutter box ("Our latest stories" over a teaser list, "Is
/// this page useful?" over its buttons): a short label or heading kept as
/// body whose nearest enclosing element that holds other blocks holds at
/// least [`lx::CLUTTER_BOX_MIN_BLOCKS`] of them, all hidden.
/// The search looks at most [`lx::CLUTTER_BOX_MAX_SCAN`] blocks each way.
fn box_titles(ctx: &Context, mut verdicts: Vec<Verdict>) -> Vec<Verdict> {
    for i in 0..verdicts.len() {
        let f = &ctx.feats[i];
        if verdicts[i].label != Label::Body
            || verdicts[i].reason == HEADLINE
            || ctx.priors[i] == Prior::Good
            || (f.ends_sentence && ctx.blocks[i].heading == 0)
            || f.words > lx::SECTION_LABEL_MAX_WORDS
        {
            continue;
        }
        let Some((_, before, after)) = enclosing_box(ctx, i, lx::CLUTTER_BOX_MAX_SCAN) else {
            continue;
        };
        let whole = before.max(after) < lx::CLUTTER_BOX_MAX_SCAN;
        let all_hidden =
            (i - before..=i + after).all(|j| j == i || verdicts[j].label != Label::Body);
        if whole && all_hidden && before + after >= lx::CLUTTER_BOX_MIN_BLOCKS {
            verdicts[i] = Verdict::new(Label::Ad, lx::CONFIDENCE_CONTEXT, "title of a clutter box");
        }
    }
    verdicts
}

/// For each block, the label of the nearest anchor before and after it. Short
/// body blocks are not anchors: smoothing decides them. Two linear passes, so
/// pages of thousands of one-word blocks stay linear.
struct Anchors {
    before: Vec<Option<Label>>,
    after: Vec<Option<Label>>,
}

impl Anchors {
    fn new(ctx: &Context, verdicts: &[Verdict]) -> Anchors {
        let n = verdicts.len();
        let anchor = |j: usize| {
            (ctx.priors[j] != Prior::Short || verdicts[j].label != Label::Body)
                .then_some(verdicts[j].label)
        };
        let mut before = vec![None; n];
        let mut last = None;
        for (i, slot) in before.iter_mut().enumerate() {
            *slot = last;
            last = anchor(i).or(last);
        }
        let mut after = vec![None; n];
        let mut next = None;
        for i in (0..n).rev() {
            after[i] = next;
            next = anchor(i).or(next);
        }
        Anchors { before, after }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{Ancestor, Block};

    fn text_blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block::plain(*t, i))
            .collect()
    }

    const P1: &str = "The town council voted on Tuesday to replace the old diesel ferry with a boat that runs on solar power, ending a debate that had lasted for more than three years.";
    const P2: &str = "Officials said the new ferry would be built at a shipyard in the north and should be ready to carry passengers across the bay by the end of next summer.";

    #[test]
    fn short_quote_between_paragraphs_stays_body() {
        let blocks = text_blocks(&[P1, "He declined to comment.", P2]);
        let v = classify(&blocks, &Options::default());
        assert!(v.iter().all(|v| v.label == Label::Body), "{v:?}");
    }

    #[test]
    fn label_and_promo_are_ads() {
        let blocks = text_blocks(&[
            "Politics",
            "Town swaps its diesel ferry for a solar boat after long debate",
            P1,
            "Sign up for our newsletter for the latest news",
            P2,
        ]);
        let v = classify(&blocks, &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        assert_eq!(
            labels,
            [Label::Ad, Label::Body, Label::Body, Label::Ad, Label::Body]
        );
        assert_eq!(v[1].reason, "headline");
    }

    #[test]
    fn text_mode_comment_section_ends_the_article() {
        let comment = "I live on the bay and have taken that old ferry every day for twenty years, so I will believe in the new boat when I see it sail.";
        let blocks = text_blocks(&[
            "Town swaps its diesel ferry for a solar boat after long debate",
            "12 comments",
            P1,
            P2,
            P1,
            "34 responses to “Town swaps its diesel ferry for a solar boat”",
            comment,
            P2,
        ]);
        let v = classify(&blocks, &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        use Label::{Ad, Body};
        // The count under the headline comes before the article's prose: the
        // article goes on under it. The title after three paragraphs ends it.
        assert_eq!(labels, [Body, Ad, Body, Body, Body, Ad, Ad, Ad], "{v:?}");
        assert_eq!(v[6].reason, COMMENT_SECTION, "{v:?}");
    }

    #[test]
    fn text_mode_teaser_cards_with_timestamps() {
        let card =
            |title: &'static str, dek: &'static str, stamp: &'static str| [title, dek, stamp];
        let mut texts = vec![
            "Town swaps its diesel ferry for a solar boat after long debate",
            P1,
            P2,
            "More in Local",
        ];
        texts.extend(card(
            "Harbour festival returns after three quiet years",
            "Organisers expect twenty thousand visitors over the long weekend, more than ever before.",
            "5 hours ago",
        ));
        texts.extend(card(
            "Library opens on Sundays from next month",
            "The council found the money for extra staff after a petition gathered four thousand names.",
            "November 18, 2019",
        ));
        texts.extend(card(
            "Bus fares rise by ten cents in January",
            "The transport board says fuel and wages cost more than it had planned for this year.",
            "2 days ago",
        ));
        let v = classify(&text_blocks(&texts), &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        assert!(labels[..3].iter().all(|&l| l == Label::Body), "{v:?}");
        assert!(labels[4..].iter().all(|&l| l == Label::Ad), "{v:?}");
        assert!(v[4..].iter().any(|v| v.reason == TEASER_CARD), "{v:?}");
    }

    #[test]
    fn text_mode_teaser_cards_from_the_first_block() {
        // The first timestamp opens the text: its card would start above it
        // (a fuzzer found the subtraction's overflow).
        let texts = [
            "By Jane Roe",
            "Harbour news",
            "By John Doe",
            "Library news",
            "By Ann Lee",
        ];
        let v = classify(&text_blocks(&texts), &Options::default());
        assert_eq!(v.len(), texts.len());
    }

    #[test]
    fn text_mode_live_blog_entries_are_no_teaser_cards() {
        // Entries stamped by the clock: the same shape, the article's own.
        let mut texts = vec![
            "Storm live: roads closed and schools shut across the coast",
            P1,
        ];
        for (stamp, title) in [
            ("16h05", "Coastguard raises the number of call-outs to 437"),
            (
                "15.48 GMT",
                "River bridge closed to traffic in both directions",
            ),
            ("14:58", "Trains suspended between the two harbour towns"),
        ] {
            texts.extend([stamp, title, P2]);
        }
        let v = classify(&text_blocks(&texts), &Options::default());
        assert!(v.iter().all(|v| v.reason != TEASER_CARD), "{v:?}");
    }

    #[test]
    fn text_mode_recipe_ingredients() {
        let texts = [
            "Plum cake with brown butter",
            P1,
            "Ingredients",
            "For the cake",
            "½ cup (113 g) unsalted butter",
            "2 large eggs, at room temperature",
            "1 teaspoon vanilla extract",
            "Advertisement",
            "Salt and pepper, to taste",
            "Method",
            P2,
        ];
        let v = classify(&text_blocks(&texts), &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        use Label::{Ad, Body};
        assert_eq!(
            labels[..10],
            [Body, Body, Body, Body, Body, Body, Body, Ad, Body, Body],
            "{v:?}"
        );
        assert_eq!(v[2].reason, INGREDIENTS, "{v:?}");
    }

    #[test]
    fn text_mode_menu_with_an_ingredients_entry_stays_clutter() {
        // Without quantities the lines under the title are a menu.
        let texts = [
            "Recipes",
            "Ingredients",
            "Cuisines",
            "Occasions",
            "Videos",
            "Plum cake with brown butter",
            P1,
            P2,
        ];
        let v = classify(&text_blocks(&texts), &Options::default());
        assert!(v[..5].iter().all(|v| v.label == Label::Ad), "{v:?}");
    }

    #[test]
    fn text_mode_headline_above_a_comment_count() {
        // A comment count under the headline (a share bar's, in text mode as
        // in a page) is not page furniture above it: the headline is found.
        let blocks = text_blocks(&[
            "Home » News » Local",
            "Town swaps its diesel ferry for a solar boat after long debate",
            "23 Kommentare",
            P1,
        ]);
        let v = classify(&blocks, &Options::default());
        assert_eq!(
            (v[1].label, v[1].reason),
            (Label::Body, "headline"),
            "{v:?}"
        );
        assert_eq!(v[2].reason, "share bar", "{v:?}");
    }

    #[test]
    fn text_mode_keeps_the_standfirst_and_subheadings() {
        let blocks = text_blocks(&[
            "Skip to main content",
            "Home » News » Local",
            "Town swaps its diesel ferry for a solar boat after long debate",
            "The council says the new boat will cut fuel costs by half",
            "By Jane Roe",
            P1,
            "What happens next",
            P2,
            "Tags: ferries, energy, council",
        ]);
        let v = classify(&blocks, &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        use Label::{Ad, Body};
        assert_eq!(
            labels,
            [Ad, Ad, Body, Body, Ad, Body, Body, Body, Ad],
            "{v:?}"
        );
        assert_eq!(
            [
                v[0].reason,
                v[1].reason,
                v[2].reason,
                v[3].reason,
                v[8].reason
            ],
            ["skip link", "breadcrumb", "headline", DEK, "tag list"]
        );
    }

    #[test]
    fn text_mode_keeps_the_article_s_lists() {
        let intro = "To replace the washer you will need only a few tools that most households already keep in a drawer somewhere:";
        let blocks = text_blocks(&[
            P1,
            intro,
            "a flat spanner",
            "a screwdriver",
            "white vinegar",
            P2,
            "Weight: 214 g",
            "Battery: 5,200 mAh",
            "Storage: 256GB / 512GB / 1TB",
            P1,
        ]);
        let v = classify(&blocks, &Options::default());
        for i in [2, 3, 4, 6, 7, 8] {
            assert_eq!(
                (v[i].label, v[i].reason),
                (Label::Body, LIST),
                "block {i}: {v:?}"
            );
        }
        // Which of the lines are a list of the article.
        let listed = |lines: &[&str]| -> Vec<bool> {
            let v = classify(&text_blocks(lines), &Options::default());
            v.iter().map(|v| v.reason == LIST).collect()
        };
        let pros = [
            P1,
            "Pros",
            "Excellent battery life",
            "Bright, efficient display",
            P2,
        ];
        assert_eq!(listed(&pros)[1..4], [true; 3]);
        // A menu between teaser paragraphs reads as no list.
        assert_eq!(
            listed(&[P1, "News", "Sport", "Weather", P2])[1..4],
            [false; 3]
        );
        // Pros and cons at a review's end, with no paragraph after them; the
        // terse lines a heading of its own does not open stay as they were.
        let review = [
            P1,
            "Les plus",
            "Réduction de bruit très efficace",
            "Léger et confortable",
            "Les moins :",
            "Pas d'étui rigide fourni",
            "Où acheter au meilleur prix ?",
        ];
        assert_eq!(listed(&review)[1..], [true, true, true, true, true, false]);
        // A bullet list counts as a list.
        let bullets = [
            P1,
            "• Checked the thermostatic valve and the pin moves up and down freely",
            "• Bled the radiator twice",
            "• Balanced the system",
            P2,
        ];
        assert_eq!(listed(&bullets)[1..4], [true; 3]);
        // Any other heading there: the related headlines at a page's end.
        let related = [P1, "Latest", "Ferry fares rise again", "Bridge closes"];
        assert_eq!(listed(&related)[1..4], [false; 3]);
    }

    #[test]
    fn text_mode_keeps_a_live_blog_s_entries() {
        let entry = "The home side pressed high after the break and forced two corners in a row.";
        let blocks = text_blocks(&[
            P1, "87'", entry, "84'", entry, "19:42", entry, "19:30", entry, P2,
        ]);
        let v = classify(&blocks, &Options::default());
        for i in [2, 4, 6, 8] {
            assert_eq!(
                (v[i].label, v[i].reason),
                (Label::Body, LIVE_ENTRY),
                "{v:?}"
            );
        }
        // A video playlist: durations over short titles, no entries.
        let title = "Is the veteran's time with the club over?";
        let blocks = text_blocks(&[
            P1, "01:45", title, "09:09", title, "1:41", title, "5:56", title,
        ]);
        let v = classify(&blocks, &Options::default());
        assert!(v.iter().all(|v| v.reason != LIVE_ENTRY), "{v:?}");
    }

    #[test]
    fn text_mode_keeps_a_programming_post_s_code_samples() {
        let intro = "Create a file called main.py and add the first endpoint to it:";
        let code = [
            "from fastapi import FastAPI",
            "app = FastAPI()",
            "@app.get(\"/\")",
        ];
        let blocks = text_blocks(&[P1, intro, code[0], code[1], code[2], P2]);
        let v = classify(&blocks, &Options::default());
        for i in 1..=4 {
            assert_eq!(
                (v[i].label, v[i].reason),
                (Label::Body, CODE_SAMPLE),
                "{v:?}"
            );
        }
        // A legal list after a colon is no code, though its items open in
        // lowercase and end without a full stop.
        let rules = "A comment will be deleted if it:";
        let items = [
            "does not correspond with the subject of the post;",
            "contains insults or threats to other users;",
            "promotes products or services of third parties;",
        ];
        let blocks = text_blocks(&[P1, rules, items[0], items[1], items[2], P2]);
        let v = classify(&blocks, &Options::default());
        assert!(v.iter().all(|v| v.reason != CODE_SAMPLE), "{v:?}");
    }

    #[test]
    fn text_mode_keeps_a_fact_box() {
        let facts = [
            "Directed by: Johanna Lindqvist",
            "Cast: Ebba Strand, Nils Ohlin, Klara Vesterlund",
            "Running time: 1 hr 52 min",
            "Rating: 4/5",
        ];
        let blocks = text_blocks(&[P1, P2, facts[0], facts[1], facts[2], facts[3]]);
        let v = classify(&blocks, &Options::default());
        for i in 2..6 {
            assert_eq!((v[i].label, v[i].reason), (Label::Body, FACT_BOX), "{v:?}");
        }
        // Mostly dates: a byline's lines. Long values: related headlines.
        let byline = [
            "Author: Dana Whitcomb",
            "Published: 5:42 AM October 14, 2025",
            "Updated: 11:18 AM October 14, 2025",
        ];
        let related = [
            "Heating: the state aids that change on the first of January",
            "Electricity: should you leave the regulated tariff this winter",
            "Insulation: watch out for scams over the telephone this year",
        ];
        for lines in [byline, related] {
            let blocks = text_blocks(&[P1, P2, lines[0], lines[1], lines[2]]);
            let v = classify(&blocks, &Options::default());
            assert!(v.iter().all(|v| v.reason != FACT_BOX), "{v:?}");
        }
    }

    #[test]
    fn text_mode_headline_is_the_line_over_the_byline() {
        let headline = "Fire guts vacant warehouse on Millbrook Road overnight";
        let blocks = text_blocks(&[
            "Skip to content",
            "H 64° / L 47° today",
            "News",
            "Weather",
            headline,
            "By Dana Whitcomb",
            "Published: 5:42 AM October 14, 2025",
            P1,
            P2,
        ]);
        let v = classify(&blocks, &Options::default());
        assert_eq!((v[4].label, v[4].reason), (Label::Body, HEADLINE), "{v:?}");
        assert_ne!(v[1].reason, HEADLINE, "{v:?}");
        // Without a byline or date the first line of headline shape stays it.
        let blocks = text_blocks(&["Skip to content", headline, P1, P2]);
        let v = classify(&blocks, &Options::default());
        assert_eq!(v[1].reason, HEADLINE, "{v:?}");
    }

    #[test]
    fn text_mode_patterns_override_the_model() {
        let css =
            "li,.wp-block .inline-module ul>li{padding-left:unset}.x .y ul>li:before{content:none}";
        let blocks = text_blocks(&[P1, css, P2]);
        let v = classify(&blocks, &Options::default());
        assert_eq!(v[1].label, Label::Code);
        assert_eq!(v[1].reason, "CSS rule syntax");
        assert_eq!(
            (v[0].label, v[2].label),
            (Label::Body, Label::Body),
            "{v:?}"
        );
    }

    fn in_div(text: &str, index: usize, chain: &[(u32, &str, &str)]) -> Block {
        Block {
            text: text.to_string(),
            tag: "p".into(),
            index,
            ancestors: chain
                .iter()
                .map(|&(id, tag, hints)| Ancestor {
                    id,
                    tag: tag.into(),
                    hints: hints.into(),
                    role: "".into(),
                })
                .collect(),
            ..Block::default()
        }
    }

    #[test]
    fn a_copyright_notice_in_the_main_content_is_clutter() {
        let article = [(3, "p", ""), (2, "div", "mt-4"), (1, "body", "")];
        let blocks = vec![
            in_div(P1, 0, &article),
            in_div(P2, 1, &article),
            in_div(
                "Copyright 2026 The Harbour Times · Powered by a blog engine",
                2,
                &article,
            ),
            in_div("© 2026 Getty Images", 3, &article),
        ];
        let v = classify(&blocks, &Options::default());
        assert_eq!((v[2].label, v[2].reason), (Label::Ad, "copyright notice"));
        assert_eq!(
            v[3].label,
            Label::Caption,
            "a photo agency's © credits a photo"
        );
    }

    #[test]
    fn blocks_outside_the_main_content_are_clutter() {
        let article = [(3, "p", ""), (2, "div", "story-body"), (1, "body", "")];
        let side = [(5, "li", ""), (4, "div", "related-links"), (1, "body", "")];
        let blocks = vec![
            in_div(P1, 0, &article),
            in_div("Short line in the article.", 1, &article),
            in_div(P2, 2, &article),
            in_div("Most read this week in our town", 3, &side),
        ];
        let v = classify(&blocks, &Options::default());
        let labels: Vec<Label> = v.iter().map(|v| v.label).collect();
        assert_eq!(labels, [Label::Body, Label::Body, Label::Body, Label::Ad]);
    }

    #[test]
    fn readerable_needs_real_prose() {
        let blocks = text_blocks(&[P1, P2, P1, P2, P1, P2]);
        let v = classify(&blocks, &Options::default());
        assert!(is_readerable(&blocks, &v));
        let menu = text_blocks(&["Home", "Search results", "Sign in", P1]);
        let v = classify(&menu, &Options::default());
        assert!(!is_readerable(&menu, &v));
    }

    #[test]
    fn fifty_thousand_one_word_blocks() {
        let article = [(2, "div", "story"), (1, "body", "")];
        let mut blocks: Vec<Block> = (0..50_000).map(|i| in_div("word", i, &article)).collect();
        blocks.push(in_div(P1, 50_000, &article));
        let v = classify(&blocks, &Options::default());
        assert_eq!(v.len(), blocks.len());
    }

    #[test]
    fn empty_input_gives_no_verdicts() {
        assert!(classify(&[], &Options::default()).is_empty());
    }
}
