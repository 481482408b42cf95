//! The two steps the window and the command line share, so both follow the same rules:
//! [`ask`] saves a request and writes its form (whole or not at all; a request whose form could
//! not be written is withdrawn at once, since nobody could answer it), and [`receive`] opens an
//! answer with the trainee's key and adds what it holds to the journal.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use skills_catalogue::{Lang, SkillCatalogue};
use skills_files::{Audience, WriteError, write_atomically};
use skills_journal_store::{AnswerImport, FeedbackRequest, JournalStore, RequestInput, StoreError};

use crate::answer::{AnswerRefused, open};
use crate::form::{UnknownSkill, feedback_form};
use crate::key::{KeyError, TraineeKey};
use crate::token::{RequestToken, TokenError};

/// Why a request was not made (nothing of it is kept, apart from a withdrawn request when only
/// its form could not be written).
#[derive(Debug, thiserror::Error)]
pub enum AskError {
    /// Refused by the journal (`StoreError::Validation` names the fields) or not saved.
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Token(#[from] TokenError),
    #[error(transparent)]
    Form(#[from] UnknownSkill),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Why an answer added nothing.
#[derive(Debug, thiserror::Error)]
pub enum ReceiveError {
    /// The trainee's key could not be had.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// Not an answer this app can open (which kind of bad it is).
    #[error(transparent)]
    Refused(#[from] AnswerRefused),
    /// Opened, but refused by the journal (unknown or withdrawn request, another request's
    /// token, a skill the request did not ask about) or not saved.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An answer to a coach review, which this version cannot import yet.
    #[error("this is the answer to a coach review, which this version cannot import yet")]
    Review,
}

/// Saves `input` as a request and writes its form to `out`, sealed answers going to the
/// journal's key (made on first use; `data_dir` may hold an earlier version's key file).
pub fn ask(
    store: &mut JournalStore,
    catalogue: &SkillCatalogue,
    data_dir: &Path,
    input: &RequestInput,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<FeedbackRequest, AskError> {
    let key = TraineeKey::of_journal(store, data_dir, now)?;
    let token = RequestToken::new()?;
    let request = store.create_request(input, token.as_str(), now)?;
    let written = write_form(store, catalogue, &key, &request, out);
    if let Err(error) = written {
        // The failure to report is the form's; a request left waiting would still show in the
        // list, where it can be withdrawn by hand.
        let _ = store.withdraw_request(&request.id, now);
        return Err(error);
    }
    Ok(request)
}

fn write_form(
    store: &JournalStore,
    catalogue: &SkillCatalogue,
    key: &TraineeKey,
    request: &FeedbackRequest,
    out: &Path,
) -> Result<(), AskError> {
    let custom = store.custom_skills()?;
    let page = feedback_form(request, &key.recipient(), catalogue, &custom)?;
    write_atomically(out, page.as_bytes(), Audience::Document)?;
    Ok(())
}

/// The name a request's form is offered under: `feedbackverzoek-2026-12-04.html`, in the
/// form's language (the giver sees it as the attachment's name).
pub fn form_file_name(lang: Lang, today: NaiveDate) -> String {
    let word = skills_i18n::text(lang, "answerform-request-file-name");
    format!("{word}-{today}.html")
}

/// Opens `sealed` (the text a giver sent, or its file) with the journal's key and imports
/// what it holds.
pub fn receive(
    store: &mut JournalStore,
    data_dir: &Path,
    sealed: &[u8],
    now: DateTime<Utc>,
) -> Result<AnswerImport, ReceiveError> {
    let key = TraineeKey::of_journal(store, data_dir, now)?;
    let opened = open(&key, sealed)?;
    let given = opened.given_feedback().ok_or(ReceiveError::Review)?;
    Ok(store.import_feedback_answer(&given, now)?)
}
