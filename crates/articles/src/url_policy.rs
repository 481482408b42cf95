//! Which link and image URLs an article may contain: `http`, `https`, `mailto` and relative
//! URLs. Everything else (`javascript:`, `vbscript:`, `data:`, `file:`, protocol-relative
//! `//host`, …) is refused, because the reader runs inside the app's webview.
//!
//! Browsers are lenient about schemes: they drop tabs and newlines anywhere, ignore leading
//! spaces and control characters, and ignore case. The policy therefore looks at a cleaned copy
//! of the URL and is strict: any `:` before the first `/`, `?` or `\` makes the text before it
//! a scheme (unless that `:` sits in a plain `#fragment`), and only the three allowed schemes
//! pass. Text that is not a valid scheme (for example `%6Aavascript` or `&#x6A;avascript`) is
//! refused too, and so are percent-encoded slashes or colons near the start, even where a
//! browser would read them as a harmless relative path: refusing costs nothing and leaves no
//! decoding trick to reason about.

/// What a URL in an article is, for rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// No scheme: a path, `#fragment` or `?query` within the article library.
    Relative,
    /// `http:` or `https:`: opens in the system browser.
    External,
    /// `mailto:`: opens the mail client.
    Mail,
    /// Anything else: the link or image is dropped and its text kept.
    Refused,
}

impl UrlKind {
    /// Whether a link or image with this URL may be shown.
    pub fn is_allowed(self) -> bool {
        self != Self::Refused
    }
}

/// Classifies a link or image URL as written in Markdown (after pulldown-cmark has decoded its
/// entities and backslash escapes).
pub fn classify_url(url: &str) -> UrlKind {
    // Browsers strip these everywhere (tab, CR, LF) or at the start (spaces, controls); stripping
    // them everywhere is at least as strict.
    let stripped: String;
    let cleaned = if url
        .bytes()
        .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    {
        stripped = url
            .chars()
            .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
            .collect();
        stripped.as_str()
    } else {
        // The common case: nothing to strip, no copy.
        url
    };
    let mut chars = cleaned.chars();
    let first_two = (chars.next(), chars.next());
    if let (Some('/' | '\\'), Some('/' | '\\')) = first_two {
        // `//host/…` (and `\\host`, `/\host` …) leave the library for another host.
        return UrlKind::Refused;
    }
    if first_two.0 == Some('\\') {
        // Browsers read a leading `\` as `/`, and the HTML writer percent-encodes it to `%5C`,
        // the very form refused below: no article needs it. (Found by the fuzz test.)
        return UrlKind::Refused;
    }
    let starts_with = |prefix: &str| {
        cleaned
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    if ["%2f", "%5c", "/%2f", "/%5c", "\\%2f", "\\%5c"]
        .into_iter()
        .any(starts_with)
    {
        // An encoded second slash could turn into `//host` after a decoding step.
        return UrlKind::Refused;
    }
    // `#` is not a stop here: `&#x6A;avascript:` must not pass as "a fragment".
    let scheme_end = cleaned.find([':', '/', '?', '\\']);
    match scheme_end {
        Some(end) if cleaned.as_bytes().get(end) == Some(&b':') => {
            let candidate = &cleaned[..end];
            if let Some(hash) = candidate.find('#')
                && !candidate[..hash].contains('&')
            {
                // The `:` is inside a fragment (`page.md#part:2`).
                return UrlKind::Relative;
            }
            if candidate.eq_ignore_ascii_case("http") || candidate.eq_ignore_ascii_case("https") {
                UrlKind::External
            } else if candidate.eq_ignore_ascii_case("mailto") {
                UrlKind::Mail
            } else {
                UrlKind::Refused
            }
        }
        _ if contains_encoded_colon(cleaned) => UrlKind::Refused,
        _ => UrlKind::Relative,
    }
}

/// Whether a link or image URL may be shown (see [`classify_url`]).
pub fn is_allowed_url(url: &str) -> bool {
    classify_url(url).is_allowed()
}

/// Whether the part before the first `/`, `?` or `#` holds a percent-encoded `:`
/// (`javascript%3Aalert(1)`), which a decoding step elsewhere could turn into a scheme.
fn contains_encoded_colon(cleaned: &str) -> bool {
    let first_segment = cleaned
        .split(['/', '?', '#', '\\'])
        .next()
        .unwrap_or(cleaned);
    let bytes = first_segment.as_bytes();
    bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"%3a"))
        || bytes.windows(2).any(|w| w == b"&#")
        || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"&colon"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_mail_and_relative_urls_are_allowed() {
        assert_eq!(classify_url("https://www.scrum.org/"), UrlKind::External);
        assert_eq!(
            classify_url("HTTP://example.org"),
            UrlKind::External,
            "scheme case does not matter"
        );
        assert_eq!(classify_url("mailto:coach@example.org"), UrlKind::Mail);
        for relative in [
            "andere-artikel.md",
            "../img/team.png",
            "#aanpak",
            "#deel:2",
            "stuk.md#deel:2",
            "?q=1",
            "map/stuk.md#kop",
            "a/b:c",
            "",
        ] {
            assert_eq!(
                classify_url(relative),
                UrlKind::Relative,
                "{relative:?} is relative"
            );
        }
    }

    #[test]
    fn script_and_local_schemes_are_refused_in_every_spelling() {
        let refused = [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "  javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "javascript\u{0}:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "tauri://localhost/",
            "%6Aavascript:alert(1)",
            "javascript%3Aalert(1)",
            "&#x6A;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "//evil.example/x",
            "\\\\evil.example\\x",
            "/\\evil.example",
            "/%5Cevil.example",
            "%2F%2Fevil.example",
            " //evil.example",
            "C:\\Windows\\system.ini",
        ];
        for url in refused {
            assert_eq!(
                classify_url(url),
                UrlKind::Refused,
                "{url:?} must be refused"
            );
            assert!(!is_allowed_url(url), "{url:?} must not be allowed");
        }
    }
}
