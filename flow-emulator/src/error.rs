//! The one error type of the emulator: what can stop it from starting.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Why the emulator could not start.
///
/// A spec file that cannot be read or parsed does not stop the emulator: it is skipped and
/// listed by [`RunningEmulator::skipped_files`](crate::RunningEmulator::skipped_files).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Occurs when the spec folder does not exist or cannot be listed.
    #[error("cannot list the spec folder `{}`", path.display())]
    ReadSpecs {
        /// The folder given to [`Emulator::new`](crate::Emulator::new).
        path: PathBuf,
        /// What the file system said.
        #[source]
        source: io::Error,
    },
    /// Occurs when the address cannot be bound, or its port read back.
    #[error("cannot listen on `{addr}`")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
}

impl Error {
    /// The spec folder, when the error is about reading it.
    pub fn specs_dir(&self) -> Option<&std::path::Path> {
        match self {
            Self::ReadSpecs { path, .. } => Some(path),
            Self::Bind { .. } => None,
        }
    }
}
