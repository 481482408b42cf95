//! The soft skills of Skills Journal, shared by the articles (which recognise them), the journal
//! (which logs against them) and the reports (which name them): the two languages the app
//! speaks, texts in both, and the skill catalogue read from `skills.toml`. No Tauri, no SQLite,
//! no Markdown here.

mod catalogue;
mod error;
mod lang;

pub use catalogue::{LocalizedText, Skill, SkillCatalogue, line_of};
pub use error::CatalogueError;
pub use lang::Lang;
