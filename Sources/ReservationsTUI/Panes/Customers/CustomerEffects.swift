import ReservationsCore
import ScreenKit
import SubscriptionsFeature

/// The customer list (paged, with progress), customer details a few at a time, and a customer's subscriptions.
struct CustomerEffects: EffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case customers
        case subscriptions
    }

    let directory: CustomerDirectory
    /// How many customer details are read at once, so a fast scroll does not flood the service.
    let detailConcurrency: Int

    func run(_ effect: CustomersEffect, in tasks: EffectTasks) {
        let directory = self.directory
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

extension CustomersEffect: FeatureEffect {
    static func handler(in context: EffectContext) -> CustomerEffects {
        CustomerEffects(directory: context.directory, detailConcurrency: context.detailConcurrency)
    }
}
