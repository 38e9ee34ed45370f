//! Stopword lookup for every language at once: one hash probe per word gives
//! the set of languages the word is a stopword of. Language detection and the
//! per-block stopword density look up every word of a text, so this is the
//! classifier's innermost loop (a binary search per language made it ~45% of
//! text-mode time). The lists themselves live in [`crate::lexicon`].

use std::sync::OnceLock;

use crate::lexicon::Lang;
use crate::lowercase::lower_char;

/// Languages as bits: bit `i` is `Lang::ALL[i]`.
pub type LangMask = u8;

/// The bit of one language in a [`LangMask`].
pub fn lang_bit(lang: Lang) -> LangMask {
    let i = Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .expect("Lang::ALL lists every language");
    1 << i
}

/// Open-addressing hash table from lowercase word to the languages that list it.
struct Table {
    /// Power-of-two sized; `None` is an empty slot. Each word is stored with
    /// its hash, compared before the bytes.
    slots: Vec<Option<(u32, &'static str, LangMask)>>,
    /// Longest stopword in bytes: longer words are rejected without hashing.
    max_len: usize,
}

impl Table {
    fn build() -> Table {
        let entries: usize = Lang::ALL.iter().map(|l| l.stopwords().len()).sum();
        // At most half full keeps probe runs short.
        let size = (entries * 2).next_power_of_two();
        let mut table = Table {
            slots: vec![None; size],
            max_len: 0,
        };
        for lang in Lang::ALL {
            for word in lang.stopwords().iter() {
                table.insert(word, lang_bit(lang));
            }
        }
        table
    }

    fn insert(&mut self, word: &'static str, bit: LangMask) {
        self.max_len = self.max_len.max(word.len());
        let mask = self.slots.len() - 1;
        let h = hash(word.as_bytes());
        let mut i = h as usize & mask;
        loop {
            match &mut self.slots[i] {
                Some((_, w, langs)) if *w == word => {
                    *langs |= bit;
                    return;
                }
                Some(_) => i = (i + 1) & mask,
                slot @ None => {
                    *slot = Some((h, word, bit));
                    return;
                }
            }
        }
    }

    fn get(&self, word: &[u8], h: u32) -> LangMask {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while let Some((wh, w, langs)) = self.slots[i] {
            if wh == h && w.as_bytes() == word {
                return langs;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// FNV-1a: short keys, no seed needed (the keys are our own word lists).
fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(FNV_PRIME)
    })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

/// The languages `word` (any case) is a stopword of.
pub fn stop_langs(word: &str) -> LangMask {
    let table = table();
    if word.len() > table.max_len * 2 {
        // Lowercasing never shrinks a word below half its bytes.
        return 0;
    }
    if word.is_ascii() {
        let mut buf = [0u8; 64];
        if word.len() > table.max_len || word.len() > buf.len() {
            return 0;
        }
        // Lowercase and hash in one pass.
        let mut h = FNV_OFFSET;
        for (to, &b) in buf.iter_mut().zip(word.as_bytes()) {
            *to = b.to_ascii_lowercase();
            h = (h ^ u32::from(*to)).wrapping_mul(FNV_PRIME);
        }
        table.get(&buf[..word.len()], h)
    } else {
        // Lowercased into a buffer, not a new string: a word whose lowercase
        // is longer than the longest stopword is none.
        let mut buf = [0u8; 64];
        let mut len = 0;
        for c in word.chars() {
            let (first, second) = lower_char(c);
            for lower in std::iter::once(first).chain(second) {
                let end = len + lower.len_utf8();
                if end > table.max_len || end > buf.len() {
                    return 0;
                }
                lower.encode_utf8(&mut buf[len..end]);
                len = end;
            }
        }
        table.get(&buf[..len], hash(&buf[..len]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_for_exactly_its_languages() {
        for lang in Lang::ALL {
            for w in lang.stopwords().iter() {
                let langs = stop_langs(w);
                for other in Lang::ALL {
                    assert_eq!(
                        langs & lang_bit(other) != 0,
                        other.stopwords().contains(w),
                        "{w:?}: {} bit",
                        other.code()
                    );
                }
            }
        }
    }

    #[test]
    fn case_and_non_words() {
        assert_ne!(stop_langs("The") & lang_bit(Lang::En), 0);
        assert_ne!(stop_langs("ÜBER") & lang_bit(Lang::De), 0);
        assert_ne!(stop_langs("Für") & lang_bit(Lang::De), 0);
        assert_eq!(stop_langs(&"ü".repeat(40)), 0);
        assert_eq!(stop_langs("ferry"), 0);
        assert_eq!(stop_langs(""), 0);
        assert_eq!(stop_langs(&"a".repeat(10_000)), 0);
    }

    #[test]
    fn longest_stopwords_fit_the_ascii_buffer() {
        assert!(table().max_len <= 64, "an ASCII stopword would be missed");
    }
}
