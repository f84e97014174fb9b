//! The command line, as clap reads it.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// What a command that talks to Flow Service says about where it goes.
const SERVICE_HELP: &str = "\
The service is configured by FLOW_* variables (FLOW_CLIENT_ID and FLOW_CLIENT_SECRET, or \
FLOW_ACCESS_TOKEN, with FLOW_API_KEY, FLOW_ORG_ID, FLOW_SANDBOX_NAME and FLOW_BASE_URL). When \
no credentials are set, an embedded emulator is started instead; its connections are lost when \
the command exits.";

/// The Flow Service toolkit: connection specs and connections from the command line.
#[derive(Debug, Parser)]
#[command(name = "flow", version, about, long_about = None)]
pub struct Cli {
    /// Print one JSON document on stdout instead of text, for scripts.
    #[arg(long, global = true)]
    pub json: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch, check and compare connection-spec files.
    #[command(subcommand)]
    Specs(SpecsCommand),
    /// Print the Rust code that `connection_specs!` generates for a spec file or folder.
    Expand(ExpandArgs),
    /// Create, list, show and delete base connections.
    #[command(subcommand, long_about = format!(
        "Create, list, show and delete base connections.\n\n{SERVICE_HELP}"
    ))]
    Connections(ConnectionsCommand),
    /// Run a local Flow Service on loopback until Ctrl-C.
    Emulator(EmulatorArgs),
}

/// `flow specs ...`.
#[derive(Debug, Subcommand)]
pub enum SpecsCommand {
    /// Fetch connection specs from the service into one JSON file per spec.
    #[command(long_about = format!(
        "Fetch connection specs from the service into one JSON file per spec.\n\n\
         Files are named after the spec, with keys sorted, so that pulling twice gives the \
         same bytes. Files whose spec was not fetched are reported, and deleted only with \
         --prune.\n\n{SERVICE_HELP}"
    ))]
    Pull(PullArgs),
    /// Report every problem the code generator finds in spec files.
    Check(CheckArgs),
    /// Compare the auth params of two versions of a spec file.
    Diff(DiffArgs),
}

/// Where a command finds Flow Service.
#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// The spec folder the embedded emulator serves when no FLOW_* credentials are set.
    #[arg(long, value_name = "DIR", default_value_os_t = default_specs_dir())]
    pub from_emulator_specs: PathBuf,
}

/// `flow specs pull`.
#[derive(Debug, Args)]
pub struct PullArgs {
    /// Fetch only the specs of this name; repeat for several.
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,

    /// The folder to write the spec files to.
    #[arg(long, value_name = "DIR", default_value = "specs")]
    pub out: PathBuf,

    /// Delete the files of specs that were not fetched.
    #[arg(long)]
    pub prune: bool,

    /// Where the service is.
    #[command(flatten)]
    pub service: ServiceArgs,
}

/// `flow specs check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Spec files, or folders of them.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
}

/// `flow specs diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older spec file.
    pub old: PathBuf,

    /// The newer spec file.
    pub new: PathBuf,

    /// Exit with code 1 when a change is breaking.
    #[arg(long)]
    pub fail_on_breaking: bool,
}

/// `flow expand`.
#[derive(Debug, Args)]
pub struct ExpandArgs {
    /// A spec file, or a folder of them (which also gives the registry).
    pub spec: PathBuf,
}

/// `flow connections ...`.
#[derive(Debug, Subcommand)]
pub enum ConnectionsCommand {
    /// Create a base connection from auth params checked against the compiled-in specs.
    #[command(long_about = format!(
        "Create a base connection from auth params checked against the compiled-in specs.\n\n\
         Secret params (`format: password` in the auth schema) are best given through \
         FLOW_PARAM_<KEY> variables (FLOW_PARAM_PASSWORD for `password`) or typed at the \
         prompt, which does not echo; a secret given with --param may be kept in shell \
         history.\n\n{SERVICE_HELP}"
    ))]
    Create(CreateArgs),
    /// List base connections.
    List(ListArgs),
    /// Show one base connection; the service masks its secrets.
    Get(IdArgs),
    /// Delete one base connection.
    Delete(IdArgs),
}

/// `flow connections create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The connection spec's name, such as `dynamics-online`.
    #[arg(long, value_name = "NAME")]
    pub spec: String,

    /// The auth spec's name; needed when the spec has several.
    #[arg(long, value_name = "NAME")]
    pub auth_spec: Option<String>,

    /// The new connection's name.
    #[arg(long, value_name = "NAME")]
    pub name: String,

    /// The new connection's description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// A JSON file holding the auth params as an object.
    #[arg(long, value_name = "FILE")]
    pub params: Option<PathBuf>,

    /// One auth param; the value is read as JSON when it parses, else as a string.
    #[arg(long = "param", value_name = "KEY=VALUE")]
    pub param: Vec<String>,

    /// Where the service is.
    #[command(flatten)]
    pub service: ServiceArgs,
}

/// `flow connections list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// A filter such as `name=="Dynamics"` or `auth.params.username==x`; repeat for several.
    #[arg(long, value_name = "FILTER")]
    pub property: Vec<String>,

    /// Order by a field: `name` or `+name` ascending, `-name` descending.
    #[arg(long, value_name = "FIELD")]
    pub order_by: Option<String>,

    /// Show at most this many connections.
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,

    /// Where the service is.
    #[command(flatten)]
    pub service: ServiceArgs,
}

/// `flow connections get` and `flow connections delete`.
#[derive(Debug, Args)]
pub struct IdArgs {
    /// The connection's id.
    pub id: String,

    /// Where the service is.
    #[command(flatten)]
    pub service: ServiceArgs,
}

/// `flow emulator`.
#[derive(Debug, Args)]
pub struct EmulatorArgs {
    /// The folder of connection-spec files to serve.
    #[arg(long, value_name = "DIR", default_value_os_t = default_specs_dir())]
    pub specs: PathBuf,

    /// The address to listen on.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8088")]
    pub addr: SocketAddr,

    /// Listen on an address other than loopback; anyone who can reach it can use the
    /// emulator's well-known credentials.
    #[arg(long)]
    pub allow_remote: bool,
}

/// The `specs` folder of the workspace this binary was built from.
pub fn default_specs_dir() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match manifest.parent() {
        Some(root) => root.join("specs"),
        None => PathBuf::from("specs"),
    }
}
