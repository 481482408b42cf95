//! The rewriting step of the rendering pipeline: an iterator over pulldown-cmark's events that
//! yields only events safe to hand to its HTML writer, and records what the article contains
//! (plain text, headings, skills, problems) on the way. Each input event becomes at most one
//! output event; headings and list items buffer the few events of their own text to look at
//! it first.

use std::collections::{HashMap, VecDeque};
use std::ops::Range;

use pulldown_cmark::{Alignment, CowStr, Event, LinkType, Tag, TagEnd};

mod lookahead;
mod skill_lists;

pub use skill_lists::UnplacedItem;

use super::{MAX_NESTING, RenderedBody, count_words, push_attr, push_href};
use crate::article::TocEntry;
use crate::problem::{Problem, ProblemCode};
use crate::recogniser::SkillRecogniser;
use crate::unique::UniqueNames;
use crate::url_policy::{UrlKind, classify_url};

/// At most this many warnings are reported per article body; the rest are counted.
const MAX_BODY_PROBLEMS: usize = 20;
/// Shown for a refused URL in a warning: long URLs are cut.
const MAX_URL_IN_MESSAGE: usize = 80;

/// Rewrites events for safe rendering; see the module docs.
pub(super) struct SafeEvents<'a, 'c, I> {
    source: I,
    /// Events read ahead by a heading or list item, not yet rewritten.
    lookahead: VecDeque<(Event<'a>, Range<usize>)>,
    markdown: &'a str,
    first_line: u32,
    line_starts: Option<Vec<usize>>,
    recogniser: &'c SkillRecogniser,
    /// Nesting of block quotes, lists and items (kept or flattened).
    depth: usize,
    flattened_at: Option<u32>,
    /// For each open link or image: whether its start tag was written.
    link_stack: Vec<bool>,
    /// Kept images currently open: links inside an image's alt text become plain text.
    open_images: usize,
    raw_html: usize,
    raw_html_line: Option<u32>,
    table_alignments: Vec<Alignment>,
    table_cell: usize,
    in_table_head: bool,
    heading_ids: UniqueNames<fn(&str) -> String>,
    footnotes: HashMap<String, usize>,
    toc: Vec<TocEntry>,
    skill_positions: Vec<usize>,
    /// Lists open around the current event (kept ones; flattened lists are not here).
    lists: Vec<skill_lists::OpenList>,
    /// The block that just ended says a list after it names skills.
    introduces_skills: bool,
    /// List items given a number so far (`data-item`).
    items_numbered: usize,
    /// Items of skills lists that name no skill, in the order their lists ended.
    unplaced: Vec<UnplacedItem>,
    /// Where the current paragraph's text starts in `plain_text`.
    block_start: usize,
    plain_text: String,
    paragraph_start: Option<(usize, bool)>,
    first_paragraph: Option<String>,
    first_nested_paragraph: Option<String>,
    first_heading: Option<String>,
    problems: Vec<Problem>,
    dropped_problems: usize,
}

impl<'a, I> Iterator for SafeEvents<'a, '_, I>
where
    I: Iterator<Item = (Event<'a>, Range<usize>)>,
{
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let (event, range) = match self.lookahead.pop_front() {
                Some(buffered) => buffered,
                None => self.source.next()?,
            };
            if let Some(out) = self.rewrite(event, range) {
                return Some(out);
            }
        }
    }
}

