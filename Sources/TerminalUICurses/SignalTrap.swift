import CNcurses

/// SIGINT, SIGTERM and SIGHUP, recorded by a C handler so the run loop can restore the terminal and exit.
///
/// Every call into the shim's signal functions is in this one file on purpose: they are `static inline`
/// and share a file-level `static` slot, and each Swift object file gets its own copy of that slot.
enum SignalTrap {
    /// Installs the recording handlers. Returns whether it worked.
    @discardableResult
    static func install() -> Bool {
        cn_install_signal_handlers() == 0
    }

    /// Puts the default dispositions back.
    static func uninstall() {
        cn_restore_signal_handlers()
    }

    /// The signal received since the last call, if any, and clears it.
    static func takePending() -> Int32? {
        let signal = cn_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Records `signal` as if it had arrived (tests).
    static func simulate(_ signal: Int32) {
        cn_simulate_signal(signal)
    }
}
