//! Starting the emulator, serving connections, and applying faults below the router.
//!
//! Connections are accepted by hand rather than with `axum::serve`, because a dropped
//! connection is a fault the emulator must be able to cause: each connection runs in its own
//! task, which ends (closing the socket without an answer) when a request asks it to.

use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::response::{IntoResponse, Response};
use flow_client::Secret;
use flow_client::wire::{Connection, ConnectionSpec};
use http::{HeaderValue, Request, StatusCode, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use tower::ServiceExt;

use crate::app::{self, Shared};
use crate::catalog::{Catalog, Skipped};
use crate::credentials::Credentials;
use crate::error::Error;
use crate::faults::{Fault, Faults};
use crate::problem::{Problem, with_request_id};

/// The page size of `GET /connections` when the request has no `limit`.
const DEFAULT_PAGE_SIZE: usize = 50;

/// A request id sent by the client is echoed only when it is this short or shorter.
const MAX_REQUEST_ID_LEN: usize = 200;

/// Builds an emulator: which specs it serves, which credentials it accepts.
///
/// ```no_run
/// # async fn demo() -> Result<(), flow_emulator::Error> {
/// use flow_emulator::{Credentials, Emulator};
///
/// let emulator = Emulator::new("specs")
///     .with_credentials(Credentials::default())
///     .with_page_size(20)
///     .start()
///     .await?;
/// println!("serving on {}", emulator.base_url());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Emulator {
    specs_dir: PathBuf,
    credentials: Credentials,
    page_size: usize,
}

impl Emulator {
    /// Serves the spec files (`*.json`; a bare spec object or `{"items": [...]}`) found in
    /// `specs_dir`.
    pub fn new(specs_dir: impl Into<PathBuf>) -> Self {
        Self {
            specs_dir: specs_dir.into(),
            credentials: Credentials::default(),
            page_size: DEFAULT_PAGE_SIZE,
        }
    }

    /// Accepts these credentials instead of the defaults.
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = credentials;
        self
    }

    /// Page size used for `GET /connections` when the request has no `limit` (default 50; 0
    /// counts as 1).
    pub fn with_page_size(mut self, size: usize) -> Self {
        self.page_size = size;
        self
    }

    /// Binds `127.0.0.1` on a free port and serves in a tokio task.
    ///
    /// # Errors
    ///
    /// [`Error::ReadSpecs`] when the spec folder cannot be listed, [`Error::Bind`] when no
    /// port can be had.
    pub async fn start(self) -> Result<RunningEmulator, Error> {
        self.bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await
    }

    /// Binds `addr` and serves in a tokio task.
    ///
    /// # Errors
    ///
    /// [`Error::ReadSpecs`] when the spec folder cannot be listed, [`Error::Bind`] when the
    /// address cannot be bound.
    pub async fn bind(self, addr: SocketAddr) -> Result<RunningEmulator, Error> {
        let catalog = Catalog::load(&self.specs_dir)?;

        let bind_error = |source| Error::Bind { addr, source };
        let listener = TcpListener::bind(addr).await.map_err(bind_error)?;
        let local_addr = listener.local_addr().map_err(bind_error)?;

        let shared = Arc::new(Shared::new(catalog, self.credentials, self.page_size));
        let router = app::router(shared.clone());
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(accept(listener, shared.clone(), router, stopped));

        tracing::info!(%local_addr, specs = shared.catalog.entries().len(), "emulator started");
        Ok(RunningEmulator {
            local_addr,
            shared,
            stop,
            task: Some(task),
        })
    }
}

/// A running emulator; it stops when dropped or shut down.
pub struct RunningEmulator {
    local_addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for RunningEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningEmulator")
            .field("local_addr", &self.local_addr)
            .finish_non_exhaustive()
    }
}

