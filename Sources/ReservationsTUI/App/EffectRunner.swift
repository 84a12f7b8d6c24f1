import Foundation
import ReservationsCore
import Synchronization
import ScreenKit
import CartFeature

/// Hands each effect to its feature's handler (a ``FeatureEffectHandler`` of its module), made from the session's ``EffectContext`` the first time
/// the feature is used; the handlers start tasks in one ``EffectTasks`` and answer through its mailbox.
public final class EffectRunner: Sendable {
    let tasks: EffectTasks
    private let context: EffectContext
    /// One handler per feature, by the type of its effects.
    private let handlers = Mutex<[ObjectIdentifier: any FeatureEffectHandler]>([:])

    /// - Parameters:
    ///   - detailConcurrency: How many customer details are read at once.
    ///   - catalog: Loads catalogs; by default one over the directory's client, four products at a time.
    ///   - draftStore: Where the cart draft is kept; nil keeps it in memory only (tests).
    ///   - purchases: Runs preflight and checkout; nil refuses them with a message.
    ///   - clock: The session's time, which loads stamp their answers with (days left, the month of unbilled charges,
    ///     a cached catalog's age); the in-process sandbox's clock on the sandbox.
    public init(
        directory: CustomerDirectory, mailbox: Mailbox, detailConcurrency: Int = 4, catalog: CatalogLoader? = nil,
        draftStore: CartDraftStore? = nil, purchases: (any CheckoutPerformer)? = nil,
        registrationWaiter: RegistrationWaiter = RegistrationWaiter(), audit: (any AuditTrail)? = nil, profileName: String = "sandbox",
        ledgerCheck: (@Sendable () async -> String?)? = nil, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        tasks = EffectTasks(mailbox: mailbox)
        context = EffectContext(
            directory: directory, detailConcurrency: detailConcurrency, catalog: catalog ?? CatalogLoader(client: directory.client),
            draftStore: draftStore, purchases: purchases, registrationWaiter: registrationWaiter, audit: audit,
            profileName: profileName, ledgerCheck: ledgerCheck, clock: clock)
    }

    public var mailbox: Mailbox { tasks.mailbox }

    /// Probes the team ledger every `interval` and posts what it found whenever that changes, so the header's
    /// `LEDGER OFFLINE` badge follows the server. Does nothing without a ledger. Stopped by `cancelAll()`.
    public func watchLedger(every interval: Duration = .seconds(5)) {
        guard let check = context.ledgerCheck else { return }
        let mailbox = self.mailbox
        tasks.replace(.ledgerWatch) {
            var last: String?? = .none
            while !Task.isCancelled {
                let reason = await check()
                if last != .some(reason) {
                    mailbox.post(.ledgerChecked(offlineReason: reason))
                    last = .some(reason)
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    public func run(_ effects: [Effect]) {
        for effect in effects { run(effect) }
    }

    /// Hands the effect to its feature's handler.
    public func run(_ effect: Effect) {
        run(feature: effect.featureEffect)
    }

    private func run<Feature: FeatureEffect>(feature effect: Feature) {
        handler(for: Feature.self).run(effect, in: tasks)
    }

    /// The feature's handler, made on first use.
    private func handler<Feature: FeatureEffect>(for feature: Feature.Type) -> Feature.Handler {
        handlers.withLock { handlers in
            if let handler = handlers[ObjectIdentifier(feature)] as? Feature.Handler { return handler }
            let handler = Feature.handler(in: context)
            handlers[ObjectIdentifier(feature)] = handler
            return handler
        }
    }

    /// Cancels everything still running (at quit), but a checkout, whose answer must still be journaled.
    public func cancelAll() {
        tasks.cancelAll()
    }

    /// How many effect tasks are running now (tests).
    var runningCount: Int { tasks.runningCount }
}
