//! An answer: what the giver wrote, sealed to the trainee's key by the request's form, pasted or
//! dropped back into the app. [`open`] is the only way in. It bounds the size before anything
//! else, unseals with age, bounds the plaintext, then reads the JSON into fixed types (so its
//! depth is fixed too), and says which kind of bad a refused answer is.

use std::io::Read;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use skills_journal_store::{GivenFeedback, GivenSkill, GiverRole};

use crate::key::TraineeKey;
use crate::token::RequestToken;

/// The `format` every answer names.
pub const ANSWER_FORMAT: &str = "skills-journal-answer";
/// The newest answer version this build reads.
pub const ANSWER_VERSION: u32 = 1;
/// The most sealed text an answer may be (a review of every skill with long comments fits).
pub const MAX_SEALED_BYTES: usize = 512 * 1024;
/// The most JSON a sealed answer may hold.
pub const MAX_ANSWER_BYTES: usize = 256 * 1024;
/// The most skills one answer may speak about.
pub const MAX_ANSWER_SKILLS: usize = 60;

const BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
const END: &str = "-----END AGE ENCRYPTED FILE-----";
const BINARY_MAGIC: &[u8] = b"age-encryption.org/v1";

/// An answer to a feedback request or a coach review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct Answer {
    /// Always [`ANSWER_FORMAT`].
    pub format: String,
    /// [`ANSWER_VERSION`] or older.
    pub version: u32,
    /// The request it answers.
    pub request_id: String,
    /// The request's token, as the form carried it.
    pub token: RequestToken,
    /// The day the giver made it (their own clock).
    pub answered_on: NaiveDate,
    /// What they said.
    pub body: AnswerBody,
}

/// What the giver said: feedback, or a coach's review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[ts(export)]
pub enum AnswerBody {
    /// Feedback on one to three skills.
    Feedback(FeedbackAnswer),
    /// A coach's review of a period.
    Review(ReviewAnswer),
}

/// Feedback given directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct FeedbackAnswer {
    /// The giver's name, if they gave it.
    pub giver_name: Option<String>,
    /// The giver's role, as the request named it.
    pub giver_role: GiverRole,
    /// Per skill.
    pub skills: Vec<SkillFeedback>,
}

/// Feedback on one skill (Situation / Behaviour / Impact, keep doing, try next).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct SkillFeedback {
    /// The skill.
    pub skill_id: String,
    /// 1-5, if given.
    pub rating: Option<u8>,
    /// The situation.
    pub situation: Option<String>,
    /// The behaviour the giver saw.
    pub behaviour: Option<String>,
    /// Its impact.
    pub impact: Option<String>,
    /// One thing to keep doing.
    pub keep_doing: Option<String>,
    /// One thing to try.
    pub try_next: Option<String>,
}

/// A coach's review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct ReviewAnswer {
    /// Per skill.
    pub skills: Vec<SkillReview>,
    /// The overall comment.
    pub overall: Option<String>,
    /// Who signed it off.
    pub sign_off: SignOff,
}

/// The coach on one skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct SkillReview {
    /// The skill.
    pub skill_id: String,
    /// The coach's own level, 1-5.
    pub level: Option<u8>,
    /// Whether the coach agrees with the trainee's self-assessment.
    pub agrees: Option<bool>,
    /// The coach's comment.
    pub comment: Option<String>,
}

/// A review's sign-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct SignOff {
    /// The coach's name.
    pub name: String,
    /// Their role.
    pub role: String,
    /// The day they signed.
    pub date: NaiveDate,
}

/// Why an answer was refused; nothing was added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerRefused {
    /// Larger than an answer may be.
    #[error("the answer is {size} bytes, more than the {limit} an answer may be")]
    TooLarge {
        /// Its size (of the sealed text, or of what it holds).
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Not an answer block at all.
    #[error("this is not an answer block (it should start with {BEGIN})")]
    Garbled,
    /// Cut off before its end.
    #[error("the answer is cut off: its end is missing; copy the whole block")]
    Truncated,
    /// Changed after it was made.
    #[error("the answer was changed after it was made and cannot be trusted")]
    Tampered,
    /// Sealed to someone else's key (another journal, or another trainee).
    #[error("the answer is meant for another journal")]
    Foreign,
    /// Readable, but not an answer of this app.
    #[error("the answer could not be read: {0}")]
    NotAnAnswer(String),
    /// Made by a newer version of the app's form.
    #[error("the answer has version {0}; update the app to read it")]
    NewerVersion(u32),
}

/// An answer as opened, with the digest of what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedAnswer {
    /// What it says.
    pub answer: Answer,
    /// The SHA-256 of its JSON, in hex: the same answer, sealed twice or pasted twice, has the
    /// same digest.
    pub digest: String,
}

impl OpenedAnswer {
    /// The feedback as the journal imports it; `None` for a review.
    pub fn given_feedback(&self) -> Option<GivenFeedback> {
        let AnswerBody::Feedback(feedback) = &self.answer.body else {
            return None;
        };
        Some(GivenFeedback {
            request_id: self.answer.request_id.clone(),
            token: self.answer.token.as_str().to_owned(),
            digest: self.digest.clone(),
            answered_on: self.answer.answered_on,
            giver_name: feedback.giver_name.clone(),
            skills: feedback
                .skills
                .iter()
                .map(|s| GivenSkill {
                    skill_id: s.skill_id.clone(),
                    rating: s.rating,
                    situation: s.situation.clone(),
                    behaviour: s.behaviour.clone(),
                    impact: s.impact.clone(),
                    keep_doing: s.keep_doing.clone(),
                    try_next: s.try_next.clone(),
                })
                .collect(),
        })
    }
}

