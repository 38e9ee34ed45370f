//! The non-cryptographic hash of the crate's hash maps.

use std::hash::{BuildHasherDefault, Hasher};

/// A quick hash for the walk's short strings and the classifier's element ids
/// (the multiply-rotate hash of rustc's `FxHasher`); the default SipHash costs
/// more than the lookups save. Not keyed: on wasm32 std's SipHash keys are
/// fixed too, so it protects no more against crafted collisions.
pub(crate) type FastHash = BuildHasherDefault<WordHasher>;

#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes(w.try_into().unwrap_or_default()));
        }
        for &b in words.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    /// Mixed (murmur3's finaliser), so the table's index bits depend on every
    /// input byte: without it, strings differing only near the end of an
    /// 8-byte word ("row-item-0000001", "row-item-0000002", …) share their low
    /// bits and pile up in one probe chain.
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interner_hash_spreads_numbered_names() {
        // Names that differ only in the last bytes of an 8-byte word.
        let low_bits: std::collections::HashSet<u64> = (0..256)
            .map(|i| {
                let mut h = WordHasher::default();
                h.write(format!("row-item-{i:07}").as_bytes());
                h.finish() & 0xff
            })
            .collect();
        assert!(
            low_bits.len() > 128,
            "{} distinct low bytes",
            low_bits.len()
        );
    }
}
