import Foundation
import PartnerCenter
import ReservationsCore

extension EffectRunner {
    /// Reservation entitlements with expiry, and the details behind an artifact link.
    func runReservations(_ effect: Effect) {
        let client = directory.client
        let mailbox = self.mailbox
        let purchases = self.purchases
        switch effect {
        case .loadReservations(let customerID):
            replace(.reservations) {
                do {
                    let items = try await client.customers.byID(customerID).entitlements.list(type: "reservedInstance", showExpiry: true)
                    if Task.isCancelled { return }
                    mailbox.post(.reservationsLoaded(customerID, items, now: Date()))
                    // Partner Center lists new entitlements up to 15 minutes late: orders this host placed that no
                    // listed entitlement refers to are read by ID.
                    if let purchases {
                        let referenced = Set(items.compactMap { $0.referenceOrder?.id })
                        let unlisted = await purchases.unlistedOrders(customerID: customerID, listed: referenced)
                        mailbox.postUnlessCancelled(.unlistedReservationsFound(customerID, unlisted))
                    }
                } catch {
                    mailbox.postUnlessCancelled(.reservationsFailed(customerID, Self.message(error)))
                }
            }
        case .loadReservationDetails(let customerID, let artifact):
            perform(.reservationDetail, {
                .reservationDetailsLoaded(artifact, try await client.customers.byID(customerID).entitlements.reservationDetails(for: artifact))
            }, failed: { .reservationDetailsFailed(artifact, $0) })
        case .planRenewal(let customerID, let customerName, let country, let entitlements, let firstLineID):
            replace(.renewal) {
                do {
                    let resolved: String
                    if let country {
                        resolved = country
                    } else if let found = try await client.customers.byID(customerID).get().billingProfile?.defaultAddress?.country {
                        resolved = found
                    } else {
                        mailbox.post(.renewalFailed("the country of \(customerName) is not known"))
                        return
                    }
                    let plan = try await RenewalPlanner(client: client).plan(
                        customerID: customerID, country: resolved, entitlements: entitlements, firstLineID: firstLineID)
                    mailbox.postUnlessCancelled(.renewalPlanned(customerID, customerName: customerName, country: resolved, plan))
                } catch {
                    mailbox.postUnlessCancelled(.renewalFailed(Self.message(error)))
                }
            }
        case .loadSKUNames(let keys):
            let names = reservationNames
            // Keyed by the set asked for, so the reservations pane's request and the expiry board's do not cancel
            // each other.
            replace(.skuNames(keys.map { "\($0.productID):\($0.skuID)" }.sorted().joined(separator: ","))) {
                let found = await names.names(for: keys)
                guard !Task.isCancelled, !found.isEmpty else { return }
                var byID: [String: String] = [:]
                for (key, name) in found { byID["\(key.productID):\(key.skuID)"] = name }
                mailbox.post(.skuNamesLoaded(byID))
            }
        default:
            break
        }
    }
}
