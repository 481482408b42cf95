//! The language an article is written in. The app speaks Dutch and English only, so detection is
//! a choice between those two: trainees write Dutch by default, hence Dutch when unsure.
//!
//! Detection is a fallback for articles without a `lang` key and looks at a bounded prefix of the
//! text, so a long article costs no more than a short one.

use skills_catalogue::Lang;

/// How many characters of text language detection looks at.
const DETECTION_CHARS: usize = 2_000;

/// Guesses whether `text` is Dutch or English from its first ~2,000 characters; Dutch when the
/// text gives no answer (empty, code only, another language).
pub fn detect_lang(text: &str) -> Lang {
    let end = text
        .char_indices()
        .nth(DETECTION_CHARS)
        .map_or(text.len(), |(index, _)| index);
    let sample = &text[..end];
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Nld, whatlang::Lang::Eng]);
    match detector.detect_lang(sample) {
        Some(whatlang::Lang::Eng) => Lang::En,
        _ => Lang::Nl,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_are_told_apart() {
        let dutch = "Tijdens het overleg met de opdrachtgever luister je eerst goed en vraag je door \
                     voordat je een oplossing voorstelt. Zo voorkom je misverstanden.";
        let english = "During the meeting with the client you first listen carefully and ask \
                       follow-up questions before you propose a solution. This avoids misunderstandings.";
        assert_eq!(detect_lang(dutch), Lang::Nl, "a Dutch paragraph is Dutch");
        assert_eq!(
            detect_lang(english),
            Lang::En,
            "an English paragraph is English"
        );
    }

    #[test]
    fn unclear_text_counts_as_dutch() {
        assert_eq!(detect_lang(""), Lang::Nl, "no text: the default language");
        assert_eq!(
            detect_lang("12345 ### !!!"),
            Lang::Nl,
            "no words: the default language"
        );
    }
}
