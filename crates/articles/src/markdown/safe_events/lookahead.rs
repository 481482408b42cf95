//! The look-ahead part of the rewriting step: headings, list items, table cells and paragraphs
//! that open with bold text read their own text before their start tag is written (for the
//! heading id and the skill match), buffering the events they read so they are still rewritten
//! in order afterwards. Each reads only as far as its own text, so the work stays linear.

use pulldown_cmark::{Alignment, CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::SafeEvents;
use crate::article::TocEntry;
use crate::markdown::push_attr;
use crate::skill_match::{ItemMatch, normalize};

impl<'a, 'c, I> SafeEvents<'a, 'c, I>
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
        let skill = self
            .recogniser
            .matcher()
            .find(&text)
            .and_then(|position| self.record_skill(position))
            .map(str::to_owned);
        self.block_text(&text, true);
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
        let (classes, attrs) = match skill {
            Some(skill) => (
                vec![CowStr::Borrowed("skill-item")],
                vec![(CowStr::Borrowed("data-skill"), Some(skill.into()))],
            ),
            None => (Vec::new(), Vec::new()),
        };
        Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes,
            attrs,
        })
    }

    /// The opening tag of a table cell: alignment as a class (never a `style` attribute), and
    /// the skill-item class when the cell names a catalogue skill.
    pub(super) fn table_cell(&mut self, head: bool, alignment: Alignment) -> String {
        let named = self.match_ahead(0, |event| matches!(event, Event::End(TagEnd::TableCell)));
        let skill = named.and_then(|position| self.record_skill(position));
        let name = if head { "th" } else { "td" };
        let align = match alignment {
            Alignment::None => None,
            Alignment::Left => Some("align-left"),
            Alignment::Center => Some("align-center"),
            Alignment::Right => Some("align-right"),
        };
        let classes: Vec<&str> = align
            .into_iter()
            .chain(skill.map(|_| "skill-item"))
            .collect();
        open_tag(name, &classes, skill)
    }

    /// The opening tag of a top-level paragraph whose bold lead names a catalogue skill
    /// (`**Luisteren.** Wie goed luistert...`), or `None` for any other paragraph.
    pub(super) fn skill_lead(&mut self) -> Option<String> {
        if !matches!(self.peek(0), Some(Event::Start(Tag::Strong))) {
            return None;
        }
        let named = self.match_ahead(1, |event| matches!(event, Event::End(TagEnd::Strong)));
        let skill = self.record_skill(named?)?;
        Some(open_tag("p", &["skill-item", "skill-lead"], Some(skill)))
    }

    /// The skill named by the text events from `index` places ahead until `stop`.
    fn match_ahead(&mut self, index: usize, stop: impl Fn(&Event<'a>) -> bool) -> Option<usize> {
        self.read_ahead(index, stop)
            .and_then(ItemMatch::finish_skill)
    }

    /// Feeds the text events from `index` places ahead to the matcher until `stop`; `None`
    /// when there is nothing to match against.
    fn read_ahead(
        &mut self,
        mut index: usize,
        stop: impl Fn(&Event<'a>) -> bool,
    ) -> Option<ItemMatch<'c>> {
        let matcher = self.recogniser.matcher();
        if matcher.is_empty() {
            return None;
        }
        let mut item = matcher.start();
        while let Some(event) = self.peek(index) {
            let more = match event {
                event if stop(event) => false,
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
        Some(item)
    }

    /// Notes that the article names the skill at `position`; returns its id.
    fn record_skill(&mut self, position: usize) -> Option<&'c str> {
        let skill = self.recogniser.catalogue().skills().get(position)?;
        if !self.skill_positions.contains(&position) {
            self.skill_positions.push(position);
        }
        Some(skill.id.as_str())
    }

    /// The opening tag for a list item whose own first paragraph names a catalogue skill, or
    /// that may be an unplaced item of a skills list (see `skill_lists`); `None` for a plain
    /// item.
    pub(super) fn list_item(&mut self) -> Option<String> {
        let loose = matches!(self.peek(0), Some(Event::Start(Tag::Paragraph)));
        let outcome = self
            .read_ahead(usize::from(loose), |event| match event {
                Event::End(TagEnd::Paragraph | TagEnd::Item) => true,
                // A tight item's own text ends where a nested block starts.
                Event::Start(tag) => is_block(tag),
                _ => false,
            })
            .map(ItemMatch::finish)
            .unwrap_or_default();
        let skill = outcome
            .skill
            .and_then(|position| self.record_skill(position));
        let number = self.note_item(outcome);
        match (skill, number) {
            (Some(skill), _) => Some(open_tag("li", &["skill-item"], Some(skill))),
            (None, Some(number)) => Some(format!("<li data-item=\"{number}\">")),
            (None, None) => None,
        }
    }

    /// The event `index` places ahead, reading it from the parser if needed.
    fn peek(&mut self, index: usize) -> Option<&Event<'a>> {
        while self.lookahead.len() <= index {
            let next = self.source.next()?;
            self.lookahead.push_back(next);
        }
        self.lookahead.get(index).map(|(event, _)| event)
    }

    /// A slug of the heading text (accents dropped), unique within the article: the first
    /// heading with a slug gets it as it is, later ones `-2`, `-3`, ... Slugs never contain `_`,
    /// so they cannot collide with the `fn_` footnote ids.
    fn unique_id(&mut self, text: &str) -> String {
        let mut base = normalize(text).replace(' ', "-");
        if base.is_empty() {
            base.push_str("section");
        }
        self.heading_ids.take(base, "-")
    }
}

/// `<name class="…" data-skill="…">`, each attribute only when there is something in it.
fn open_tag(name: &str, classes: &[&str], skill: Option<&str>) -> String {
    let mut tag = format!("<{name}");
    if !classes.is_empty() {
        tag.push_str(" class=\"");
        tag.push_str(&classes.join(" "));
        tag.push('"');
    }
    if let Some(skill) = skill {
        tag.push_str(" data-skill=\"");
        push_attr(&mut tag, skill);
        tag.push('"');
    }
    tag.push('>');
    tag
}

/// Tags that start a block (end a tight list item's own text).
pub(super) fn is_block(tag: &Tag<'_>) -> bool {
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
