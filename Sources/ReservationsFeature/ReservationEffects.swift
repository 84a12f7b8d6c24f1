import OrdersFeature
import Foundation
import ReservationsCore
import ScreenKit

/// Reservation entitlements with expiry, the details behind an artifact link, SKU names, and renewal plans.
public struct ReservationEffects: FeatureEffectHandler {
    /// The tasks a newer one of the same kind replaces.
    enum Slot: TaskSlot {
        case reservations
        case reservationDetail
        case renewal
        /// SKU names for one set of keys: the reservations pane's request and the expiry board's do not replace
        /// each other.
        case skuNames(String)
    }

    /// What the tasks answer: the reservations screen's actions, and the SKU names every screen shares.
    public enum Answer: Sendable {
        case reservations(ReservationsAction)
        case skuNamesLoaded([String: String])
    }

    let book: ReservationBook
    /// For the orders this host placed that Partner Center does not list yet.
    let purchases: (any UnlistedOrderFinder)?
    /// Names what reservations are; remembers them for the session.
    let names: ReservationNames
    /// The session's time (the in-process sandbox's clock on the sandbox).
    var clock: @Sendable () -> Date = { Date() }

    public init(
        book: ReservationBook, purchases: (any UnlistedOrderFinder)?, names: ReservationNames,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.book = book
        self.purchases = purchases
        self.names = names
        self.clock = clock
    }

    public func run(_ effect: ReservationsEffect, in tasks: FeatureTasks<Answer>) {
        let mailbox = tasks.mailbox
        switch effect {
        case .loadReservations(let customerID):
            tasks.replace(Slot.reservations) {
                do {
                    let items = try await book.reservationRows(customerID: customerID)
                    if Task.isCancelled { return }
                    mailbox.post(.reservations(.reservationsLoaded(customerID, items, now: clock())))
                    // Partner Center lists new entitlements up to 15 minutes late: orders this host placed that no
                    // listed entitlement refers to are read by ID.
                    if let purchases {
                        let referenced = Set(items.compactMap(\.orderID))
                        let unlisted = await purchases.unlistedOrders(customerID: customerID, listed: referenced)
                        mailbox.postUnlessCancelled(.reservations(.unlistedReservationsFound(customerID, unlisted)))
                    }
                } catch {
                    mailbox.postUnlessCancelled(.reservations(.reservationsFailed(customerID, FailureText.of(error))))
                }
            }
        case .loadReservationDetails(let customerID, let link):
            tasks.perform(Slot.reservationDetail, {
                .reservations(.reservationDetailsLoaded(link, try await book.details(customerID: customerID, link: link)))
            }, failed: { .reservations(.reservationDetailsFailed(link, $0)) })
        case .planRenewal(let customerID, let customerName, let country, let reservations, let firstLineID):
            tasks.replace(Slot.renewal) {
                do {
                    let resolved: String
                    if let country {
                        resolved = country
                    } else if let found = try await book.country(of: customerID) {
                        resolved = found
                    } else {
                        mailbox.post(.reservations(.renewalFailed("the country of \(customerName) is not known")))
                        return
                    }
                    let plan = try await book.planRenewal(
                        customerID: customerID, country: resolved, reservations: reservations, firstLineID: firstLineID)
                    mailbox.postUnlessCancelled(.reservations(.renewalPlanned(customerID, customerName: customerName, country: resolved, plan)))
                } catch {
                    mailbox.postUnlessCancelled(.reservations(.renewalFailed(FailureText.of(error))))
                }
            }
        case .loadSKUNames(let keys):
            // Keyed by the set asked for, so the reservations pane's request and the expiry board's do not cancel
            // each other.
            tasks.replace(Slot.skuNames(keys.map { "\($0.productID):\($0.skuID)" }.sorted().joined(separator: ","))) {
                let found = await names.names(for: keys)
                guard !Task.isCancelled, !found.isEmpty else { return }
                var byID: [String: String] = [:]
                for (key, name) in found { byID["\(key.productID):\(key.skuID)"] = name }
                mailbox.post(.skuNamesLoaded(byID))
            }
        }
    }
}
