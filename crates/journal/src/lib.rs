//! The trainee's journal for Skills Journal, in one SQLite file: feedback, reflections,
//! self-assessments and actions about soft skills, with versions, a trash, drafts, full-text
//! search, statistics and automatic backups. No Tauri and no UI here: the app shell and the
//! command line both use [`JournalStore`].

mod article_links;
mod backup;
mod damage;
mod db;
mod drafts;
mod entries;
mod error;
mod exchange;
mod identities;
mod lock;
mod migrations;
mod model;
mod requests;
mod rows;
mod salvage;
mod search;
mod skills;
mod snippets;
mod stats;
mod store;
mod timestamps;
mod validation;

pub use article_links::ArticleLink;
pub use backup::{
    BackupInfo, BackupReason, KEEP_DAILY, KEEP_WEEKLY, backups_dir, verify as verify_backup,
};
pub use drafts::Draft;
pub use entries::TRASH_DAYS;
pub use error::{FieldError, StoreError, ValidationCode};
pub use exchange::{
    EXPORT_FORMAT, EXPORT_VERSION, ExportedEntry, ExportedVersion, ImportSummary, ImportedAnswer,
    JournalExport, KEYS_NOTE, MAX_IMPORTED_NUMBER,
};
pub use identities::StoredIdentity;
pub use lock::JournalLock;
pub use migrations::SCHEMA_VERSION;
pub use model::{
    ActionContent, Entry, EntryContent, EntryId, EntryInput, EntryKind, EntrySkill, EntryVersion,
    FeedbackContent, FeedbackSetting, GiverRole, ReflectionContent, SelfAssessmentContent,
};
pub use requests::{
    AnswerImport, FeedbackRequest, GivenFeedback, GivenSkill, MAX_CONTEXT_CHARS,
    MAX_REQUEST_SKILLS, RequestInput, RequestStatus, is_request_token,
};
pub use salvage::SalvageSummary;
pub use search::{
    DEFAULT_PAGE_SIZE, EntryCursor, EntryHit, EntryPage, EntryQuery, MAX_PAGE_SIZE, MAX_SNIPPETS,
    find_sql,
};
pub use skills::CustomSkill;
pub use snippets::{Snippet, SnippetPart};
pub use stats::{
    AssessedLevel, AssessmentContext, DayCount, LATEST_LEVEL_SQL, STATS_SQL, SkillStats, TagCount,
};
pub use store::JournalStore;
pub use validation::{
    ACTION_MONTHS_AHEAD, MAX_ARTICLE_ID_CHARS, MAX_DRAFT_CHARS, MAX_LINE_CHARS, MAX_SKILLS,
    MAX_TAGS, MAX_TEXT_CHARS,
};
