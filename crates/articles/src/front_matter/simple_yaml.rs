//! A fast path for the YAML front matter nearly every article has: `key: value` lines whose
//! values are plain or quoted scalars, flow lists (`[a, b]`) or block lists (`- a`).
//!
//! Why: serde-saphyr spends about 12 µs on a typical 250-byte block, more than half the cost of
//! rendering the whole article, and loading reads every article at start. This reader handles
//! only a strict subset and returns `None` for anything else (anchors, aliases, tags, multi-line
//! or escaped scalars, nested mappings, comments inside values, tabs, duplicate keys …); those
//! blocks, and every block with an error, go to serde-saphyr with its budgets, which also
//! writes the error messages. For the subset both give the same [`Value`] (tested), except that
//! numbers stay exactly as written.

use super::Value;

/// Reads `text` if it is simple front matter; `None` means "let the full YAML parser decide".
pub(super) fn parse(text: &str) -> Option<Value> {
    let mut entries: Vec<(String, Value)> = Vec::new();
    // Keys seen so far: a set, so a block of thousands of keys stays linear.
    let mut keys: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // The key whose value is empty so far: block list items may follow.
    let mut open_list: Option<usize> = None;
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.contains('\t') {
            return None;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if line.starts_with(' ') || line.starts_with('-') {
            let item = trimmed.strip_prefix('-')?;
            if !(item.is_empty() || item.starts_with(' ')) {
                return None;
            }
            let index = open_list?;
            let scalar = scalar(item.trim())?;
            match entries.get_mut(index) {
                Some((_, Value::List(items))) => items.push(scalar),
                Some((_, value @ Value::Null)) => *value = Value::List(vec![scalar]),
                _ => return None,
            }
            continue;
        }
        let (key, rest) = line.split_once(':')?;
        if !is_plain_key(key) || !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        if !keys.insert(key) {
            return None;
        }
        let value_text = rest.trim();
        let value = if value_text.is_empty() {
            Value::Null
        } else if let Some(inner) = value_text.strip_prefix('[') {
            flow_list(inner.strip_suffix(']')?)?
        } else {
            scalar(value_text)?
        };
        open_list = (value == Value::Null).then_some(entries.len());
        entries.push((key.to_owned(), value));
    }
    Some(if entries.is_empty() {
        Value::Null
    } else {
        Value::Map(entries)
    })
}

fn is_plain_key(key: &str) -> bool {
    let mut bytes = key.bytes();
    bytes
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `[a, "b", 'c']` without the brackets: plain or quoted items without commas or brackets inside.
fn flow_list(inner: &str) -> Option<Value> {
    if inner.contains(['[', ']', '{', '}', '#']) {
        return None;
    }
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return Some(Value::List(Vec::new()));
    }
    // One trailing comma is valid YAML; any other empty item is not.
    let items = trimmed.strip_suffix(',').unwrap_or(trimmed);
    let mut values = Vec::new();
    for item in items.split(',') {
        let item = item.trim();
        if item.is_empty() {
            return None;
        }
        values.push(scalar(item)?);
    }
    Some(Value::List(values))
}

/// A single-line scalar: quoted without escapes, or plain without indicators.
fn scalar(text: &str) -> Option<Value> {
    if let Some(inner) = text.strip_prefix('"') {
        let inner = inner.strip_suffix('"')?;
        if inner.contains(['"', '\\']) {
            return None;
        }
        return Some(Value::Text(inner.to_owned()));
    }
    if let Some(inner) = text.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'')?;
        // `''` is an escaped quote; a lone `'` would have ended the scalar.
        if inner.replace("''", "").contains('\'') {
            return None;
        }
        return Some(Value::Text(inner.replace("''", "'")));
    }
    let first = text.chars().next()?;
    if "?:,[]{}#&*!|>'\"%@`".contains(first) || text == "-" || text.starts_with("- ") {
        return None;
    }
    if text.contains(": ") || text.ends_with(':') || text.contains(" #") {
        return None;
    }
    Some(match text {
        "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => Value::Text(text.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.to_owned())
    }

    #[test]
    fn simple_front_matter_is_read() {
        let yaml = "title: \"Een: titel\"\ndate: 2024-03-01\ntags: [Scrum, 'It''s', \"Team\"]\nskills:\n  - listening\n  - teamwork\n\n# commentaar\nlang: nl\ndraft: false\nauthor: ~\n";
        let expected = Value::Map(vec![
            ("title".to_owned(), text("Een: titel")),
            ("date".to_owned(), text("2024-03-01")),
            (
                "tags".to_owned(),
                Value::List(vec![text("Scrum"), text("It's"), text("Team")]),
            ),
            (
                "skills".to_owned(),
                Value::List(vec![text("listening"), text("teamwork")]),
            ),
            ("lang".to_owned(), text("nl")),
            ("draft".to_owned(), Value::Bool(false)),
            ("author".to_owned(), Value::Null),
        ]);
        assert_eq!(parse(yaml), Some(expected));
        assert_eq!(parse(""), Some(Value::Null), "an empty block");
    }

    #[test]
    fn anything_unusual_goes_to_the_full_parser() {
        for yaml in [
            "title: &a x\nother: *a\n",
            "title: !!str x\n",
            "title: Jan: de Vries\n",
            "title: |\n  twee\n  regels\n",
            "title: een\n  vervolg\n",
            "title: \"escape \\\" hier\"\n",
            "title: 'open\n",
            "tags: [a, [b]]\n",
            "tags: [a,, b]\n",
            "extra:\n  nested: 1\n",
            "title: a\ntitle: b\n",
            "\ttitle: a\n",
            "title: x # commentaar\n",
            "- alleen\n- een lijst\n",
            "\"quoted key\": x\n",
            "title:x\n",
        ] {
            assert_eq!(parse(yaml), None, "{yaml:?} is left to serde-saphyr");
        }
    }
}
