//! Others' voices: a colleague, a stakeholder or the coach answers a request of the trainee's in
//! their own browser, and the answer comes back as a block of text sealed to the trainee's key.
//!
//! - [`key`]: the trainee's age X25519 identity, made on first use and kept owner-only in the
//!   data folder; requests carry only its public half ([`TraineeKey::recipient`]).
//! - [`token`]: the random per-request token an answer must carry.
//! - [`answer`]: what an answer holds, and [`open`] (the only way in: size limits first, then
//!   age, then the JSON with its own limits), with a refusal that says which kind of bad it is.
//! - [`exchange`]: asking ([`ask`]: save the request, write its form) and receiving
//!   ([`receive`]: open an answer, import it), the same for the window and the command line.
//!
//! No Tauri here; the journal keeps the requests and turns answers into entries.

pub mod answer;
pub mod exchange;
pub mod form;
pub mod key;
pub mod token;

pub use answer::OpenedAnswer;
pub use answer::{
    Answer, AnswerBody, AnswerRefused, FeedbackAnswer, MAX_ANSWER_BYTES, MAX_SEALED_BYTES,
    ReviewAnswer, SignOff, SkillFeedback, SkillReview, open, seal,
};
pub use exchange::{AskError, ReceiveError, ask, form_file_name, receive};
pub use form::{UnknownSkill, feedback_form};
pub use key::{KEY_FILE, KeyError, TraineeKey};
pub use token::{RequestToken, TokenError};

/// Bytes as lowercase hex (tokens, digests).
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
