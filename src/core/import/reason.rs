//! Why a file is refused, a question skipped, or something changed on the
//! way in. Values, not sentences: the app words each one in the interface
//! language (`app::editor::reasons`, locale section `reason`, one key per
//! variant; the match there is exhaustive and a missing key fails the build).

/// A reason, with what the teacher needs to fix it.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    // --- The whole file ---
    /// Larger than [`super::MAX_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// Nothing but spaces.
    EmptyFile,
    /// Not text: a NUL byte, or bytes that are not UTF-8 / UTF-16.
    NotText,
    /// No question found in a file that is otherwise readable.
    NoQuestions,
    /// A CSV whose header row matches no known layout.
    UnknownLayout,
    /// JSON that does not parse, or is not a pack (serde's message).
    BadJson { message: String },
    /// A JSON pack that parses but breaks a rule (`path` as in validation,
    /// e.g. `questions[3].answer.correct`).
    InvalidPack { path: String, message: String },

    // --- A question (skipped) ---
    /// The question text is empty.
    EmptyPrompt,
    /// No answer is marked right.
    MissingAnswer,
    /// The right answer names an option that is not there (e.g. "5" of 4).
    BadCorrect { value: String },
    /// Two options read the same.
    DuplicateOption { option: String },
    /// Fewer options than the type needs.
    TooFewOptions { found: usize, min: usize },
    /// More options than the app shows (6).
    TooManyOptions { found: usize, max: usize },
    /// A CSV row with the wrong number of cells.
    WrongColumnCount { found: usize, expected: usize },
    /// A quoted CSV cell that never closes.
    UnclosedQuote,
    /// A question type the app cannot mark (essay, poll, open-ended, draw…).
    UnsupportedType { name: String },
    /// A GIFT description (text with no answer): nothing to ask.
    Description,
    /// A GIFT answer block `{` with no `}`.
    UnclosedBrace,
    /// GIFT or Aiken text the importer cannot read (`found` is a short excerpt).
    Syntax { found: String },
    /// A number that does not parse (numeric answers, tolerances, weights).
    BadNumber { value: String },
    /// Matching with fewer than 2 pairs, or a pair missing a side.
    BadPair,
    /// An Aiken question with no `ANSWER:` line.
    MissingAnswerLine,
    /// An Aiken `ANSWER:` letter with no such option.
    UnknownLetter { letter: String },
    /// Reading stopped here: [`super::MAX_QUESTIONS`] questions are in.
    TooManyQuestions { max: usize },
    /// Reading stopped here: [`super::MAX_SKIPPED`] questions were skipped.
    TooManyProblems { max: usize },

    // --- Changed on the way in (the question is still imported) ---
    /// A picture from the web is not fetched (the app never leaves its
    /// origin); the address is kept in the text so the teacher can see it.
    RemoteImage { url: String },
    /// A time limit that does not parse or is out of range; the default is used.
    BadTimeLimit { value: String },
    /// Partial-credit weights (GIFT `%50%`) become right or wrong.
    WeightsIgnored,
    /// Per-answer feedback is not kept (only general feedback is).
    FeedbackIgnored,
}
