//! The credentials the emulator accepts.

use std::time::Duration;

/// What a client must send to be let in, and what the token endpoint checks.
///
/// The defaults are fixed, well-known values: the emulator guards nothing of worth, and tests
/// and examples can rely on them.
///
/// ```
/// use flow_emulator::Credentials;
///
/// let credentials = Credentials {
///     org_id: "TESTORG@AdobeOrg".to_owned(),
///     ..Credentials::default()
/// };
/// assert_eq!(credentials.client_id, "flow-emulator");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// What `x-api-key` must be, and the `client_id` of the token endpoint.
    pub client_id: String,
    /// The `client_secret` of the token endpoint.
    pub client_secret: String,
    /// What `x-gw-ims-org-id` must be.
    pub org_id: String,
    /// A bearer token that is always accepted and never revoked.
    pub access_token: String,
    /// The `expires_in` of the tokens the token endpoint issues; they stop working after it.
    pub token_lifetime: Duration,
}

impl Default for Credentials {
    fn default() -> Self {
        Self {
            client_id: "flow-emulator".to_owned(),
            client_secret: "flow-emulator-secret".to_owned(),
            org_id: "FLOWEMULATOR@AdobeOrg".to_owned(),
            access_token: "flow-emulator-token".to_owned(),
            token_lifetime: Duration::from_secs(86_399),
        }
    }
}
