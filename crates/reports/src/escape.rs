//! Escaping text for HTML and SVG. The workspace has one escaper, pulldown-cmark's own
//! (`pulldown-cmark-escape`, which the article renderer uses too): `&`, `<`, `>`, `"` and `'`,
//! so text is safe in element content and in quoted attributes.

/// `text` safe inside HTML/SVG text and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_become_entities() {
        assert_eq!(
            escape(r#"<script>"x"&'y'</script>"#),
            "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;"
        );
    }
}
