//! What the contest keeps in the browser's storage: the contest being
//! played (so a reload or a closed tab never costs an answer), the attempts
//! made on this device, and the leaderboards.
//!
//! The contest is stored in two parts: its `Setup` once at the start and its
//! small `Progress` after every step, so saving never costs time
//! proportional to the question bank. Every write reports whether it
//! worked; the UI shows a notice when storage is full or blocked and play
//! goes on in memory.

use crate::app::dom::{storage_get, storage_remove, storage_set};
use crate::core::lang::Text;
use crate::core::quiz::contest::{Contest, Progress, Setup};
use crate::core::quiz::results::{Attempt, Leaderboard};
use serde::{Deserialize, Serialize};

pub(crate) const ACTIVE: &str = "asean-kiosk.contest";
pub(crate) const SETUP: &str = "asean-kiosk.contest.setup";
pub(crate) const PROGRESS: &str = "asean-kiosk.contest.progress";
pub(crate) const ATTEMPTS: &str = "asean-kiosk.attempts";
const BOARD: &str = "asean-kiosk.leaderboard.";
/// Where an unreadable value is moved before it would be overwritten, so a
/// damaged history is never silently lost.
const DAMAGED: &str = ".damaged";
/// Oldest attempts are dropped beyond this many.
pub const ATTEMPTS_MAX: usize = 500;

/// The contest in play: which route it belongs to and what it is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Active {
    /// `practice/flags`: the route it is played on.
    pub route: String,
    /// The pack ids the questions come from.
    pub packs: Vec<String>,
    /// For the "resume" offer on the contest page.
    pub title: Text,
    pub nickname: String,
    /// Added to this device's attempts already.
    pub recorded: bool,
    /// Added to the leaderboard already.
    pub on_board: bool,
}

fn write<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|s| storage_set(key, &s))
}

fn read<T: for<'de> Deserialize<'de>>(key: &str) -> Option<T> {
    serde_json::from_str(&storage_get(key)?).ok()
}

/// Keeps an unreadable stored value under `<key>.damaged` before `key` is
/// written afresh.
fn keep_damaged(key: &str) {
    if let Some(raw) = storage_get(key) {
        storage_set(&format!("{key}{DAMAGED}"), &raw);
    }
}

/// Starts keeping a new contest (replacing any earlier one).
pub fn save_new(active: &Active, c: &Contest) -> bool {
    storage_remove(PROGRESS);
    write(SETUP, &c.setup) && write(PROGRESS, &c.progress) && write(ACTIVE, active)
}

pub fn save_progress(p: &Progress) -> bool {
    write(PROGRESS, p)
}

pub fn save_active(a: &Active) -> bool {
    write(ACTIVE, a)
}

/// Only the slot's description: cheap, for the resume offer.
pub fn active() -> Option<Active> {
    read(ACTIVE)
}

/// The kept contest, if there is one and it still reads.
pub fn load() -> Option<(Active, Contest)> {
    let active: Active = read(ACTIVE)?;
    let setup: Setup = read(SETUP)?;
    let progress: Progress = read(PROGRESS)?;
    Contest::resume(setup, progress).ok().map(|c| (active, c))
}

pub fn attempts() -> Vec<Attempt> {
    read(ATTEMPTS).unwrap_or_default()
}

/// Adds a finished attempt to this device's history.
pub fn add_attempt(a: &Attempt) -> bool {
    let mut all: Vec<Attempt> = match storage_get(ATTEMPTS) {
        None => Vec::new(),
        Some(raw) => serde_json::from_str(&raw).unwrap_or_else(|_| {
            keep_damaged(ATTEMPTS);
            Vec::new()
        }),
    };
    all.push(a.clone());
    if all.len() > ATTEMPTS_MAX {
        all.drain(..all.len() - ATTEMPTS_MAX);
    }
    write(ATTEMPTS, &all)
}

pub fn clear_attempts() {
    storage_remove(ATTEMPTS);
}

/// The leaderboard of one pack (or `mix`) and mode: `key` = `practice/flags`.
pub fn board(key: &str) -> Leaderboard {
    read(&format!("{BOARD}{key}")).unwrap_or_default()
}

pub fn save_board(key: &str, b: &Leaderboard) -> bool {
    write(&format!("{BOARD}{key}"), b)
}
