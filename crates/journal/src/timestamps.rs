//! Reading dates and times from SQL columns. rusqlite parses them with chrono format strings,
//! which took a sixth of the time of loading a page of entries; these read the exact forms
//! rusqlite writes by hand and leave anything else to rusqlite.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Row;
use rusqlite::types::ValueRef;

/// A `YYYY-MM-DD` column.
pub(crate) fn date_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(index)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(text) => match parse_date(text) {
            Some(date) => Ok(Some(date)),
            None => row.get(index),
        },
        _ => row.get(index),
    }
}

/// A timestamp column as rusqlite writes it (`YYYY-MM-DD HH:MM:SS[.fff]+00:00`).
pub(crate) fn time_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get_ref(index)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(text) => match parse_time(text) {
            Some(time) => Ok(Some(time)),
            None => row.get(index),
        },
        _ => row.get(index),
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0_u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn parse_date(text: &[u8]) -> Option<NaiveDate> {
    match text {
        [y @ .., b'-', m1, m2, b'-', d1, d2] if y.len() == 4 => NaiveDate::from_ymd_opt(
            i32::try_from(digits(y)?).ok()?,
            digits(&[*m1, *m2])?,
            digits(&[*d1, *d2])?,
        ),
        _ => None,
    }
}

fn parse_time(text: &[u8]) -> Option<DateTime<Utc>> {
    let rest = text.strip_suffix(b"+00:00")?;
    let (date, time) = (rest.get(..10)?, rest.get(10..)?);
    let date = parse_date(date)?;
    let [b' ', h1, h2, b':', m1, m2, b':', s1, s2, fraction @ ..] = time else {
        return None;
    };
    let nanos = match fraction {
        [] => 0,
        [b'.', digits_ @ ..] if (1..=9).contains(&digits_.len()) => {
            digits(digits_)? * 10_u32.pow(9 - digits_.len() as u32)
        }
        _ => return None,
    };
    let time = chrono::NaiveTime::from_hms_nano_opt(
        digits(&[*h1, *h2])?,
        digits(&[*m1, *m2])?,
        digits(&[*s1, *s2])?,
        nanos,
    )?;
    Some(date.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;

    #[test]
    fn stored_times_read_back_exactly() -> Result<(), Box<dyn std::error::Error>> {
        let conn = Connection::open_in_memory()?;
        for text in [
            "2026-11-02T10:00:00Z",
            "2026-11-02T10:00:00.5Z",
            "2026-11-02T10:00:00.123456789Z",
            "1970-01-01T00:00:00Z",
        ] {
            let time: DateTime<Utc> = text.parse()?;
            let stored: String = conn.query_row("SELECT ?1", [time], |r| r.get(0))?;
            assert_eq!(
                parse_time(stored.as_bytes()),
                Some(time),
                "{stored} reads back as {time}"
            );
        }
        let date = NaiveDate::from_ymd_opt(2026, 2, 28).ok_or("date")?;
        assert_eq!(parse_date(b"2026-02-28"), Some(date));
        assert_eq!(
            parse_date(b"2026-02-30"),
            None,
            "impossible dates fall back to rusqlite (which fails)"
        );
        assert_eq!(
            parse_time(b"2026-11-02 10:00:00+01:00"),
            None,
            "other offsets fall back to rusqlite"
        );
        Ok(())
    }
}
