//! The look-ahead part of the rewriting step: headings and list items read their own text
//! before their start tag is written (for the heading id and the skill match), buffering the
//! events they read so they are still rewritten in order afterwards.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::SafeEvents;
use crate::article::TocEntry;
use crate::markdown::push_attr;
use crate::skill_match::normalize;

impl<'a, I> SafeEvents<'a, '_, I>
where
    I: Iterator<Item = (Event<'a>, std::ops::Range<usize>)>,
{
    /// A heading with a unique id; h2–h4 go into the table of contents.
    pub(super) fn heading(&mut self, level: HeadingLevel) -> Event<'a> {
        let mut text = String::new();
        let mut index = 0;
        while let Some(event) = self.peek(index) {
            match event {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                    text.push_str(t)
                }
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
            index += 1;
        }
        let text = text.trim().to_owned();
        let id = self.unique_id(&text);
        if (HeadingLevel::H2..=HeadingLevel::H4).contains(&level) {
            self.toc.push(TocEntry {
                level: level as u8,
                id: id.clone(),
                text: text.clone(),
            });
        }
        if self.first_heading.is_none() && !text.is_empty() {
            self.first_heading = Some(text);
        }
        Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        })
    }

    /// The opening tag for a list item whose own first paragraph names a catalogue skill.
    pub(super) fn skill_item(&mut self) -> Option<String> {
        let matcher = self.catalogue.matcher();
        if matcher.is_empty() {
            return None;
        }
        let mut item = matcher.start();
        let loose = matches!(self.peek(0), Some(Event::Start(Tag::Paragraph)));
        let mut index = usize::from(loose);
        while let Some(event) = self.peek(index) {
            let more = match event {
                Event::End(TagEnd::Paragraph | TagEnd::Item) => false,
                // A tight item's own text ends where a nested block starts.
                Event::Start(tag) if is_block(tag) => false,
                Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                    item.feed(t)
                }
                Event::SoftBreak | Event::HardBreak => {
                    item.feed_space();
                    true
                }
                _ => true,
            };
            if !more {
                break;
            }
            index += 1;
        }
        let position = item.finish()?;
        let skill = self.catalogue.skills().get(position)?;
        if !self.skill_positions.contains(&position) {
            self.skill_positions.push(position);
        }
        let mut li = String::with_capacity(48 + skill.id.len());
        li.push_str("<li class=\"skill-item\" data-skill=\"");
        push_attr(&mut li, &skill.id);
        li.push_str("\">");
        Some(li)
    }

    /// The event `index` places ahead, reading it from the parser if needed.
    fn peek(&mut self, index: usize) -> Option<&Event<'a>> {
        while self.lookahead.len() <= index {
            let next = self.source.next()?;
            self.lookahead.push_back(next);
        }
        self.lookahead.get(index).map(|(event, _)| event)
    }

    /// A slug of the heading text (accents dropped), unique within the article. Slugs never
    /// contain `_`, so they cannot collide with the `fn_` footnote ids.
    fn unique_id(&mut self, text: &str) -> String {
        let mut base = normalize(text).replace(' ', "-");
        if base.is_empty() {
            base.push_str("section");
        }
        let mut id = base.clone();
        let mut n = 2u32;
        while self.used_ids.contains(&id) {
            id = format!("{base}-{n}");
            n = n.saturating_add(1);
        }
        self.used_ids.insert(id.clone());
        id
    }
}

/// Tags that start a block (end a tight list item's own text).
fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::DefinitionList
    )
}
