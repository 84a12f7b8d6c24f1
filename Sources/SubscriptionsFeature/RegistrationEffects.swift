import Vocabulary
import ReservationsCore
import ScreenKit

/// Registration status reads, the Azure subscriptions under plans, and registering with polling until registered.
public struct RegistrationEffects: FeatureEffectHandler {
    /// What the tasks answer: the subscriptions list's actions, and what the ledger's health probe found.
    public enum Answer: Sendable {
        case subscriptions(SubscriptionsAction)
        case ledgerChecked(offlineReason: String?)
    }

    let registry: SubscriptionRegistry
    let waiter: RegistrationWaiter
    let audit: (any AuditTrail)?
    let profileName: String
    /// Nil when the team ledger can be used (or there is none), else why not: registering needs its record.
    let ledgerCheck: (@Sendable () async -> String?)?

    public init(
        registry: SubscriptionRegistry, waiter: RegistrationWaiter, audit: (any AuditTrail)?, profileName: String,
        ledgerCheck: (@Sendable () async -> String?)?
    ) {
        self.registry = registry
        self.waiter = waiter
        self.audit = audit
        self.profileName = profileName
        self.ledgerCheck = ledgerCheck
    }

    public func run(_ effect: SubscriptionsEffect, in tasks: FeatureTasks<Answer>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadRegistrationStatuses(let customerID, let ids):
            tasks.track {
                // Stopped (at quit) part way: the statuses not read are not reported as failures.
                for id in ids where !Task.isCancelled {
                    do {
                        let status = try await registry.registration(customerID: customerID, subscriptionID: id)
                        mailbox.postUnlessCancelled(.subscriptions(.registrationStatusLoaded(id, status)))
                    } catch {
                        mailbox.postUnlessCancelled(.subscriptions(.registrationStatusFailed(id, FailureText.of(error))))
                    }
                }
            }
        case .loadAzureEntitlements(let customerID, let plans):
            tasks.track {
                for plan in plans {
                    // A plan whose subscriptions cannot be listed just shows none; the pane stays usable.
                    if let items = try? await registry.azureSubscriptions(customerID: customerID, plan: plan) {
                        mailbox.post(.subscriptions(.azureEntitlementsLoaded(plan, items)))
                    }
                }
            }
        case .registerSubscription(let customerID, let id):
            // Not replaceable: registering one subscription must not stop another's polling.
            tasks.track { await register(customerID: customerID, id, mailbox: mailbox) }
        }
    }

    private func register(customerID: CustomerID, _ id: SubscriptionID, mailbox: Outbox<Answer>) async {
        // Never register without the record: a ledger that is down refuses it, with the reason.
        if let reason = await ledgerCheck?() {
            mailbox.post(.ledgerChecked(offlineReason: reason))
            mailbox.post(.subscriptions(.registrationFailed(id, "Not sent: registrations need the ledger. \(reason)")))
            return
        }
        // Every registration attempt is audited, as on the command line.
        func record(_ outcome: String, _ error: (any Error)? = nil) async {
            _ = try? await audit?.append(AuditRecord.registration(
                customerID: customerID, subscriptionID: id, profile: profileName, outcome: outcome, error: error))
        }
        do {
            do {
                try await registry.register(customerID: customerID, subscriptionID: id)
                await record("sent")
            } catch {
                await record("failed", error)
                throw error
            }
            try await registry.waitUntilRegistered(customerID: customerID, subscriptionID: id, waiter: waiter) {
                mailbox.post(.subscriptions(.registrationStatusLoaded(id, $0)))
            }
            mailbox.post(.subscriptions(.registrationFinished(id)))
        } catch {
            mailbox.post(.subscriptions(.registrationFailed(id, FailureText.of(error))))
        }
    }
}
