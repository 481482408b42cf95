//! Journal benchmark: how close does `JournalStore` get to the same SQL run bare?
//!
//! Run with `cargo bench -p skills-journal-store --bench journal` (release build). It writes a
//! journal of 100,000 entries over ten years (Dutch and English texts, 8 skills, ratings,
//! tags, some private) to a temporary file, then times inserting, listing, searching and the
//! statistics, each next to the same statements run bare through rusqlite prepared statements
//! on the same file (reading the same columns into plain values, without validation, model
//! building or snippets), runs alternating, and prints the best and median of each and the
//! ratios.
//!
//! Goals (on the best run): every ratio at most 1.5; listing under 5 ms, search under 10 ms,
//! statistics under 50 ms. The medians are printed too: an insert waits for fsync, whose time
//! varies far more than the work around it. The two-letter search is shown for its time only:
//! its LIKE scan is cheap, so the highlighting (which the bare query does not do) weighs more.
//!
//! `JOURNAL_BENCH_ENTRIES` makes a smaller journal for a quick look; `JOURNAL_BENCH_DIR` writes
//! it to that folder (and keeps it) instead of a temporary one.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a panic is a failed run"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use rusqlite::Connection;
use rusqlite::types::Value;
use skills_journal_store::{
    ActionContent, EntryContent, EntryInput, EntryQuery, EntrySkill, FeedbackContent,
    FeedbackSetting, GiverRole, JournalStore, LATEST_LEVEL_SQL, ReflectionContent, STATS_SQL,
    SelfAssessmentContent, find_sql,
};

const SKILLS: [&str; 8] = [
    "listening",
    "explaining",
    "change-resistance",
    "multidisciplinary-collaboration",
    "prioritising",
    "presentations",
    "stakeholder-meetings",
    "teamwork",
];

const SENTENCES: &[&str] = &[
    "Tijdens de sprint review liet ik eerst de demo zien en legde ik daarna pas uit waarom we dit gebouwd hadden.",
    "De product owner vroeg door op de planning; ik merkte dat ik te snel een oplossing gaf in plaats van te luisteren.",
    "In the stakeholder meeting I summarised the decision before moving on, which kept everyone on the same page.",
    "Mijn presentatie over de nieuwe API was te technisch voor het publiek; volgende keer begin ik met het probleem.",
    "We disagreed about the priorities for the release, so I asked each person what they would drop first.",
    "Ik heb de weerstand tegen de nieuwe werkwijze serieus genomen en gevraagd wat de zorgen precies waren.",
    "The tester and the designer both joined the refinement, and the story became much clearer because of it.",
    "Na het overleg stuurde ik een korte samenvatting met de afspraken, zodat niemand iets anders onthield.",
    "I kept the slides to a minimum and told the story of one user, which made the presentation easier to follow.",
    "Toen alles urgent leek, heb ik samen met mijn teamleider bepaald wat echt vandaag af moest.",
    "My coach noticed that I interrupted twice; I will let people finish and then ask a follow-up question.",
    "Het team waardeerde dat ik hulp vroeg in plaats van twee dagen alleen vast te blijven zitten.",
];

const TAGS: &[&str] = &[
    "sprint review",
    "demo",
    "retro",
    "stand-up",
    "klant",
    "coaching",
    "refinement",
    "release",
];
const RUNS: usize = 25;
const INSERT_RUNS: usize = 200;

