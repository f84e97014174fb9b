//! The stored connections, in the order they were created.

use flow_client::wire::Connection;

use crate::secrets::HiddenParams;

/// Every connection of every sandbox.
#[derive(Debug, Default)]
pub(crate) struct Store {
    connections: Vec<Stored>,
    next_seq: u64,
}

/// One connection: its answer (secrets masked) and its secrets.
#[derive(Debug)]
pub(crate) struct Stored {
    /// Creation order, which breaks ties when sorting.
    pub seq: u64,
    /// The sandbox it lives in.
    pub sandbox: String,
    /// The connection as answered, secrets masked.
    pub item: Connection,
    /// The secrets of its params.
    pub hidden: HiddenParams,
}

impl Store {
    /// Adds a connection.
    pub(crate) fn insert(&mut self, sandbox: &str, item: Connection, hidden: HiddenParams) {
        self.next_seq += 1;
        self.connections.push(Stored {
            seq: self.next_seq,
            sandbox: sandbox.to_owned(),
            item,
            hidden,
        });
    }

    /// The connection `id` of `sandbox`.
    pub(crate) fn get(&self, sandbox: &str, id: &str) -> Option<&Stored> {
        self.connections
            .iter()
            .find(|stored| stored.sandbox == sandbox && stored.item.id == id)
    }

    /// The connection `id` of `sandbox`, to change it.
    pub(crate) fn get_mut(&mut self, sandbox: &str, id: &str) -> Option<&mut Stored> {
        self.connections
            .iter_mut()
            .find(|stored| stored.sandbox == sandbox && stored.item.id == id)
    }

    /// Removes the connection `id` of `sandbox`.
    pub(crate) fn remove(&mut self, sandbox: &str, id: &str) -> Option<Stored> {
        let index = self
            .connections
            .iter()
            .position(|stored| stored.sandbox == sandbox && stored.item.id == id)?;
        Some(self.connections.remove(index))
    }

    /// The connections of `sandbox`, oldest first.
    pub(crate) fn in_sandbox<'s>(&'s self, sandbox: &'s str) -> impl Iterator<Item = &'s Stored> {
        self.connections
            .iter()
            .filter(move |stored| stored.sandbox == sandbox)
    }

    /// Every connection, oldest first.
    pub(crate) fn all(&self) -> impl Iterator<Item = &Stored> {
        self.connections.iter()
    }

    /// The connection `id`, whatever its sandbox.
    pub(crate) fn find_any(&self, id: &str) -> Option<&Stored> {
        self.connections.iter().find(|stored| stored.item.id == id)
    }
}