impl RunningEmulator {
    /// The base URL, such as `http://127.0.0.1:41234`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.local_addr)
    }

    /// The token endpoint: `{base_url}/ims/token/v3`.
    pub fn token_url(&self) -> String {
        format!("{}/ims/token/v3", self.base_url())
    }

    /// The address the emulator listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The credentials it accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.shared.credentials
    }

    /// The faults waiting for requests; inject more at any time.
    pub fn faults(&self) -> &Faults {
        &self.shared.faults
    }

    /// Revokes every token the token endpoint issued, so they answer 401 from now on; the
    /// static [`Credentials::access_token`] keeps working.
    pub fn revoke_tokens(&self) {
        self.shared.tokens.revoke_all();
    }

    /// The stored connections of every sandbox, oldest first, secrets masked.
    pub async fn connections(&self) -> Vec<Connection> {
        self.shared
            .store()
            .all()
            .map(|stored| stored.item.clone())
            .collect()
    }

    /// The secret stored at `pointer` (such as `/password`) in the params of connection `id`.
    ///
    /// Answers never show secrets; this is how a test checks that the right one arrived.
    pub async fn secret(&self, id: &str, pointer: &str) -> Option<Secret> {
        self.shared.store().find_any(id)?.hidden.get(pointer)
    }

    /// How many requests with this method (any case) and a path starting with `path_prefix`
    /// reached the emulator, faulted ones included.
    pub fn request_count(&self, method: &str, path_prefix: &str) -> usize {
        self.shared.request_count(method, path_prefix)
    }

    /// The specs served, in file-name order, ids filled in.
    pub fn specs(&self) -> Vec<ConnectionSpec> {
        self.shared
            .catalog
            .entries()
            .iter()
            .map(|entry| entry.spec.clone())
            .collect()
    }

    /// The spec files, or entries of them, that are not served, and why.
    pub fn skipped_files(&self) -> &[Skipped] {
        self.shared.catalog.skipped()
    }

    /// Stops accepting connections, closes the open ones and waits for the server task.
    pub async fn shutdown(mut self) {
        self.stop.send_replace(true);
        if let Some(task) = self.task.take()
            && let Err(error) = task.await
        {
            tracing::warn!(%error, "the emulator's server task ended abnormally");
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        self.stop.send_replace(true);
    }
}

async fn accept(
    listener: TcpListener,
    shared: Arc<Shared>,
    router: Router,
    mut stopped: watch::Receiver<bool>,
) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = stop_requested(&mut stopped) => break,
        };

        tokio::spawn(serve(
            stream,
            shared.clone(),
            router.clone(),
            stopped.clone(),
        ));
    }
}

/// Waits until the emulator is asked to stop, or its owner is gone.
async fn stop_requested(stopped: &mut watch::Receiver<bool>) {
    // An error means the sender is gone, which is a stop too.
    let _ = stopped.wait_for(|stop| *stop).await;
}

async fn serve(
    stream: TcpStream,
    shared: Arc<Shared>,
    router: Router,
    mut stopped: watch::Receiver<bool>,
) {
    let drop_connection = Arc::new(Notify::new());
    let service = {
        let drop_connection = drop_connection.clone();
        hyper::service::service_fn(move |request| {
            handle(
                shared.clone(),
                router.clone(),
                drop_connection.clone(),
                request,
            )
        })
    };

    let builder = auto::Builder::new(TokioExecutor::new());
    let connection = builder.serve_connection(TokioIo::new(stream), service);

    // Returning drops the connection, and with it the socket: that is how a fault drops it.
    tokio::select! {
        result = connection => {
            if let Err(error) = result {
                tracing::debug!(%error, "connection ended with an error");
            }
        }
        () = drop_connection.notified() => {}
        () = stop_requested(&mut stopped) => {}
    }
}

async fn handle(
    shared: Arc<Shared>,
    router: Router,
    drop_connection: Arc<Notify>,
    request: Request<Incoming>,
) -> Result<Response, Infallible> {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    shared.record(&method, &path);

    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .filter(|id| !id.is_empty() && id.len() <= MAX_REQUEST_ID_LEN)
        .map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned);
    let fault = shared.faults.take(&method, &path);
    tracing::debug!(%method, %path, %request_id, ?fault, "request");

    let answer = with_request_id(request_id.clone(), async move {
        match fault {
            None => Some(route(router, request).await),
            Some(Fault::Delay(delay)) => {
                tokio::time::sleep(delay).await;
                Some(route(router, request).await)
            }
            Some(Fault::RateLimited { retry_after_secs }) => Some(rate_limited(retry_after_secs)),
            Some(Fault::Status(status)) => Some(failed(status)),
            Some(Fault::DropBeforeHandling) => None,
            Some(Fault::DropAfterHandling) => {
                drop(route(router, request).await);
                None
            }
        }
    })
    .await;

    let Some(mut response) = answer else {
        drop_connection.notify_one();
        return std::future::pending().await;
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    Ok(response)
}

async fn route(router: Router, request: Request<Incoming>) -> Response {
    match router.oneshot(request.map(Body::new)).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

fn rate_limited(retry_after_secs: u64) -> Response {
    let mut response =
        Problem::gateway(StatusCode::TOO_MANY_REQUESTS, "429050", "Too many requests")
            .into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
    response
}

fn failed(status: u16) -> Response {
    let status = StatusCode::from_u16(status)
        .ok()
        .filter(|status| status.is_client_error() || status.is_server_error())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);

    let (number, title) = match status.as_u16() {
        500 | 502 => (1102, "Internal Error"),
        503 => (1103, "Service Unavailable"),
        504 => (1104, "Gateway Timeout"),
        _ => (1100, "Injected failure"),
    };
    Problem::service(
        status,
        number,
        title,
        "a fault was injected into this request",
    )
    .into_response()
}
