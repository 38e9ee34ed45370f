//! Helpers shared by the unit tests.

/// `count` texts, each up to `max_pieces - 1` of `pieces` in a row, drawn by
/// a xorshift generator from `seed`: the same texts on every run. `stride`
/// spreads the draws within one text.
pub(crate) fn random_texts<'a>(
    pieces: &'a [&'a str],
    seed: u64,
    count: usize,
    max_pieces: u64,
    stride: u32,
) -> impl Iterator<Item = String> + 'a {
    let mut state = seed;
    (0..count).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut text = String::new();
        for k in 0..(state % max_pieces) {
            let r = state.rotate_left(k as u32 * stride) ^ k;
            text.push_str(pieces[(r % pieces.len() as u64) as usize]);
        }
        text
    })
}
