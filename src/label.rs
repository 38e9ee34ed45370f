//! What a block is: [`Label`], and the classifier's answer for one block: [`Verdict`].

use serde::{Deserialize, Serialize};

/// The four kinds of text block Declutter tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// Article prose, headline, subheadings, quotes, lists, tables, code samples and
    /// formulas that belong to the article.
    Body,
    /// Figure and photo captions, photo credits.
    Caption,
    /// Ads and every other kind of clutter: promos, "follow us", newsletter boxes,
    /// related links, share bars, bylines and timestamps, navigation, cookie notices.
    Ad,
    /// CSS, JavaScript or JSON that leaked into the visible text.
    Code,
}

impl Label {
    /// All labels, in a fixed order (used for per-label tables and counts).
    pub const ALL: [Label; 4] = [Label::Body, Label::Caption, Label::Ad, Label::Code];

    /// The lowercase name used in JSON, in `data-declutter-label` and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Body => "body",
            Label::Caption => "caption",
            Label::Ad => "ad",
            Label::Code => "code",
        }
    }

    /// Parses a lowercase label name.
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The classifier's answer for one block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// What the block is.
    pub label: Label,
    /// How sure the classifier is, from 0 (a guess) to 1 (certain).
    pub confidence: f32,
    /// A short human-readable reason, e.g. "ends in a photo credit".
    pub reason: &'static str,
}

impl Verdict {
    pub(crate) fn new(label: Label, confidence: f32, reason: &'static str) -> Verdict {
        Verdict {
            label,
            confidence: confidence.clamp(0.0, 1.0),
            reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for label in Label::ALL {
            assert_eq!(Label::parse(label.as_str()), Some(label));
        }
        assert_eq!(Label::parse("Body"), None);
    }

    #[test]
    fn confidence_is_clamped() {
        assert_eq!(Verdict::new(Label::Ad, 1.7, "x").confidence, 1.0);
        assert_eq!(Verdict::new(Label::Ad, -0.2, "x").confidence, 0.0);
    }
}
