//! Seeded pseudo-random numbers: the same seed gives the same numbers on every machine and in
//! every run, so a random test case reproduces from its seed and a benchmark input stays the
//! same from one measurement to the next.
//!
//! Three generators, because tests and benchmark inputs were made with each and must keep
//! being the same:
//!
//! - [`XorShift64Star`], the usual one: the derive macros' robustness tests, the random
//!   derivations of the hostile-grammar tests, the benchmark inputs (lexer input, SQL scripts,
//!   calculator programs);
//! - [`SplitMix64`]: the random grammars compared with GNU Bison and the large benchmark
//!   grammar ([`crate::yacc`]);
//! - [`XorShift64`]: the calculator's random expressions.
//!
//! [`Random`] draws numbers below a bound, chances and picks from any of them, the same way
//! for all three. None of them is fit for anything but tests.

/// Numbers below a bound, chances and picks, drawn from a source of random bits.
///
/// Each method takes exactly one [`next_u64`](Random::next_u64), so that a seeded sequence of
/// calls gives the same results whichever methods it uses.
///
/// # Examples
/// ```
/// use sly_testkit::rng::{Random, XorShift64Star};
///
/// let mut rng = XorShift64Star::new(7);
/// let n = rng.below(10);
/// assert!(n < 10);
/// let word = *rng.pick(&["a", "b", "c"]);
/// assert!(["a", "b", "c"].contains(&word));
/// ```
pub trait Random {
    /// The next 64 random bits.
    fn next_u64(&mut self) -> u64;

    /// A number in `0..n`: the next bits modulo `n` (biased towards small numbers by at most
    /// `n / 2^64`, which no test notices).
    ///
    /// # Panics
    /// When `n` is 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `num / den`: `below(den) < num`.
    ///
    /// # Panics
    /// When `den` is 0.
    fn ratio(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }

    /// True with probability `percent` in 100: `below(100) < percent`.
    ///
    /// Never panics.
    fn chance(&mut self, percent: usize) -> bool {
        self.ratio(percent, 100)
    }

    /// One element of `items`, the one at `below(items.len())`.
    ///
    /// # Panics
    /// When `items` is empty.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Marsaglia's xorshift64 with Vigna's multiplication of the output (xorshift64*): a 64-bit
/// state, shifts 12, 25, 27, multiplier `0x2545_F491_4F6C_DD1D`.
///
/// S. Vigna, "An experimental exploration of Marsaglia's xorshift generators, scrambled",
/// ACM TOMS 42(4), 2016.
#[derive(Debug, Clone)]
pub struct XorShift64Star {
    state: u64,
}

impl XorShift64Star {
    /// A generator from any `seed`, 0 included: the state is `seed` times the golden ratio
    /// (`0x9E37_79B9_7F4A_7C15`, wrapping) with the lowest bit set.
    ///
    /// Never panics.
    pub const fn new(seed: u64) -> Self {
        Self::from_state(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// A generator whose state starts as `state`, unchanged.
    ///
    /// # Panics
    /// When `state` is 0: xorshift would give 0 forever.
    pub const fn from_state(state: u64) -> Self {
        assert!(state != 0, "a xorshift state must not be 0");
        Self { state }
    }
}

impl Random for XorShift64Star {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// SplitMix64: a counter advanced by the golden ratio (`0x9E37_79B9_7F4A_7C15`), mixed by
/// two multiply-xorshift rounds. Any seed, 0 included, starts a good sequence.
///
/// G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose counter starts at `seed`.
    ///
    /// Never panics.
    pub const fn new(seed: u64) -> Self {
        Self { state: seed }
    }
}

impl Random for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Marsaglia's xorshift64 (shifts 13, 7, 17): the output is the new state, unscrambled.
///
/// G. Marsaglia, "Xorshift RNGs", Journal of Statistical Software 8(14), 2003.
#[derive(Debug, Clone)]
pub struct XorShift64 {
    state: u64,
}

impl XorShift64 {
    /// A generator whose state starts as `state`, unchanged.
    ///
    /// # Panics
    /// When `state` is 0: xorshift would give 0 forever.
    pub const fn from_state(state: u64) -> Self {
        assert!(state != 0, "a xorshift state must not be 0");
        Self { state }
    }
}

impl Random for XorShift64 {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first3(rng: &mut impl Random) -> [u64; 3] {
        [rng.next_u64(), rng.next_u64(), rng.next_u64()]
    }

    /// The first numbers of each generator, as the seeded tests and benchmark inputs have
    /// always drawn them: a change here changes every case they make.
    #[test]
    fn known_sequences() {
        assert_eq!(
            first3(&mut XorShift64Star::new(0)),
            [
                0x47e4_ce4b_896c_dd1d,
                0xabcf_a6a8_e079_651d,
                0xb9d1_0d8f_eb73_1f57
            ]
        );
        assert_eq!(
            first3(&mut XorShift64Star::new(42)),
            [
                0x7c3d_3da7_30e9_fd2b,
                0xbc66_74d0_9f2b_33fc,
                0xc1cd_cc7e_2428_8d6f
            ]
        );
        assert_eq!(
            first3(&mut XorShift64Star::from_state(0x2545_f491_4f6c_dd1d)),
            [
                0xad5d_b60b_4c5d_45d4,
                0xbeda_f65d_8707_906e,
                0x0a1f_e02d_6c6d_d3d0
            ]
        );
        assert_eq!(
            first3(&mut SplitMix64::new(0)),
            [
                0xe220_a839_7b1d_cdaf,
                0x6e78_9e6a_a1b9_65f4,
                0x06c4_5d18_8009_454f
            ]
        );
        assert_eq!(
            first3(&mut SplitMix64::new(0x5eed)),
            [
                0x09f1_fd9d_03f0_a9b4,
                0x5532_7416_1bbf_8475,
                0x5d5b_ca46_96b3_43b3
            ]
        );
        assert_eq!(
            first3(&mut XorShift64::from_state(0x5eed_1234_abcd)),
            [
                0x856f_e7d5_f3f7_91da,
                0x9f56_dc86_c73d_4879,
                0x549c_d1b5_b5bc_0ca9
            ]
        );
    }

    /// Each helper draws one number and reduces it the documented way.
    #[test]
    fn helpers_reduce_one_draw() {
        let mut a = XorShift64Star::new(3);
        let mut b = a.clone();
        for n in [1, 2, 7, 100, 1 << 40] {
            let bits = b.next_u64();
            assert_eq!(a.below(n), (bits % n as u64) as usize);
        }
        for (num, den) in [(1, 3), (2, 5), (0, 1), (1, 1)] {
            let bits = b.next_u64();
            assert_eq!(a.ratio(num, den), ((bits % den as u64) as usize) < num);
        }
        for percent in [0, 25, 50, 100] {
            let bits = b.next_u64();
            assert_eq!(a.chance(percent), ((bits % 100) as usize) < percent);
        }
        let items = [10, 20, 30];
        let bits = b.next_u64();
        assert_eq!(*a.pick(&items), items[(bits % 3) as usize]);
    }

    #[test]
    #[should_panic = "must not be 0"]
    fn a_zero_xorshift_state_is_refused() {
        let _ = XorShift64::from_state(0);
    }
}
