//! The one options struct. Every field has a documented default, and a partial
//! options object (JSON or JS) fills in the rest.

use crate::label::Label;
use crate::lexicon::Lang;
use serde::{Deserialize, Serialize};

/// Labels hidden by default: everything that is not article body.
pub const DEFAULT_HIDE: [Label; 3] = [Label::Caption, Label::Ad, Label::Code];

/// How Declutter classifies and what it hides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Labels whose blocks are hidden. Default: `["caption", "ad", "code"]`.
    /// Remove `"caption"` to keep photo captions; `"body"` may not be listed.
    pub hide: Vec<Label>,
    /// Language of the page as an ISO 639-1 code (`"en"`, `"de"`, `"fr"`, `"es"`,
    /// `"it"`, `"pt"`, `"nl"`), or `"auto"`. Default: `"auto"` — the language whose
    /// stopwords are most frequent in the text.
    pub lang: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            hide: DEFAULT_HIDE.to_vec(),
            lang: "auto".to_string(),
        }
    }
}

/// Why an options object was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// The field names as they appear in JSON / JS objects.
    pub const FIELDS: &'static [&'static str] = &["hide", "lang"];

    /// Checks the values serde cannot check by type alone.
    pub fn validate(&self) -> Result<(), OptionsError> {
        if self.hide.contains(&Label::Body) {
            return Err(OptionsError(
                "options.hide may not contain \"body\": hiding the article is never wanted"
                    .to_string(),
            ));
        }
        if self.lang != "auto" && Lang::from_code(&self.lang).is_none() {
            return Err(OptionsError(format!(
                "options.lang \"{}\" is not supported; use \"auto\" or one of {}",
                self.lang,
                Lang::ALL
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        Ok(())
    }

    /// Whether blocks with this label are hidden.
    pub fn hides(&self, label: Label) -> bool {
        self.hide.contains(&label)
    }

    /// The language hint, if one was given.
    pub fn lang_hint(&self) -> Option<Lang> {
        Lang::from_code(&self.lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_hide_everything_but_body() {
        let o = Options::default();
        assert!(o.validate().is_ok());
        assert!(!o.hides(Label::Body));
        assert!(o.hides(Label::Caption) && o.hides(Label::Ad) && o.hides(Label::Code));
    }

    #[test]
    fn field_list_matches_serde() {
        let json = serde_json::to_value(Options::default()).expect("serialises");
        let mut keys: Vec<&str> = json
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, Options::FIELDS);
    }

    #[test]
    fn rejects_bad_values() {
        let o = Options {
            hide: vec![Label::Body],
            ..Options::default()
        };
        assert!(o.validate().unwrap_err().0.contains("body"));
        let o = Options {
            lang: "xx".into(),
            ..Options::default()
        };
        assert!(o.validate().unwrap_err().0.contains("\"xx\""));
    }
}
