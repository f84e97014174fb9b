//! Flow emulator.
