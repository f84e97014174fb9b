//! Which Flow Service a command talks to: the one `FLOW_*` variables configure, or an
//! embedded emulator when they set no credentials.

use std::io::Write;
use std::path::Path;

use flow_client::{FlowClient, FlowClientBuilder, Outcome, Secret};
use flow_emulator::{Emulator, RunningEmulator};

use crate::context::Context;
use crate::failure::{Failure, REPORT_BUG, chain};
use crate::output::note;

const CONFIGURE: &str = "set FLOW_CLIENT_ID and FLOW_CLIENT_SECRET (or FLOW_ACCESS_TOKEN, \
FLOW_API_KEY and FLOW_ORG_ID), or unset them all to use the embedded emulator";

/// A client, and the embedded emulator behind it when there is one; the emulator stops when
/// this value is dropped.
pub struct Service {
    /// The client.
    pub client: FlowClient,
    emulator: Option<RunningEmulator>,
}

impl Service {
    /// Whether the client talks to an embedded emulator, whose state dies with the process.
    pub fn is_embedded(&self) -> bool {
        self.emulator.is_some()
    }
}

/// Connects to the service `context`'s variables configure, or starts an embedded emulator
/// serving `specs` and says so on `stderr`.
///
/// # Errors
///
/// Fails when the variables are inconsistent, or when the emulator cannot start.
pub async fn connect(
    context: &Context,
    specs: &Path,
    stderr: &mut dyn Write,
) -> Result<Service, Failure> {
    let configured = FlowClientBuilder::from_lookup(|name| context.var(name))
        .and_then(|builder| builder.map(FlowClientBuilder::build).transpose())
        .map_err(|error| Failure::new(chain(&error)).hint(CONFIGURE))?;
    if let Some(client) = configured {
        return Ok(Service {
            client,
            emulator: None,
        });
    }

    let emulator = Emulator::new(specs).start().await.map_err(|error| {
        Failure::new(format!(
            "cannot start the embedded emulator: {}",
            chain(&error)
        ))
        .hint(format!(
            "{CONFIGURE}; or give a spec folder with --from-emulator-specs DIR"
        ))
    })?;
    note(
        stderr,
        &format!(
            "note: no FLOW_* credentials are set; using an embedded emulator serving `{}` at {} \
             (its connections are lost when this command exits)",
            specs.display(),
            emulator.base_url()
        ),
    );

    let credentials = emulator.credentials();
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(credentials.access_token.as_str()))
        .api_key(credentials.client_id.as_str())
        .org_id(credentials.org_id.as_str())
        .build()
        .map_err(|error| Failure::new(chain(&error)).hint(REPORT_BUG))?;
    Ok(Service {
        client,
        emulator: Some(emulator),
    })
}

/// A failed call to the service, with what to do next.
pub fn failure(error: &flow_client::Error) -> Failure {
    let mut message = chain(error);
    if let Some(request_id) = error.request_id() {
        message.push_str(&format!(" (request id {request_id})"));
    }
    let mut failure = Failure::new(message);
    if let Some(validation) = error.validation_error() {
        failure = failure.violations(validation.violations());
    }

    let hint = if error.is_config() || error.is_unauthorized() || error.is_token() {
        CONFIGURE.to_owned()
    } else if error.is_forbidden() {
        "check FLOW_ORG_ID and FLOW_SANDBOX_NAME, and that the credentials may use them".to_owned()
    } else if error.is_connect() || error.is_timeout() {
        "check FLOW_BASE_URL and the network, then try again".to_owned()
    } else if error.is_rate_limited() {
        "wait a moment, then try again".to_owned()
    } else if error.is_not_found() {
        "check the id or name; `flow connections list` shows the connections".to_owned()
    } else if error.is_validation() || error.is_invalid_request() {
        "fix the params named above".to_owned()
    } else if error.outcome() == Outcome::Unknown {
        "the request may have taken effect; look before repeating it".to_owned()
    } else {
        "try again; if it keeps failing, quote the request id to Adobe support".to_owned()
    };
    failure.hint(hint)
}
