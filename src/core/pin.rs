//! The admin PIN: set on first use, kept only as a salted, stretched hash
//! (SHA-256, many rounds), and a lock of one minute after a few wrong tries.
//! Not a bank vault: it keeps visitors out of a kiosk's settings.
//!
//! ```
//! use asean_kiosk::core::pin::{PinRecord, check_pin_format};
//! assert!(check_pin_format("12a4").is_err());
//! let rec = PinRecord::new("2468", [7; 16]).expect("a valid PIN");
//! assert!(rec.verify("2468"));
//! assert!(!rec.verify("2469"));
//! assert!(!rec.to_json().contains("2468"));
//! ```

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Hashing rounds: slow enough to make guessing a stolen hash tedious,
/// quick enough (a few ms in wasm) not to be felt.
pub const ROUNDS: u32 = 20_000;
/// Wrong tries before the lock.
pub const MAX_TRIES: u32 = 5;
/// How long the lock lasts.
pub const LOCK_MS: u64 = 60_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinFormatError {
    /// Fewer than 4 or more than 8 digits.
    Length,
    /// Something other than digits.
    NotDigits,
}

/// A PIN is 4 to 8 digits (a kiosk's touch keypad has digits only).
pub fn check_pin_format(pin: &str) -> Result<(), PinFormatError> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        Err(PinFormatError::NotDigits)
    } else if !(4..=8).contains(&pin.len()) {
        Err(PinFormatError::Length)
    } else {
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn stretch(pin: &str, salt: &str, rounds: u32) -> String {
    let mut h: [u8; 32] = Sha256::new()
        .chain_update(salt.as_bytes())
        .chain_update(pin.as_bytes())
        .finalize()
        .into();
    for _ in 1..rounds {
        h = Sha256::new()
            .chain_update(h)
            .chain_update(salt.as_bytes())
            .finalize()
            .into();
    }
    hex(&h)
}

/// What is stored: the salt, the rounds and the hash — never the PIN.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinRecord {
    pub salt: String,
    pub rounds: u32,
    pub hash: String,
}

impl PinRecord {
    /// `salt`: random bytes from the browser (`crypto.getRandomValues`).
    pub fn new(pin: &str, salt: [u8; 16]) -> Result<PinRecord, PinFormatError> {
        check_pin_format(pin)?;
        let salt = hex(&salt);
        Ok(PinRecord {
            hash: stretch(pin, &salt, ROUNDS),
            salt,
            rounds: ROUNDS,
        })
    }

    pub fn verify(&self, pin: &str) -> bool {
        if self.rounds == 0 || self.rounds > 10 * ROUNDS {
            return false;
        }
        let h = stretch(pin, &self.salt, self.rounds);
        // Compare every byte, whatever the first difference.
        h.len() == self.hash.len()
            && h.bytes()
                .zip(self.hash.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// `None` for an unreadable record (the admin then sets a PIN again only
    /// by resetting all local data).
    pub fn from_json(s: &str) -> Option<PinRecord> {
        serde_json::from_str(s).ok()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Wrong tries and the lock they lead to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lock {
    pub wrong: u32,
    pub until_ms: u64,
}

impl Lock {
    /// Seconds left of the lock at `now_ms`, if locked.
    pub fn locked_for(&self, now_ms: u64) -> Option<u32> {
        (now_ms < self.until_ms).then(|| (self.until_ms - now_ms).div_ceil(1000) as u32)
    }

    /// A wrong PIN: after [`MAX_TRIES`] the lock starts and the count restarts.
    pub fn wrong_try(&mut self, now_ms: u64) {
        self.wrong += 1;
        if self.wrong >= MAX_TRIES {
            self.wrong = 0;
            self.until_ms = now_ms + LOCK_MS;
        }
    }

    pub fn tries_left(&self) -> u32 {
        MAX_TRIES - self.wrong.min(MAX_TRIES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_sha256_and_salted_hashes_differ() {
        // One round is plain SHA-256 of salt ‖ PIN.
        assert_eq!(
            stretch("abc", "", 1),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let a = PinRecord::new("1234", [1; 16]).expect("pin");
        let b = PinRecord::new("1234", [2; 16]).expect("pin");
        assert_ne!(a.hash, b.hash, "the salt changes the hash");
        assert!(a.verify("1234") && b.verify("1234"));
        assert!(!a.verify("12345") && !a.verify(""));
        assert_eq!(PinRecord::from_json(&a.to_json()), Some(a));
        assert_eq!(PinRecord::from_json("nope"), None);
    }

    #[test]
    fn formats() {
        assert_eq!(check_pin_format("123"), Err(PinFormatError::Length));
        assert_eq!(check_pin_format("123456789"), Err(PinFormatError::Length));
        assert_eq!(check_pin_format("12 4"), Err(PinFormatError::NotDigits));
        assert_eq!(check_pin_format("0000"), Ok(()));
    }

    #[test]
    fn five_wrong_tries_lock_for_a_minute() {
        let mut l = Lock::default();
        for i in 0..4 {
            l.wrong_try(1_000 * i);
            assert_eq!(l.locked_for(1_000 * i), None);
        }
        assert_eq!(l.tries_left(), 1);
        l.wrong_try(10_000);
        assert_eq!(l.locked_for(10_000), Some(60));
        assert_eq!(l.locked_for(69_500), Some(1));
        assert_eq!(l.locked_for(70_000), None);
        assert_eq!(l.tries_left(), MAX_TRIES);
    }
}
