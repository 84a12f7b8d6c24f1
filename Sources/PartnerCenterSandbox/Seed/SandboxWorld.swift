import Foundation
import PartnerCenter

/// The deterministic starting state of a sandbox: the same customers and subscriptions on every machine.
struct SandboxWorld {
    var customers: [CustomerRecord]
    var subscriptions: [SubscriptionRecord]

    static let seed: UInt64 = 0x5043_5245_5300_0001  // "PCRES" + version; change to reshuffle the world
    /// Creation dates are spread over the two years before this instant.
    static let epoch = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    static let firstNames = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goran", "Hana", "Ivo", "Jun", "Kai", "Lena"]
    static let lastNames = ["Silva", "Novak", "Tanaka", "Okafor", "Berg", "Rossi", "Kim", "Dubois", "Schmidt", "Moreau"]

    static func generate(customerCount: Int) -> SandboxWorld {
        var random = SeededGenerator(seed: seed)
        var customers: [CustomerRecord] = []
        var subscriptions: [SubscriptionRecord] = []
        for ordinal in 0..<customerCount {
            let entry = customerEntry(ordinal: ordinal, random: &random)
            let id = random.guid()
            let first = firstNames[Int(random.next() % UInt64(firstNames.count))]
            let last = lastNames[Int(random.next() % UInt64(lastNames.count))]
            let domain = "\(entry.domainStem).onmicrosoft.com"
            customers.append(
                CustomerRecord(
                    id: id, ordinal: ordinal, companyName: entry.name, domain: domain, country: entry.country,
                    city: entry.city, culture: entry.culture, email: "\(first.lowercased())@\(domain)",
                    firstName: first, lastName: last, relationship: "reseller", commerceId: random.guid()))
            subscriptions += makeSubscriptions(customerID: id, ordinal: ordinal, random: &random)
        }
        return SandboxWorld(customers: customers, subscriptions: subscriptions)
    }

    private static func customerEntry(ordinal: Int, random: inout SeededGenerator) -> SeedCustomers.Entry {
        if ordinal < SeedCustomers.entries.count { return SeedCustomers.entries[ordinal] }
        let prefix = SeedCustomers.generatedPrefixes[Int(random.next() % UInt64(SeedCustomers.generatedPrefixes.count))]
        let suffix = SeedCustomers.generatedSuffixes[Int(random.next() % UInt64(SeedCustomers.generatedSuffixes.count))]
        let (country, culture) = SeedCustomers.generatedCountries[ordinal % SeedCustomers.generatedCountries.count]
        let number = String(format: "%05d", ordinal)
        return SeedCustomers.Entry(
            name: "\(prefix) \(suffix) \(number)", domainStem: "\(prefix)\(suffix)\(number)".lowercased(),
            country: country, city: "City \(number)", culture: culture)
    }

    /// Every customer gets an MS-AZR-0145P subscription and an Azure plan, in varied states, and some get
    /// licence subscriptions that cannot hold reservations. The first customer's set is fixed for demos.
    private static func makeSubscriptions(customerID: String, ordinal: Int, random: inout SeededGenerator) -> [SubscriptionRecord] {
        var records: [SubscriptionRecord] = []
        func add(offerId: String, offerName: String, friendlyName: String, status: String, registration: String, entitlement: Bool) {
            let created = epoch.addingTimeInterval(-Double(random.next() % 730) * 86_400)
            records.append(
                SubscriptionRecord(
                    id: random.guid().uppercased(), customerId: customerID, ordinal: records.count, offerId: offerId,
                    offerName: offerName, friendlyName: friendlyName, status: status,
                    entitlementId: entitlement ? random.guid() : nil, quantity: 1,
                    billingCycle: offerId.hasPrefix("CFQ") ? "annual" : "monthly", creationDate: created,
                    registrationStatus: registration, registrationReadyAt: nil))
        }
        let legacyStatuses = ["active", "active", "active", "suspended"]
        let planStatuses = ["active", "active", "active", "pending", "disabled"]
        let registrations = ["registered", "notregistered", "notregistered", "registered"]
        let pick = { (values: [String], random: inout SeededGenerator) -> String in
            values[Int(random.next() % UInt64(values.count))]
        }
        if ordinal == 0 {
            add(offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Production (CSP)", status: "active", registration: "registered", entitlement: true)
            add(offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan", friendlyName: "Azure plan", status: "active", registration: "notregistered", entitlement: true)
            add(offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Dev/Test", status: "active", registration: "notregistered", entitlement: true)
            add(offerId: "CFQ7TTC0LFLZ:0002", offerName: "Microsoft 365 E3", friendlyName: "Microsoft 365 E3", status: "active", registration: "notregistered", entitlement: false)
            return records
        }
        add(offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Azure subscription", status: pick(legacyStatuses, &random), registration: pick(registrations, &random), entitlement: true)
        add(offerId: "DZH318Z0BPS6:0001:DZH318Z0BPS6", offerName: "Microsoft Azure plan", friendlyName: "Azure plan", status: pick(planStatuses, &random), registration: pick(registrations, &random), entitlement: true)
        if random.next() % 3 == 0 {
            add(offerId: "MS-AZR-0145P", offerName: "Microsoft Azure", friendlyName: "Dev/Test", status: "active", registration: "notregistered", entitlement: true)
        }
        if random.next() % 2 == 0 {
            add(offerId: "CFQ7TTC0LFLZ:0002", offerName: "Microsoft 365 E3", friendlyName: "Microsoft 365 E3", status: "active", registration: "notregistered", entitlement: false)
        }
        return records
    }
}
