//! Deterministic shuffling from a seed, so a contest replays identically
//! after a reload and a teacher can give two classes the same test.

/// SplitMix64: tiny, fast, good enough to shuffle questions; not for secrets.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// A permutation of `0..n` (Fisher–Yates).
pub fn permutation(n: usize, rng: &mut Rng) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        v.swap(i, rng.below(i + 1));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order_and_a_real_permutation() {
        let a = permutation(50, &mut Rng::new(42));
        let b = permutation(50, &mut Rng::new(42));
        let c = permutation(50, &mut Rng::new(43));
        assert_eq!(a, b);
        assert_ne!(a, c);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert!(permutation(0, &mut Rng::new(1)).is_empty());
    }

    #[test]
    fn roughly_uniform() {
        // Where does item 0 land over many shuffles of 4? Each place ~25%.
        let mut rng = Rng::new(7);
        let mut counts = [0usize; 4];
        for _ in 0..40_000 {
            let p = permutation(4, &mut rng);
            counts[p.iter().position(|&x| x == 0).unwrap_or(0)] += 1;
        }
        for c in counts {
            assert!((9_000..11_000).contains(&c), "{counts:?}");
        }
    }
}
