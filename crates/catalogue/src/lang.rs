//! The two languages the app speaks: of an article, of the window, of a report, of the command
//! line. One enum for all of them, so a language never needs converting between crates.

use serde::{Deserialize, Serialize};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Reads a front matter value such as `nl`, `EN` or `nl-BE`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim();
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        if primary.eq_ignore_ascii_case("nl") || primary.eq_ignore_ascii_case("nld") {
            Some(Self::Nl)
        } else if primary.eq_ignore_ascii_case("en") || primary.eq_ignore_ascii_case("eng") {
            Some(Self::En)
        } else {
            None
        }
    }

    /// The two-letter code (BCP 47), as written in front matter and in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_leniently() {
        assert_eq!(Lang::from_code("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(
            Lang::from_code("nl-BE"),
            Some(Lang::Nl),
            "a region does not matter"
        );
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(
            Lang::from_code("de"),
            None,
            "only Dutch and English are spoken"
        );
        assert_eq!(Lang::from_code(""), None);
    }
}