/// Opens a sealed answer (the armoured block, with anything around it, or a binary age file)
/// with the trainee's key.
pub fn open(key: &TraineeKey, sealed: &[u8]) -> Result<OpenedAnswer, AnswerRefused> {
    if sealed.len() > MAX_SEALED_BYTES {
        return Err(AnswerRefused::TooLarge {
            size: sealed.len(),
            limit: MAX_SEALED_BYTES,
        });
    }
    let plain = if sealed.starts_with(BINARY_MAGIC) {
        unseal(key, sealed)?
    } else {
        let text = std::str::from_utf8(sealed).map_err(|_| AnswerRefused::Garbled)?;
        unseal(key, armoured_block(text)?.as_bytes())?
    };
    let answer: Answer = serde_json::from_slice(&plain)
        .map_err(|error| AnswerRefused::NotAnAnswer(error.to_string()))?;
    if answer.format != ANSWER_FORMAT {
        return Err(AnswerRefused::NotAnAnswer(format!(
            "format `{}`",
            answer.format
        )));
    }
    if answer.version > ANSWER_VERSION {
        return Err(AnswerRefused::NewerVersion(answer.version));
    }
    let skills = match &answer.body {
        AnswerBody::Feedback(feedback) => feedback.skills.len(),
        AnswerBody::Review(review) => review.skills.len(),
    };
    if skills > MAX_ANSWER_SKILLS {
        return Err(AnswerRefused::NotAnAnswer(format!("{skills} skills")));
    }
    let digest = crate::hex(&Sha256::digest(&plain));
    Ok(OpenedAnswer { answer, digest })
}

/// The length of an armoured line (RFC 7468, as age writes it).
const ARMOR_LINE: usize = 64;

/// The armoured block in a pasted text, rebuilt as age writes it. Mail and chat programs
/// change a block on its way: e-mail quote marks (`> `), spaces and indents, CRLF, lines
/// re-wrapped or joined into one, no-break or zero-width spaces. Between the begin and end
/// markers only the base64 letters count; they are written again in lines of 64 (one pass over
/// the bytes). A begin without an end is a cut-off answer.
fn armoured_block(text: &str) -> Result<String, AnswerRefused> {
    let start = text.find(BEGIN).ok_or(AnswerRefused::Garbled)?;
    let body = &text[start + BEGIN.len()..];
    let end = body.find(END).ok_or(AnswerRefused::Truncated)?;
    let base64: Vec<u8> = body.as_bytes()[..end]
        .iter()
        .copied()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .collect();
    let mut block = String::with_capacity(
        BEGIN.len() + base64.len() + base64.len() / ARMOR_LINE + END.len() + 3,
    );
    block.push_str(BEGIN);
    block.push('\n');
    for line in base64.chunks(ARMOR_LINE) {
        // Only ASCII letters are left, so this never fails.
        block.push_str(std::str::from_utf8(line).map_err(|_| AnswerRefused::Garbled)?);
        block.push('\n');
    }
    block.push_str(END);
    block.push('\n');
    Ok(block)
}

fn unseal(key: &TraineeKey, sealed: &[u8]) -> Result<Vec<u8>, AnswerRefused> {
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed)).map_err(refusal_of)?;
    let reader = decryptor.decrypt(key.identities()).map_err(refusal_of)?;
    let mut plain = Vec::new();
    let limit = u64::try_from(MAX_ANSWER_BYTES).unwrap_or(u64::MAX) + 1;
    reader
        .take(limit)
        .read_to_end(&mut plain)
        .map_err(|error| refusal_of(age::DecryptError::Io(error)))?;
    if plain.len() > MAX_ANSWER_BYTES {
        return Err(AnswerRefused::TooLarge {
            size: plain.len(),
            limit: MAX_ANSWER_BYTES,
        });
    }
    Ok(plain)
}

/// What an age failure means for the person holding the answer.
fn refusal_of(error: age::DecryptError) -> AnswerRefused {
    use age::DecryptError as E;
    match error {
        E::NoMatchingKeys => AnswerRefused::Foreign,
        E::InvalidMac | E::DecryptionFailed | E::KeyDecryptionFailed => AnswerRefused::Tampered,
        E::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => AnswerRefused::Truncated,
        // A chunk whose tag does not match: the payload was changed.
        E::Io(io) if io.kind() == std::io::ErrorKind::InvalidData => AnswerRefused::Tampered,
        _ => AnswerRefused::Garbled,
    }
}

/// Seals `answer` to `recipient` (`age1…`) as an armoured block, as the form does in the
/// giver's browser (used by tests and by the command line's own checks).
pub fn seal(recipient: &str, answer: &Answer) -> Result<String, String> {
    let recipient: age::x25519::Recipient = recipient.parse().map_err(|e: &str| e.to_owned())?;
    let json = serde_json::to_vec(answer).map_err(|e| e.to_string())?;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let armour =
        ArmoredWriter::wrap_output(&mut out, Format::AsciiArmor).map_err(|e| e.to_string())?;
    let mut writer = encryptor.wrap_output(armour).map_err(|e| e.to_string())?;
    std::io::Write::write_all(&mut writer, &json).map_err(|e| e.to_string())?;
    writer
        .finish()
        .and_then(ArmoredWriter::finish)
        .map_err(|e| e.to_string())?;
    String::from_utf8(out).map_err(|e| e.to_string())
}
