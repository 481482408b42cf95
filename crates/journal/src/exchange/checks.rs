//! What an import checks beyond each entry's own validation: where a problem is in the file,
//! numbers in range, unique ids and rising versions.

use std::collections::HashSet;

use super::{JournalExport, custom_number};
use crate::error::{FieldError, StoreError, ValidationCode};

/// Adds the validation problems of one entry or version to `errors`, prefixed with where they
/// are in the file, leaving out the rules an import does not re-check.
pub(crate) fn collect(
    errors: &mut Vec<FieldError>,
    prefix: &str,
    result: Result<(), StoreError>,
    ignored: impl Fn(&ValidationCode) -> bool,
) -> Result<(), StoreError> {
    match result {
        Ok(()) => Ok(()),
        Err(StoreError::Validation(found)) => {
            errors.extend(
                found
                    .into_iter()
                    .filter(|e| !ignored(&e.code))
                    .map(|e| FieldError {
                        field: format!("{prefix}{}", e.field),
                        ..e
                    }),
            );
            Ok(())
        }
        Err(other) => Err(other),
    }
}

/// The highest entry id, version and custom skill number an import accepts. The journal
/// counts on from what it imports (the next id, the next version on an edit), so a crafted file
/// must not bring it near an integer limit; a million is far beyond any trainee's journal.
pub const MAX_IMPORTED_NUMBER: u32 = 1_000_000;

/// Checks what validation of single entries cannot see: ids and versions in range (as field
/// errors), unique ids and rising versions.
pub(super) fn check_structure(export: &JournalExport) -> Result<(), StoreError> {
    let refused = |reason: String| Err(StoreError::ImportRefused { reason });
    let max = i64::from(MAX_IMPORTED_NUMBER);
    let mut out_of_range = Vec::new();
    let mut range = |field: String, value: i64| {
        if !(1..=max).contains(&value) {
            out_of_range.push(FieldError::new(
                field,
                ValidationCode::OutOfRange,
                format!("{value} is out of range; it must be between 1 and {max}"),
            ));
        }
    };
    for (i, exported) in export.entries.iter().enumerate() {
        range(format!("entries[{i}].id"), exported.entry.id.0);
        range(
            format!("entries[{i}].version"),
            i64::from(exported.entry.version),
        );
        for (j, old) in exported.history.iter().enumerate() {
            range(
                format!("entries[{i}].history[{j}].version"),
                i64::from(old.version),
            );
        }
    }
    for (i, skill) in export.custom_skills.iter().enumerate() {
        if let Some(n) = custom_number(&skill.id) {
            range(format!("customSkills[{i}].id"), n);
        }
    }
    if !out_of_range.is_empty() {
        return Err(StoreError::Validation(out_of_range));
    }
    let mut ids = HashSet::new();
    for (i, exported) in export.entries.iter().enumerate() {
        let entry = &exported.entry;
        if !ids.insert(entry.id) {
            return refused(format!(
                "entries[{i}] has the id {} of an earlier entry",
                entry.id.0
            ));
        }
        let mut last = 0;
        for (j, old) in exported.history.iter().enumerate() {
            if old.version <= last || old.version >= entry.version {
                return refused(format!(
                    "entries[{i}].history[{j}] (entry id {}) has version {}; earlier versions must rise and stay below the entry's version {}",
                    entry.id.0, old.version, entry.version
                ));
            }
            last = old.version;
        }
    }
    let mut skill_ids = HashSet::new();
    for (i, skill) in export.custom_skills.iter().enumerate() {
        if custom_number(&skill.id).is_none() {
            return refused(format!(
                "customSkills[{i}] has the id `{}`; custom skill ids look like `custom-3`",
                skill.id
            ));
        }
        if !skill_ids.insert(skill.id.as_str()) {
            return refused(format!(
                "customSkills[{i}] has the id `{}` of an earlier skill",
                skill.id
            ));
        }
    }
    Ok(())
}
