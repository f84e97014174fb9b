//! The string formats that validation checks: `uri`, `email`, `date`, `date-time`, and the
//! content of encoded strings (`contentEncoding`, `contentMediaType`), as draft-07 validators
//! such as the `jsonschema` crate check them.

/// Whether `value` is valid for `format`; unknown formats accept every string.
pub(crate) fn is_valid(format: &str, value: &str) -> bool {
    match format {
        "uri" => url::Url::parse(value).is_ok(),
        "email" => is_email(value),
        "date" => is_date(value),
        "date-time" => is_date_time(value),
        _ => true,
    }
}

/// Whether `value` decodes with `encoding` and, when `media_type` is `application/json`, the
/// decoded text is JSON. Unknown encodings and media types accept every string.
pub(crate) fn has_content(value: &str, encoding: Option<&str>, media_type: Option<&str>) -> bool {
    use data_encoding::{BASE32, BASE32HEX, BASE64, BASE64URL, HEXUPPER};

    let decoded = match encoding {
        None => Some(value.as_bytes().to_vec()),
        Some("base64") => BASE64.decode(value.as_bytes()).ok(),
        Some("base64url") => BASE64URL.decode(value.as_bytes()).ok(),
        Some("base32") => BASE32.decode(value.as_bytes()).ok(),
        Some("base32hex") => BASE32HEX.decode(value.as_bytes()).ok(),
        Some("base16") => HEXUPPER
            .decode(value.as_bytes())
            .or_else(|_| HEXUPPER.decode(value.to_uppercase().as_bytes()))
            .ok(),
        Some(_) => return true,
    };
    let Some(decoded) = decoded else {
        return false;
    };
    match media_type {
        Some("application/json") => serde_json::from_slice::<serde_json::Value>(&decoded).is_ok(),
        _ => true,
    }
}

fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `YYYY-MM-DD`, a real calendar day.
fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (
        digits(&value[..4]),
        digits(&value[5..7]),
        digits(&value[8..]),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// RFC 3339: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
fn is_date_time(value: &str) -> bool {
    let Some((date, time)) = value.split_once(['T', 't']) else {
        return false;
    };
    if !date.is_ascii() || !is_date(date) || !time.is_ascii() || time.len() < 9 {
        return false;
    }

    let (clock, offset) = match time.find(['Z', 'z', '+', '-']) {
        Some(at) => time.split_at(at),
        None => return false,
    };
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, fraction)) => (hms, Some(fraction)),
        None => (clock, None),
    };
    let valid_fraction = fraction.is_none_or(|fraction| {
        !fraction.is_empty() && fraction.bytes().all(|byte| byte.is_ascii_digit())
    });
    if !valid_fraction {
        return false;
    }

    let valid_clock = match hms.split(':').collect::<Vec<_>>()[..] {
        [hour, minute, second] if hour.len() == 2 && minute.len() == 2 && second.len() == 2 => {
            digits(hour).is_some_and(|h| h < 24)
                && digits(minute).is_some_and(|m| m < 60)
                && digits(second).is_some_and(|s| s <= 60)
        }
        _ => false,
    };
    let valid_offset = match offset {
        "Z" | "z" => true,
        _ => match offset[1..].split(':').collect::<Vec<_>>()[..] {
            [hour, minute] if hour.len() == 2 && minute.len() == 2 => {
                digits(hour).is_some_and(|h| h < 24) && digits(minute).is_some_and(|m| m < 60)
            }
            _ => false,
        },
    };
    valid_clock && valid_offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_accept_and_refuse() {
        assert!(is_valid("uri", "https://example.com/x"));
        assert!(!is_valid("uri", "not a uri"));
        assert!(is_valid("email", "a@b.co"));
        assert!(!is_valid("email", "a.b.co"));
        assert!(is_valid("date", "2024-02-29"));
        assert!(!is_valid("date", "2023-02-29"));
        assert!(is_valid("date-time", "2024-02-29T23:59:59.123+01:00"));
        assert!(is_valid("date-time", "2024-02-29T23:59:59Z"));
        assert!(!is_valid("date-time", "2024-02-29 23:59:59Z"));
        assert!(!is_valid("date-time", "2024-02-29T24:00:00Z"));
        assert!(is_valid("hostname", "anything at all"));
        assert!(has_content("aGk=", Some("base64"), None));
        assert!(!has_content("k", Some("base64"), None));
        assert!(has_content(
            "e30=",
            Some("base64"),
            Some("application/json")
        ));
        assert!(!has_content(
            "aGk=",
            Some("base64"),
            Some("application/json")
        ));
        assert!(has_content("anything", Some("rot13"), None));
    }
}
