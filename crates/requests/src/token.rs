//! A request's token: 128 random bits from the operating system, written as 32 lowercase hex
//! digits. The form carries it and every answer must carry it back; without the request's token
//! (guessed, or from another request) an answer is refused.

use serde::{Deserialize, Serialize};

/// A random per-request token.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "String", into = "String")]
#[ts(export, type = "string")]
pub struct RequestToken(String);

/// The operating system gave no random bytes, or a text is not a token.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// No randomness: no token (never a weak one).
    #[error("the operating system gave no random bytes: {0}")]
    NoRandomness(getrandom::Error),
    /// Not 32 lowercase hex digits.
    #[error("not a request token")]
    Malformed,
}

impl RequestToken {
    /// A new token.
    pub fn new() -> Result<Self, TokenError> {
        let mut bytes = [0_u8; 16];
        getrandom::fill(&mut bytes).map_err(TokenError::NoRandomness)?;
        Ok(Self(crate::hex(&bytes)))
    }

    /// The token as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for RequestToken {
    type Error = TokenError;

    fn try_from(text: String) -> Result<Self, TokenError> {
        if skills_journal_store::is_request_token(&text) {
            Ok(Self(text))
        } else {
            Err(TokenError::Malformed)
        }
    }
}

impl From<RequestToken> for String {
    fn from(token: RequestToken) -> Self {
        token.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_only_hex_tokens_parse() -> Result<(), TokenError> {
        let one = RequestToken::new()?;
        let two = RequestToken::new()?;
        assert_ne!(one, two);
        assert_eq!(one.as_str().len(), 32);
        assert!(RequestToken::try_from(one.as_str().to_owned()).is_ok());
        for bad in ["", "abc", &"G".repeat(32), &"A".repeat(32), &"a".repeat(33)] {
            assert!(RequestToken::try_from(bad.to_owned()).is_err(), "{bad}");
        }
        Ok(())
    }
}
