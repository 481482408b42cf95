//! Custom skills: skills the trainee adds next to the bundled catalogue. They get ids
//! `custom-<n>` (never reused), can be renamed and archived (hidden from new entries, kept on
//! old ones) and deleted only while no entry, not even one in the trash, uses them.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};

use crate::error::{DbContext, StoreError};
use crate::store::JournalStore;
use crate::validation;

/// A skill the trainee added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CustomSkill {
    /// `custom-<n>`.
    pub id: String,
    /// The name the trainee gave it.
    pub name: String,
    /// When it was added.
    pub created_at: DateTime<Utc>,
    /// When it was archived; archived skills cannot be added to entries.
    pub archived_at: Option<DateTime<Utc>>,
}

impl JournalStore {
    /// Every custom skill, archived ones too, in the order they were added.
    pub fn custom_skills(&self) -> Result<Vec<CustomSkill>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, name, created_at, archived_at FROM custom_skills ORDER BY n",
            )
            .ctx("read the skills")?;
        statement
            .query_map([], skill_from_row)
            .and_then(Iterator::collect)
            .ctx("read the skills")
    }

    /// Adds a custom skill. Its name must be new (ignoring case and accents).
    pub fn add_custom_skill(
        &mut self,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<CustomSkill, StoreError> {
        let context = "add the skill";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        let name = validation::skill_name(&tx, name, None)?;
        tx.execute(
            "INSERT INTO custom_skills (name, created_at) VALUES (?1, ?2)",
            params![name, now],
        )
        .ctx(context)?;
        let n = tx.last_insert_rowid();
        tx.execute(
            "UPDATE custom_skills SET id = 'custom-' || n WHERE n = ?1",
            [n],
        )
        .ctx(context)?;
        let skill = load(&tx, &format!("custom-{n}"))?;
        tx.commit().ctx(context)?;
        Ok(skill)
    }

    /// Renames a custom skill; entries follow (they refer to it by id).
    pub fn rename_custom_skill(&mut self, id: &str, name: &str) -> Result<CustomSkill, StoreError> {
        let context = "rename the skill";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        load(&tx, id)?;
        let name = validation::skill_name(&tx, name, Some(id))?;
        tx.execute(
            "UPDATE custom_skills SET name = ?2 WHERE id = ?1",
            params![id, name],
        )
        .ctx(context)?;
        let skill = load(&tx, id)?;
        tx.commit().ctx(context)?;
        Ok(skill)
    }

    /// Archives a custom skill (`true`) or takes it out of the archive (`false`).
    pub fn set_custom_skill_archived(
        &mut self,
        id: &str,
        archived: bool,
        now: DateTime<Utc>,
    ) -> Result<CustomSkill, StoreError> {
        let context = "archive the skill";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        let skill = load(&tx, id)?;
        if skill.archived_at.is_some() != archived {
            let at = archived.then_some(now);
            tx.execute(
                "UPDATE custom_skills SET archived_at = ?2 WHERE id = ?1",
                params![id, at],
            )
            .ctx(context)?;
        }
        let skill = load(&tx, id)?;
        tx.commit().ctx(context)?;
        Ok(skill)
    }

    /// Deletes a custom skill no entry uses ([`StoreError::SkillInUse`] otherwise: archive it).
    pub fn delete_custom_skill(&mut self, id: &str) -> Result<(), StoreError> {
        let context = "delete the skill";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(context)?;
        load(&tx, id)?;
        let entries: u32 = tx
            .query_row(
                "SELECT count(*) FROM entry_skills WHERE skill_id = ?1",
                [id],
                |r| r.get(0),
            )
            .ctx(context)?;
        if entries > 0 {
            return Err(StoreError::SkillInUse {
                id: id.to_owned(),
                entries,
            });
        }
        tx.execute("DELETE FROM custom_skills WHERE id = ?1", [id])
            .ctx(context)?;
        tx.commit().ctx(context)
    }
}

fn load(conn: &Connection, id: &str) -> Result<CustomSkill, StoreError> {
    conn.query_row(
        "SELECT id, name, created_at, archived_at FROM custom_skills WHERE id = ?1",
        [id],
        skill_from_row,
    )
    .optional()
    .ctx("read the skill")?
    .ok_or_else(|| StoreError::SkillNotFound(id.to_owned()))
}

fn skill_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<CustomSkill> {
    Ok(CustomSkill {
        id: row.get(0)?,
        name: row.get(1)?,
        created_at: row.get(2)?,
        archived_at: row.get(3)?,
    })
}
