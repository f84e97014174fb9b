//! What a run of `flow` reads from its surroundings besides its arguments.

use std::future::Future;
use std::io::IsTerminal;
use std::pin::Pin;

type Vars = Box<dyn Fn(&str) -> Option<String>>;
type Stop = Pin<Box<dyn Future<Output = ()>>>;

/// The environment of one run: variables, terminals, and when `flow emulator` stops.
///
/// [`Context::from_process`] reads the real ones; [`Context::new`] takes the variables from a
/// closure, with no terminal attached, so a test never touches the process environment.
pub struct Context {
    vars: Vars,
    stdin_is_terminal: bool,
    stderr_is_terminal: bool,
    stop: Option<Stop>,
}

impl Context {
    /// A context reading variables through `vars`, with neither stdin nor stderr a terminal:
    /// no prompt, no progress bar. `flow emulator` stops on Ctrl-C.
    pub fn new(vars: impl Fn(&str) -> Option<String> + 'static) -> Self {
        Self {
            vars: Box::new(vars),
            stdin_is_terminal: false,
            stderr_is_terminal: false,
            stop: None,
        }
    }

    /// The process's own environment and terminals.
    pub fn from_process() -> Self {
        Self {
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
            ..Self::new(|name| std::env::var(name).ok())
        }
    }

    /// The same context, where `flow emulator` stops when `stop` completes instead of on
    /// Ctrl-C.
    pub fn stop_when(mut self, stop: impl Future<Output = ()> + 'static) -> Self {
        self.stop = Some(Box::pin(stop));
        self
    }

    /// The variable `name`, when set.
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        (self.vars)(name)
    }

    /// Whether a prompt can be shown and answered.
    pub(crate) fn can_prompt(&self) -> bool {
        self.stdin_is_terminal
    }

    /// Whether a progress bar can be drawn.
    pub(crate) fn shows_progress(&self) -> bool {
        self.stderr_is_terminal
    }

    /// Waits until the run should stop: the future given to [`Context::stop_when`], or
    /// Ctrl-C.
    pub(crate) async fn stopped(self) -> std::io::Result<()> {
        match self.stop {
            Some(stop) => {
                stop.await;
                Ok(())
            }
            None => tokio::signal::ctrl_c().await,
        }
    }
}
