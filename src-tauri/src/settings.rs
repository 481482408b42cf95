//! The few preferences the app remembers (the UI language, the name and programme on a report's
//! cover), kept as JSON in the data folder.

use skills_files::{Audience, write_atomically};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use skills_catalogue::Lang;

const SETTINGS_FILE: &str = "settings.json";

/// What is stored on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredSettings {
    /// The language the trainee chose; `None` follows the OS.
    #[serde(default)]
    pub locale: Option<Lang>,
    /// The trainee's name as last put on a report's cover.
    #[serde(default)]
    pub trainee: Option<String>,
    /// The traineeship programme as last put on a report's cover.
    #[serde(default)]
    pub programme: Option<String>,
}

/// What the UI is told at start.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppSettings {
    pub locale: Option<Lang>,
    pub os_locale: Lang,
    pub version: String,
    /// Where the trainee's own articles go, shown so they know where to put them.
    pub user_articles_dir: String,
    /// The name and programme of the last report, to fill in the next one.
    pub trainee: Option<String>,
    pub programme: Option<String>,
}

impl AppSettings {
    pub fn new(stored: &StoredSettings, data_dir: &Path) -> Self {
        Self {
            locale: stored.locale,
            os_locale: os_locale(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            user_articles_dir: crate::paths::user_articles_dir(data_dir)
                .display()
                .to_string(),
            trainee: stored.trainee.clone(),
            programme: stored.programme.clone(),
        }
    }
}

/// The OS language mapped onto the two the UI speaks: Dutch for any `nl` locale, else English.
pub fn os_locale() -> Lang {
    lang_for_locale(sys_locale::get_locale().as_deref().unwrap_or("en"))
}

fn lang_for_locale(locale: &str) -> Lang {
    if locale.to_ascii_lowercase().starts_with("nl") {
        Lang::Nl
    } else {
        Lang::En
    }
}

/// Reads the settings; a missing or unreadable file gives the defaults (never an error at start).
pub fn load(data_dir: &Path) -> StoredSettings {
    let path = data_dir.join(SETTINGS_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|error| {
            tracing::warn!(
                "{}: ignoring unreadable settings ({error}); defaults are used",
                path.display()
            );
            StoredSettings::default()
        }),
        Err(_) => StoredSettings::default(),
    }
}

/// Writes the settings atomically and owner-only (they hold the trainee's name).
pub fn save(data_dir: &Path, settings: &StoredSettings) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(data_dir)?;
    let path = data_dir.join(SETTINGS_FILE);
    let mut bytes = serde_json::to_vec_pretty(settings)?;
    bytes.push(b'\n');
    write_atomically(&path, &bytes, Audience::Owner).map_err(|error| error.source)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_locales_map_to_dutch_and_everything_else_to_english() {
        assert_eq!(lang_for_locale("nl-NL"), Lang::Nl);
        assert_eq!(lang_for_locale("nl_BE.UTF-8"), Lang::Nl);
        assert_eq!(lang_for_locale("en-GB"), Lang::En);
        assert_eq!(
            lang_for_locale("de-DE"),
            Lang::En,
            "non-Dutch locales get English"
        );
    }

    #[test]
    fn settings_round_trip_and_bad_files_fall_back_to_defaults() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        assert_eq!(load(dir.path()).locale, None, "no file: follow the OS");
        save(
            dir.path(),
            &StoredSettings {
                locale: Some(Lang::En),
                trainee: Some("Sanne de Vries".to_owned()),
                programme: None,
            },
        )?;
        let loaded = load(dir.path());
        assert_eq!(
            loaded.locale,
            Some(Lang::En),
            "a saved choice is remembered"
        );
        assert_eq!(loaded.trainee.as_deref(), Some("Sanne de Vries"));
        std::fs::write(dir.path().join(SETTINGS_FILE), br#"{"locale":"nl"}"#)?;
        assert_eq!(
            load(dir.path()).locale,
            Some(Lang::Nl),
            "a file from before the report fields still loads"
        );
        std::fs::write(dir.path().join(SETTINGS_FILE), b"{not json")?;
        assert_eq!(
            load(dir.path()).locale,
            None,
            "a broken file never stops the app"
        );
        Ok(())
    }
}
