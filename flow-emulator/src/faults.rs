//! Faults injected into chosen requests: delays, error answers and dropped connections.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// What happens to a request a fault applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Waits this long, then handles the request normally.
    Delay(Duration),
    /// Answers 429 with a `Retry-After` header and the gateway's body
    /// `{"error_code": "429050", "message": ...}`, without handling the request.
    RateLimited {
        /// The `Retry-After` value, in seconds.
        retry_after_secs: u64,
    },
    /// Answers this status with a Flow Service error body, without handling the request.
    ///
    /// The code follows the service's catalogue: 500 and 502 give `1102-<status>`, 503 gives
    /// `1103-503`, 504 gives `1104-504`, any other status `1100-<status>`. A number that is not
    /// an error status (400 to 599) is answered as 500.
    Status(u16),
    /// Closes the TCP connection without handling the request or answering it: the client sees
    /// a connection error, and nothing changed.
    DropBeforeHandling,
    /// Handles the request (so a create or an update does happen), then closes the TCP
    /// connection without answering: the client sees a connection error although the change
    /// was made.
    DropAfterHandling,
}

/// The faults waiting for requests; shared by the server and its owner.
///
/// Rules apply in the order they were injected: a request takes the first rule that matches
/// it and has uses left.
///
/// ```
/// use flow_emulator::{Fault, Faults};
///
/// let faults = Faults::default();
/// faults.inject("POST", "/connections", Fault::Status(503), 2);
/// faults.clear();
/// ```
#[derive(Clone, Debug, Default)]
pub struct Faults {
    rules: Arc<Mutex<Vec<Rule>>>,
}

#[derive(Debug)]
struct Rule {
    method: String,
    path_prefix: String,
    fault: Fault,
    remaining: usize,
}

impl Faults {
    /// Applies `fault` to the next `times` requests whose method is `method` (any case) and
    /// whose path starts with `path_prefix`, such as `("POST", "/connections")`.
    pub fn inject(&self, method: &str, path_prefix: &str, fault: Fault, times: usize) {
        if times == 0 {
            return;
        }

        self.lock().push(Rule {
            method: method.to_owned(),
            path_prefix: path_prefix.to_owned(),
            fault,
            remaining: times,
        });
    }

    /// Removes every rule, used or not.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// Takes one use of the first rule that matches the request, if any.
    pub(crate) fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut rules = self.lock();

        let index = rules.iter().position(|rule| {
            rule.method.eq_ignore_ascii_case(method) && path.starts_with(&rule.path_prefix)
        })?;

        let rule = &mut rules[index];
        rule.remaining -= 1;
        let fault = rule.fault.clone();
        if rule.remaining == 0 {
            rules.remove(index);
        }
        Some(fault)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Rule>> {
        self.rules.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_applies_as_many_times_as_asked() {
        let faults = Faults::default();
        faults.inject("post", "/connections", Fault::Status(503), 2);

        assert_eq!(
            faults.take("POST", "/connections"),
            Some(Fault::Status(503))
        );
        assert_eq!(
            faults.take("POST", "/connections/x"),
            Some(Fault::Status(503))
        );
        assert_eq!(faults.take("POST", "/connections"), None);
    }

    #[test]
    fn rules_match_method_and_path_prefix() {
        let faults = Faults::default();
        faults.inject("GET", "/connections", Fault::DropBeforeHandling, 1);

        assert_eq!(faults.take("POST", "/connections"), None);
        assert_eq!(faults.take("GET", "/connectionSpecs"), None);
        assert_eq!(
            faults.take("GET", "/connections"),
            Some(Fault::DropBeforeHandling)
        );
    }

    #[test]
    fn the_first_matching_rule_wins_and_clear_removes_all() {
        let faults = Faults::default();
        faults.inject("GET", "/", Fault::Status(500), 1);
        faults.inject("GET", "/", Fault::Status(502), 1);

        assert_eq!(faults.take("GET", "/connections"), Some(Fault::Status(500)));
        faults.clear();
        assert_eq!(faults.take("GET", "/connections"), None);
    }
}
