//! The `flow` command: connection specs and connections of Adobe Experience Platform's Flow
//! Service from the command line.
//!
//! The binary is a thin shell over [`run`], which takes the arguments, a [`Context`] (the
//! environment variables, whether stdin and stderr are terminals, and when a long-running
//! command should stop) and the two output streams, and returns the exit code. Tests call it
//! in-process.
//!
//! ```no_run
//! use flow_cli::Context;
//!
//! # async fn demo() {
//! let mut stdout = Vec::new();
//! let mut stderr = Vec::new();
//! let args = ["flow", "specs", "check", "specs/"];
//! let code = flow_cli::run(args, Context::new(|_| None), &mut stdout, &mut stderr).await;
//! assert_eq!(code, 0);
//! # }
//! ```

mod check;
mod cli;
mod connections;
mod context;
mod diff;
mod emulator;
mod expand;
mod failure;
mod output;
mod params;
mod pull;
mod service;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

use cli::{Cli, Command, ConnectionsCommand, SpecsCommand};
pub use context::Context;
use failure::Failure;
use output::Report;

/// The auth types of every spec in the workspace's `specs/` folder, and their registry:
/// `SPECS`, `AnyAuth` and `parse_auth`, which `flow connections create` checks params with.
mod shipped {
    flow_client::connection_specs!("../specs");
}

/// Runs the `flow` command line `args` (the program name first) and returns its exit code:
/// 0 on success, 1 on failure (or when `specs check` finds an error), 2 on a usage mistake.
///
/// Results go to `stdout`: text, or one JSON document with `--json`. Errors, warnings and
/// notes go to `stderr`.
pub async fn run<I, T>(
    args: I,
    context: Context,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let text = error.render().to_string();
            if error.use_stderr() {
                output::note(stderr, text.trim_end());
            } else {
                output::note(stdout, text.trim_end());
            }
            return u8::try_from(error.exit_code()).unwrap_or(2);
        }
    };

    let result = dispatch(cli.command, context, cli.json, stdout, stderr).await;
    let written = match &result {
        Ok(report) => report.write(cli.json, stdout),
        Err(failure) => output::write_failure(failure, cli.json, stdout, stderr),
    };

    match (result, written) {
        (Ok(report), Ok(())) => report.code(),
        (Err(failure), _) => failure.exit_code(),
        (Ok(_), Err(_)) => 1,
    }
}

async fn dispatch(
    command: Command,
    context: Context,
    json: bool,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    match command {
        Command::Specs(SpecsCommand::Pull(args)) => pull::pull(&args, &context, stderr).await,
        Command::Specs(SpecsCommand::Check(args)) => check::check(&args),
        Command::Specs(SpecsCommand::Diff(args)) => diff::diff(&args),
        Command::Expand(args) => expand::expand(&args, stderr),
        Command::Connections(command) => match command {
            ConnectionsCommand::Create(args) => connections::create(&args, &context, stderr).await,
            ConnectionsCommand::List(args) => connections::list(&args, &context, stderr).await,
            ConnectionsCommand::Get(args) => connections::get(&args, &context, stderr).await,
            ConnectionsCommand::Delete(args) => connections::delete(&args, &context, stderr).await,
        },
        Command::Emulator(args) => emulator::serve(&args, context, json, stdout).await,
    }
}