impl<'a, 'c, I> SafeEvents<'a, 'c, I>
where
    I: Iterator<Item = (Event<'a>, Range<usize>)>,
{
    pub(super) fn new(
        source: I,
        markdown: &'a str,
        first_line: u32,
        recogniser: &'c SkillRecogniser,
    ) -> Self {
        Self {
            source,
            lookahead: VecDeque::with_capacity(16),
            markdown,
            first_line,
            line_starts: None,
            recogniser,
            depth: 0,
            flattened_at: None,
            link_stack: Vec::new(),
            open_images: 0,
            raw_html: 0,
            raw_html_line: None,
            table_alignments: Vec::new(),
            table_cell: 0,
            in_table_head: false,
            heading_ids: UniqueNames::new(str::to_owned),
            footnotes: HashMap::new(),
            toc: Vec::new(),
            skill_positions: Vec::new(),
            lists: Vec::new(),
            introduces_skills: false,
            items_numbered: 0,
            unplaced: Vec::new(),
            block_start: 0,
            plain_text: String::with_capacity(markdown.len()),
            paragraph_start: None,
            first_paragraph: None,
            first_nested_paragraph: None,
            first_heading: None,
            problems: Vec::new(),
            dropped_problems: 0,
        }
    }

    /// The safe replacement of one event, or `None` to drop it.
    fn rewrite(&mut self, event: Event<'a>, range: Range<usize>) -> Option<Event<'a>> {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                self.plain_text.push_str(&text);
                Some(Event::Text(text))
            }
            Event::Code(code) => {
                self.plain_text.push_str(&code);
                Some(Event::Code(code))
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                self.raw_html += 1;
                if self.raw_html_line.is_none() {
                    self.raw_html_line = Some(self.line_at(range.start));
                }
                self.plain_text.push_str(&html);
                Some(Event::Text(html))
            }
            Event::InlineMath(math) | Event::DisplayMath(math) => {
                self.plain_text.push_str(&math);
                Some(Event::Text(math))
            }
            Event::SoftBreak | Event::HardBreak => {
                self.plain_text.push(' ');
                Some(event)
            }
            Event::FootnoteReference(name) => {
                let number = self.footnote_number(&name);
                let mut tag = String::with_capacity(name.len() + 72);
                tag.push_str("<sup class=\"footnote-reference\"><a href=\"#fn_");
                push_attr(&mut tag, &name);
                tag.push_str(&format!("\">{number}</a></sup>"));
                Some(Event::Html(tag.into()))
            }
            Event::Rule | Event::TaskListMarker(_) => Some(event),
        }
    }

    fn start(&mut self, tag: Tag<'a>, range: Range<usize>) -> Option<Event<'a>> {
        // Only the block right before a list can introduce it (headings and paragraphs say so
        // when they end).
        if lookahead::is_block(&tag) && !matches!(tag, Tag::List(_)) {
            self.introduces_skills = false;
        }
        match tag {
            Tag::BlockQuote(_) | Tag::List(_) | Tag::Item => {
                self.depth += 1;
                if self.depth > MAX_NESTING {
                    if self.flattened_at.is_none() {
                        self.flattened_at = Some(self.line_at(range.start));
                    }
                    return None;
                }
                match tag {
                    Tag::List(_) => self.open_list(),
                    Tag::Item => {
                        if let Some(li) = self.list_item() {
                            return Some(Event::Html(li.into()));
                        }
                    }
                    _ => {}
                }
                Some(Event::Start(tag))
            }
            Tag::Heading { level, .. } => Some(self.heading(level)),
            Tag::Paragraph => {
                self.block_start = self.plain_text.len();
                if self.first_paragraph.is_none() {
                    self.paragraph_start = Some((self.plain_text.len(), self.depth == 0));
                }
                // Inside a list item the item itself is the skill item.
                if self.depth == 0
                    && let Some(p) = self.skill_lead()
                {
                    return Some(Event::Html(p.into()));
                }
                Some(Event::Start(Tag::Paragraph))
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => self.link(link_type, &dest_url, &title, range.start),
            Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let keep = classify_url(&dest_url).is_allowed();
                self.link_stack.push(keep);
                if keep {
                    self.open_images += 1;
                    Some(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }))
                } else {
                    self.refused(&dest_url, "image", range.start);
                    None
                }
            }
            Tag::HtmlBlock => Some(Event::Html(CowStr::Borrowed(
                "<pre class=\"raw-html\"><code>",
            ))),
            Tag::Table(alignments) => {
                self.table_alignments.clone_from(&alignments);
                Some(Event::Start(Tag::Table(alignments)))
            }
            Tag::TableHead => {
                self.in_table_head = true;
                self.table_cell = 0;
                Some(Event::Start(Tag::TableHead))
            }
            Tag::TableRow => {
                self.table_cell = 0;
                Some(Event::Start(Tag::TableRow))
            }
            Tag::TableCell => {
                let alignment = self
                    .table_alignments
                    .get(self.table_cell)
                    .copied()
                    .unwrap_or(Alignment::None);
                let head = self.in_table_head;
                Some(Event::Html(self.table_cell(head, alignment).into()))
            }
            Tag::FootnoteDefinition(name) => {
                let number = self.footnote_number(&name);
                let mut tag = String::with_capacity(name.len() + 96);
                tag.push_str("<div class=\"footnote-definition\" id=\"fn_");
                push_attr(&mut tag, &name);
                tag.push_str(&format!(
                    "\"><sup class=\"footnote-definition-label\">{number}</sup>"
                ));
                Some(Event::Html(tag.into()))
            }
            other => Some(Event::Start(other)),
        }
    }

    fn end(&mut self, tag: TagEnd) -> Option<Event<'a>> {
        match tag {
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => {
                let flattened = self.depth > MAX_NESTING;
                self.depth = self.depth.saturating_sub(1);
                if matches!(tag, TagEnd::List(_)) && !flattened {
                    self.close_list();
                }
                self.plain_text.push('\n');
                if flattened {
                    // Keep the words of flattened items apart.
                    return (tag == TagEnd::Item).then_some(Event::SoftBreak);
                }
            }
            TagEnd::Link | TagEnd::Image => {
                let kept = self.link_stack.pop().unwrap_or(false);
                if tag == TagEnd::Image && kept {
                    self.open_images = self.open_images.saturating_sub(1);
                }
                if !kept {
                    return None;
                }
            }
            TagEnd::Paragraph => {
                self.end_paragraph();
                let markdown_text = std::mem::take(&mut self.plain_text);
                self.block_text(
                    markdown_text.get(self.block_start..).unwrap_or_default(),
                    false,
                );
                self.plain_text = markdown_text;
                self.plain_text.push('\n');
            }
            TagEnd::HtmlBlock => return Some(Event::Html(CowStr::Borrowed("</code></pre>\n"))),
            TagEnd::TableHead => self.in_table_head = false,
            TagEnd::TableCell => {
                self.table_cell += 1;
                self.plain_text.push(' ');
            }
            TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition => {
                self.plain_text.push('\n');
            }
            _ => {}
        }
        Some(Event::End(tag))
    }

    fn end_paragraph(&mut self) {
        let Some((start, top_level)) = self.paragraph_start.take() else {
            return;
        };
        let text = self.plain_text.get(start..).unwrap_or_default().trim();
        if text.is_empty() {
            return;
        }
        if top_level {
            self.first_paragraph = Some(text.to_owned());
        } else if self.first_nested_paragraph.is_none() {
            self.first_nested_paragraph = Some(text.to_owned());
        }
    }

    fn link(
        &mut self,
        link_type: LinkType,
        dest_url: &str,
        title: &str,
        offset: usize,
    ) -> Option<Event<'a>> {
        let mail;
        let url = if link_type == LinkType::Email {
            mail = format!("mailto:{dest_url}");
            mail.as_str()
        } else {
            dest_url
        };
        let kind = classify_url(url);
        // A link inside a kept image's alt text would be written into the alt attribute.
        let keep = kind.is_allowed() && self.open_images == 0;
        self.link_stack.push(keep);
        if !kind.is_allowed() {
            self.refused(url, "link", offset);
        }
        if !keep {
            return None;
        }
        let mut tag = String::with_capacity(url.len() + title.len() + 64);
        tag.push_str("<a href=\"");
        push_href(&mut tag, url);
        tag.push('"');
        if !title.is_empty() {
            tag.push_str(" title=\"");
            push_attr(&mut tag, title);
            tag.push('"');
        }
        if kind == UrlKind::External {
            tag.push_str(" rel=\"noopener noreferrer\" class=\"external\"");
        }
        tag.push('>');
        Some(Event::Html(tag.into()))
    }

    /// Footnotes are numbered in order of first mention, like pulldown-cmark does.
    fn footnote_number(&mut self, name: &str) -> usize {
        let next = self.footnotes.len() + 1;
        *self.footnotes.entry(name.to_owned()).or_insert(next)
    }

    fn refused(&mut self, url: &str, what: &str, offset: usize) {
        let shown: String = url
            .chars()
            .take(MAX_URL_IN_MESSAGE)
            .filter(|c| !c.is_control())
            .collect();
        let ellipsis = if url.chars().count() > MAX_URL_IN_MESSAGE {
            "…"
        } else {
            ""
        };
        let line = self.line_at(offset);
        let message = format!(
            "{what} to `{shown}{ellipsis}` removed (its text is kept): only http, https, mailto and relative links are allowed"
        );
        let problem = Problem::warning(Some(line), ProblemCode::LinkRemoved, message)
            .with("what", what)
            .with("url", format!("{shown}{ellipsis}"));
        self.warn(problem);
    }

    fn warn(&mut self, problem: Problem) {
        if self.problems.len() < MAX_BODY_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.dropped_problems += 1;
        }
    }

    /// The file line of byte `offset` of the body (the line table is built on first use).
    fn line_at(&mut self, offset: usize) -> u32 {
        let markdown = self.markdown;
        let starts = self.line_starts.get_or_insert_with(|| {
            markdown
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1)
                .collect()
        });
        let before = starts.partition_point(|&start| start <= offset);
        self.first_line
            .saturating_add(u32::try_from(before).unwrap_or(u32::MAX))
    }

    /// Adds the summary warnings and hands over what was collected.
    pub(super) fn finish(mut self, html: String) -> RenderedBody {
        if self.raw_html > 0 {
            let line = self.raw_html_line.unwrap_or(self.first_line);
            let places = if self.raw_html == 1 {
                "1 place".to_owned()
            } else {
                format!("{} places", self.raw_html)
            };
            let message = format!(
                "raw HTML is shown as text, not rendered ({places}); write it in Markdown instead"
            );
            let problem = Problem::warning(Some(line), ProblemCode::RawHtml, message);
            self.warn(problem.with("count", self.raw_html));
        }
        if let Some(line) = self.flattened_at {
            let message = format!(
                "block quotes and lists are nested more than {MAX_NESTING} levels deep; deeper levels are flattened"
            );
            let problem = Problem::warning(Some(line), ProblemCode::NestedTooDeep, message);
            self.warn(problem.with("max", MAX_NESTING));
        }
        if self.dropped_problems > 0 {
            let line = self.first_line;
            let message = format!("and {} more warnings like these", self.dropped_problems);
            let more = Problem::warning(Some(line), ProblemCode::MoreWarnings, message);
            self.problems
                .push(more.with("count", self.dropped_problems));
        }
        self.skill_positions.sort_unstable();
        let skills = self
            .skill_positions
            .iter()
            .filter_map(|&position| self.recogniser.catalogue().skills().get(position))
            .map(|skill| skill.id.clone())
            .collect();
        self.unplaced.sort_unstable_by_key(|item| item.number);
        RenderedBody {
            html,
            toc: self.toc,
            skills,
            unplaced: self.unplaced,
            word_count: u32::try_from(count_words(&self.plain_text)).unwrap_or(u32::MAX),
            plain_text: self.plain_text,
            first_heading: self.first_heading,
            first_paragraph: self.first_paragraph.or(self.first_nested_paragraph),
            problems: self.problems,
        }
    }
}
