//! When and how long to wait before trying a failed request again.

use std::time::Duration;

/// How often, and after how long, a failed request is tried again.
///
/// Only requests that are safe to repeat are retried: `GET`, `DELETE` and a `PATCH` guarded by
/// `If-Match`, after a 429, 502, 503 or 504 answer, one of Flow Service's "try again" codes
/// (`1102-500`, `1103-503`, `1104-504`) or a broken connection. A plain
/// [`create_connection`](crate::FlowClient::create_connection) is retried only when nothing
/// can have been created: a connection that could not be opened, or a 429.
///
/// The wait before retry `n` is drawn at random between zero and
/// `min(max_delay, base_delay * 2^(n-1))` ("full jitter"), so that many clients that failed
/// together do not retry together. When the server sends `Retry-After` (in seconds or as an
/// HTTP date), that wait is used instead; when it is longer than `max_delay`, the request is
/// not retried and the error carries [`Error::retry_after`](crate::Error::retry_after).
///
/// ```
/// use std::time::Duration;
/// use flow_client::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_attempts(5)
///     .with_base_delay(Duration::from_millis(100))
///     .with_max_delay(Duration::from_secs(5));
/// assert_eq!(policy.max_attempts(), 5);
/// assert!(policy.backoff(3) <= Duration::from_millis(400));
/// assert_eq!(RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl RetryPolicy {
    /// At most `max_attempts` attempts in all (at least one), waiting from `base_delay` up to
    /// `max_delay` between them.
    pub const fn new(max_attempts: u32, base_delay: Duration, max_delay: Duration) -> Self {
        Self {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_delay,
            max_delay,
        }
    }

    /// One attempt, no retry.
    pub const fn none() -> Self {
        Self::new(1, Duration::ZERO, Duration::ZERO)
    }

    /// Sets the number of attempts in all, the first one included (at least one).
    pub const fn with_max_attempts(self, max_attempts: u32) -> Self {
        Self::new(max_attempts, self.base_delay, self.max_delay)
    }

    /// Sets the wait cap before the first retry, doubled for each later one.
    pub const fn with_base_delay(self, base_delay: Duration) -> Self {
        Self::new(self.max_attempts, base_delay, self.max_delay)
    }

    /// Sets the longest wait between two attempts, and the longest `Retry-After` honoured.
    pub const fn with_max_delay(self, max_delay: Duration) -> Self {
        Self::new(self.max_attempts, self.base_delay, max_delay)
    }

    /// The number of attempts in all, the first one included.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait cap before the first retry.
    pub const fn base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The longest wait between two attempts.
    pub const fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// A random wait before retry number `retry` (1 for the first retry), with full jitter.
    pub fn backoff(&self, retry: u32) -> Duration {
        let cap = self.cap(retry);
        if cap.is_zero() {
            return Duration::ZERO;
        }
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rand::random_range(0..=nanos))
    }

    /// The wait before retry number `retry`, or `None` when the server asked for a longer wait
    /// than this policy allows.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        match retry_after {
            Some(wait) if wait > self.max_delay => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(retry)),
        }
    }

    fn cap(&self, retry: u32) -> Duration {
        let factor = 1_u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }
}

impl Default for RetryPolicy {
    /// Four attempts, waits from 250 ms up to 20 s.
    fn default() -> Self {
        Self::new(4, Duration::from_millis(250), Duration::from_secs(20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_the_doubling_cap() {
        let policy = RetryPolicy::new(10, Duration::from_millis(100), Duration::from_secs(1));

        for _ in 0..100 {
            assert!(policy.backoff(1) <= Duration::from_millis(100));
            assert!(policy.backoff(3) <= Duration::from_millis(400));
            assert!(policy.backoff(9) <= Duration::from_secs(1));
            assert!(policy.backoff(u32::MAX) <= Duration::from_secs(1));
        }
    }

    #[test]
    fn backoff_is_jittered() {
        let policy = RetryPolicy::new(10, Duration::from_secs(1), Duration::from_secs(1));

        let draws: std::collections::HashSet<_> = (0..20).map(|_| policy.backoff(1)).collect();

        assert!(draws.len() > 1);
    }

    #[test]
    fn honours_retry_after_within_the_cap() {
        let policy = RetryPolicy::new(3, Duration::from_millis(10), Duration::from_secs(5));

        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(2))),
            Some(Duration::from_secs(2))
        );
        assert_eq!(policy.delay(1, Some(Duration::from_secs(6))), None);
        assert!(policy.delay(1, None).unwrap() <= Duration::from_millis(10));
    }

    #[test]
    fn at_least_one_attempt() {
        assert_eq!(
            RetryPolicy::default().with_max_attempts(0).max_attempts(),
            1
        );
    }
}
