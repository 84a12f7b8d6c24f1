import ReservationsCore
import ScreenKit
import SubscriptionsFeature

/// The customer list (paged, with progress), customer details a few at a time, and a customer's subscriptions.
public struct CustomerEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case customers
        case subscriptions
    }

    /// What the tasks answer: the customer list's actions, and the subscriptions it loads for the list beside it.
    public enum Answer: Sendable {
        case customers(CustomersAction)
        case subscriptions(SubscriptionsAction)
    }

    let directory: CustomerDirectory
    /// How many customer details are read at once, so a fast scroll does not flood the service.
    let detailConcurrency: Int

    public init(directory: CustomerDirectory, detailConcurrency: Int) {
        self.directory = directory
        self.detailConcurrency = detailConcurrency
    }

    public func run(_ effect: CustomersEffect, in tasks: FeatureTasks<Answer>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadCustomers:
            tasks.replace(Slot.customers) {
                do {
                    for try await progress in directory.loadAll() {
                        mailbox.post(
                            .customers(.customersPageLoaded(progress.rows, loaded: progress.loaded, total: progress.total, isComplete: progress.isComplete)))
                    }
                } catch is CancellationError {
                } catch {
                    mailbox.postUnlessCancelled(.customers(.customersFailed(FailureText.of(error))))
                }
            }
        case .cancelCustomerLoad:
            tasks.cancel(Slot.customers)
        case .loadCustomerDetails(let ids):
            let limit = max(1, detailConcurrency)
            tasks.track {
                await withTaskGroup(of: Void.self) { group in
                    for (index, id) in ids.enumerated() {
                        if index >= limit { await group.next() }
                        group.addTask {
                            do {
                                mailbox.post(.customers(.customerDetailLoaded(id, country: try await directory.country(of: id))))
                            } catch {
                                mailbox.post(.customers(.customerDetailFailed(id, FailureText.of(error))))
                            }
                        }
                    }
                }
            }
        case .loadSubscriptions(let id):
            tasks.perform(Slot.subscriptions, { .subscriptions(.subscriptionsLoaded(id, try await directory.subscriptionRows(for: id))) },
                          failed: { .subscriptions(.subscriptionsFailed(id, $0)) })
        }
    }
}