fn main() {
    let entries: usize = std::env::var("JOURNAL_BENCH_ENTRIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    // JOURNAL_BENCH_DIR keeps the generated journal for a look with other tools.
    let kept = std::env::var_os("JOURNAL_BENCH_DIR").map(std::path::PathBuf::from);
    let path = kept.as_deref().unwrap_or(dir.path()).join("journal.sqlite");
    let _ = std::fs::remove_file(&path);
    let now = DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
        .unwrap()
        .to_utc();

    let mut store = JournalStore::open(&path, now).unwrap();
    store.set_catalogue_ids(SKILLS);
    let started = Instant::now();
    let first_day = now.date_naive() - TimeDelta::days(3_652);
    let inputs: Vec<EntryInput> = (0..entries)
        .map(|i| generate(i, entries, first_day))
        .collect();
    for batch in inputs.chunks(5_000) {
        store.create_entries(batch, now).unwrap();
    }
    let size = std::fs::metadata(&path)
        .map(|m| m.len())
        .unwrap_or_default();
    println!(
        "generated {entries} entries over ten years in {:.1} s ({:.0} MB)\n",
        started.elapsed().as_secs_f64(),
        size as f64 / 1e6
    );

    let bare = Connection::open(&path).unwrap();
    bare.busy_timeout(Duration::from_secs(5)).unwrap();
    bare.pragma_update(None, "foreign_keys", true).unwrap();
    bare.pragma_update(None, "synchronous", "FULL").unwrap();

    println!(
        "{:<42} {:>11} {:>11} {:>7} {:>11} {:>11} {:>7}  goal (on the best)",
        "operation", "store best", "bare best", "ratio", "store med.", "bare med.", "ratio"
    );
    let list = EntryQuery {
        skill_id: Some("presentations".into()),
        limit: Some(50),
        ..Default::default()
    };
    report(
        "list 50 newest, skill filter",
        best_pair(
            || black_box(store.find(&list).unwrap()).items.len(),
            || bare_find(&bare, &list),
        ),
        under(5.0),
    );
    let search = EntryQuery {
        text: Some("presen".into()),
        limit: Some(50),
        ..Default::default()
    };
    report(
        "full-text search \"presen\" (50 newest)",
        best_pair(
            || black_box(store.find(&search).unwrap()).items.len(),
            || bare_find(&bare, &search),
        ),
        under(10.0),
    );
    let rare = EntryQuery {
        text: Some("onthield".into()),
        limit: Some(50),
        ..Default::default()
    };
    report(
        "full-text search \"onthield\" (50 newest)",
        best_pair(
            || black_box(store.find(&rare).unwrap()).items.len(),
            || bare_find(&bare, &rare),
        ),
        under(10.0),
    );
    let short = EntryQuery {
        text: Some("ui".into()),
        limit: Some(50),
        ..Default::default()
    };
    report(
        "two-letter search \"ui\" (LIKE fallback)",
        best_pair(
            || black_box(store.find(&short).unwrap()).items.len(),
            || bare_find(&bare, &short),
        ),
        Goal {
            ms: Some(10.0),
            ratio: false,
        },
    );
    report(
        "per-skill statistics over everything",
        best_pair(
            || black_box(store.skill_stats().unwrap()).len(),
            || bare_stats(&bare),
        ),
        under(50.0),
    );
    // Both insert the same entries (dated inside the ten years, so they do not become the
    // newest), one after the other.
    let (mut store_sequence, mut bare_sequence) = (0, 0);
    // More runs: an insert waits for fsync, whose time varies far more than a query's.
    let inserts = best_pair_of(
        INSERT_RUNS,
        || {
            store_sequence += 1;
            store
                .create_entry(&generate(store_sequence, entries, first_day), now)
                .unwrap()
        },
        || {
            bare_sequence += 1;
            bare_insert(&bare, &generate(bare_sequence, entries, first_day), now);
        },
    );
    report(
        "insert one entry (one fsync'd commit)",
        inserts,
        WITHIN_1_5X,
    );
}

/// Entry `i` of `total`, dated in order over ten years from `first_day`.
fn generate(i: usize, total: usize, first_day: NaiveDate) -> EntryInput {
    let day = first_day + TimeDelta::days(i64::try_from(i * 3_650 / total.max(1)).unwrap_or(0));
    let text = |n: usize| {
        let mut text = String::new();
        for k in 0..2 + n % 3 {
            text.push_str(SENTENCES[(i * 7 + n * 3 + k * 5) % SENTENCES.len()]);
            text.push(' ');
        }
        text
    };
    let skill = |n: usize| SKILLS[(i + n * 3) % SKILLS.len()].to_owned();
    let rating = |n: usize| u8::try_from(1 + (i + n) % 5).unwrap_or(3);
    let skill_count = 1 + i % 3;
    let mut skills: Vec<EntrySkill> = (0..skill_count)
        .map(|n| EntrySkill::new(skill(n)))
        .collect();
    let content = match i % 20 {
        0..=7 => {
            for (n, s) in skills.iter_mut().enumerate() {
                s.rating = (n != 2).then(|| rating(n));
            }
            EntryContent::Feedback(FeedbackContent {
                setting: FeedbackSetting::ALL[i % 4],
                giver_role: GiverRole::ALL[i % 6],
                giver_name: i.is_multiple_of(3).then(|| format!("Collega {}", i % 40)),
                situation: Some(text(1)),
                behaviour: Some(text(2)),
                impact: Some(text(3)),
                next_step: i.is_multiple_of(2).then(|| text(4)),
                keep_doing: None,
                try_next: None,
            })
        }
        8..=13 => {
            skills[0].rating = Some(rating(0));
            EntryContent::Reflection(ReflectionContent {
                situation: Some(text(1)),
                task: Some(text(2)),
                action: Some(text(3)),
                result: Some(text(4)),
                reflection: Some(text(5)),
            })
        }
        14..=16 => {
            for (n, s) in skills.iter_mut().enumerate() {
                s.rating = Some(rating(n));
                s.justification = Some("Meer oefening gehad in de afgelopen weken".to_owned());
            }
            EntryContent::SelfAssessment(SelfAssessmentContent {
                note: i.is_multiple_of(2).then(|| text(1)),
            })
        }
        _ => EntryContent::Action(ActionContent {
            text: text(1),
            due: Some(day + TimeDelta::days(14)),
            done: !i.is_multiple_of(3),
            source_entry_id: None,
        }),
    };
    EntryInput {
        date: day,
        skills,
        article_id: i
            .is_multiple_of(5)
            .then(|| format!("bundled/artikel-{}", i % 8)),
        tags: (0..i % 3)
            .map(|n| TAGS[(i + n) % TAGS.len()].to_owned())
            .collect(),
        private: i.is_multiple_of(10),
        content,
    }
}

/// Timings of one operation through the store and bare, in milliseconds.
struct Timings {
    store_best: f64,
    bare_best: f64,
    store_median: f64,
    bare_median: f64,
}

/// `RUNS` runs of each, after one warm-up. The two alternate, taking turns going first, so
/// drift (the WAL growing, a checkpoint, other work on the machine) hits both alike.
fn best_pair<A, B>(store: impl FnMut() -> A, bare: impl FnMut() -> B) -> Timings {
    best_pair_of(RUNS, store, bare)
}

/// [`best_pair`] with a number of runs.
fn best_pair_of<A, B>(
    runs: usize,
    mut store: impl FnMut() -> A,
    mut bare: impl FnMut() -> B,
) -> Timings {
    black_box(store());
    black_box(bare());
    let (mut store_times, mut bare_times) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    let time = |run: &mut dyn FnMut(), times: &mut Vec<f64>| {
        let started = Instant::now();
        run();
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
    };
    for round in 0..runs {
        // Take turns going first: whoever runs right after the other's write finds its cache stale.
        if round % 2 == 0 {
            time(&mut || drop(black_box(store())), &mut store_times);
            time(&mut || drop(black_box(bare())), &mut bare_times);
        } else {
            time(&mut || drop(black_box(bare())), &mut bare_times);
            time(&mut || drop(black_box(store())), &mut store_times);
        }
    }
    let (store_best, store_median) = best_and_median(&mut store_times);
    let (bare_best, bare_median) = best_and_median(&mut bare_times);
    Timings {
        store_best,
        bare_best,
        store_median,
        bare_median,
    }
}

fn best_and_median(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (
        times.first().copied().unwrap_or_default(),
        times.get(times.len() / 2).copied().unwrap_or_default(),
    )
}

/// What an operation must reach: a time (ms) and/or at most 1.5 times the bare query.
struct Goal {
    ms: Option<f64>,
    ratio: bool,
}

const WITHIN_1_5X: Goal = Goal {
    ms: None,
    ratio: true,
};

const fn under(ms: f64) -> Goal {
    Goal {
        ms: Some(ms),
        ratio: true,
    }
}

fn report(name: &str, t: Timings, goal: Goal) {
    let ratio = t.store_best / t.bare_best;
    let mut parts = Vec::new();
    let mut met = true;
    if let Some(ms) = goal.ms {
        parts.push(format!("< {ms} ms"));
        met &= t.store_best <= ms;
    }
    if goal.ratio {
        parts.push("≤ 1.5x".to_owned());
        met &= ratio <= 1.5;
    }
    let goal = format!(
        "{}: {}",
        parts.join(", "),
        if met { "met" } else { "MISSED" }
    );
    println!(
        "{name:<42} {:>8.3} ms {:>8.3} ms {ratio:>6.2}x {:>8.3} ms {:>8.3} ms {:>6.2}x  {goal}",
        t.store_best,
        t.bare_best,
        t.store_median,
        t.bare_median,
        t.store_median / t.bare_median
    );
}

/// The same statements `find` runs: the page, then each entry's skills and tags, in one read
/// transaction.
fn bare_find(conn: &Connection, query: &EntryQuery) -> usize {
    let terms: Vec<String> = query
        .text
        .as_deref()
        .map(|t| t.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let (sql, values) = find_sql(query, &terms, query.limit.unwrap_or(50));
    let tx = conn.unchecked_transaction().unwrap();
    let mut statement = tx.prepare_cached(&sql).unwrap();
    let mut rows = statement.query(rusqlite::params_from_iter(values)).unwrap();
    let mut found: Vec<(i64, Vec<Value>)> = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        let columns = (1..25).map(|i| row.get::<_, Value>(i).unwrap()).collect();
        found.push((row.get(0).unwrap(), columns));
    }
    drop(rows);
    drop(statement);
    let mut skills = tx
        .prepare_cached("SELECT position, skill_id, rating, justification FROM entry_skills WHERE entry_id = ?1")
        .unwrap();
    let mut tags = tx
        .prepare_cached("SELECT position, tag FROM entry_tags WHERE entry_id = ?1")
        .unwrap();
    for (id, _) in &found {
        let s: Vec<(i64, String, Option<u8>, Option<String>)> = skills
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let t: Vec<(i64, String)> = tags
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        black_box((s, t));
    }
    drop((skills, tags));
    tx.finish().unwrap();
    found.len()
}

/// The same statements `skill_stats` runs: the per-skill totals, the custom skills, then each
/// skill's latest level, in one read transaction.
fn bare_stats(conn: &Connection) -> usize {
    let tx = conn.unchecked_transaction().unwrap();
    let mut statement = tx.prepare_cached(STATS_SQL).unwrap();
    let totals: Vec<(String, u32, Option<f64>, u32)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut custom = tx
        .prepare_cached("SELECT id FROM custom_skills ORDER BY n")
        .unwrap();
    let customs: Vec<String> = custom
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    black_box(customs);
    for (skill, ..) in &totals {
        let mut latest = tx.prepare_cached(LATEST_LEVEL_SQL).unwrap();
        let level: Option<(i64, String, u8)> = latest
            .query_row([skill], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .ok();
        black_box(level);
    }
    drop((statement, custom));
    tx.finish().unwrap();
    totals.len()
}

/// The same writes `create_entry` makes (entry row, skills, tags, search text and index), in one
/// transaction, without validation, normalisation or reading the entry back.
#[inline(never)]
fn bare_insert(conn: &Connection, input: &EntryInput, now: DateTime<Utc>) {
    let mut texts: [Option<&str>; 11] = [None; 11];
    let (mut setting, mut role, mut due, mut done) = (None, None, None, None);
    match &input.content {
        EntryContent::Feedback(f) => {
            (setting, role) = (Some(f.setting.as_str()), Some(f.giver_role.as_str()));
            let values = [
                &f.giver_name,
                &f.situation,
                &f.behaviour,
                &f.impact,
                &f.next_step,
            ];
            for (slot, value) in texts.iter_mut().zip(values) {
                *slot = value.as_deref();
            }
        }
        EntryContent::Reflection(r) => {
            texts[1] = r.situation.as_deref();
            for (slot, value) in
                texts[5..9]
                    .iter_mut()
                    .zip([&r.task, &r.action, &r.result, &r.reflection])
            {
                *slot = value.as_deref();
            }
        }
        EntryContent::SelfAssessment(a) => texts[9] = a.note.as_deref(),
        EntryContent::Action(a) => {
            (texts[10], due, done) = (Some(a.text.as_str()), a.due, Some(a.done))
        }
    }
    let search: Vec<&str> = texts
        .iter()
        .flatten()
        .copied()
        .chain(input.tags.iter().map(String::as_str))
        .collect();
    let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    tx.prepare_cached(
        "INSERT INTO entries (kind, date, article_id, private, setting, giver_role, giver_name, situation, \
         behaviour, impact, next_step, task, action, result, reflection, note, action_text, due, done, \
         source_entry_id, created_at, updated_at, version) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21, 1)",
    )
    .unwrap()
    .execute(rusqlite::params![
        input.kind(),
        input.date,
        input.article_id,
        input.private,
        setting,
        role,
        texts[0],
        texts[1],
        texts[2],
        texts[3],
        texts[4],
        texts[5],
        texts[6],
        texts[7],
        texts[8],
        texts[9],
        texts[10],
        due,
        done,
        Option::<i64>::None,
        now,
    ])
    .unwrap();
    let id = tx.last_insert_rowid();
    let mut skills = tx
        .prepare_cached(
            "INSERT INTO entry_skills (entry_id, skill_id, position, rating, justification, kind, date, trashed) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .unwrap();
    for (position, skill) in (0_i64..).zip(&input.skills) {
        skills
            .execute(rusqlite::params![
                id,
                skill.skill_id,
                position,
                skill.rating,
                skill.justification,
                input.kind(),
                input.date,
                false
            ])
            .unwrap();
    }
    drop(skills);
    let mut tags = tx
        .prepare_cached("INSERT INTO entry_tags (entry_id, tag, position) VALUES (?1, ?2, ?3)")
        .unwrap();
    for (position, tag) in (0_i64..).zip(&input.tags) {
        tags.execute(rusqlite::params![id, tag, position]).unwrap();
    }
    drop(tags);
    let key = i64::from(input.date.num_days_from_ce()) * 0x1_0000_0000 + id;
    let search = search.join("\n").to_lowercase();
    tx.prepare_cached("INSERT INTO entry_text (key, entry_id, text) VALUES (?1, ?2, ?3)")
        .unwrap()
        .execute(rusqlite::params![key, id, search])
        .unwrap();
    tx.prepare_cached("INSERT INTO entry_search (rowid, text) VALUES (?1, ?2)")
        .unwrap()
        .execute(rusqlite::params![key, search])
        .unwrap();
    tx.commit().unwrap();
}
