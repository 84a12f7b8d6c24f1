import Foundation
import PartnerCenter
import ReservationsCore
import Testing

/// What a cart line's provisioningContext holds, by SKU and subscription kind (issue #17, point 6).
struct LineProvisioningTests {
    static func line(scope: PurchaseScope = .shared, azureSubscription: String? = nil, term: String = "P3Y") -> PurchaseLine {
        PurchaseLine(
            catalogItemID: "DZH318Z0BQ5S:0001:DZH318Z0BN9T", quantity: 1, termDuration: term, scope: scope, subscriptionID: "PLAN-OR-SUB",
            azureSubscriptionID: azureSubscription)
    }

    @Test("an Azure plan line names the plan's subscription and sends no duration when its SKU does not list Duration")
    func azurePlan() {
        let plan = LineProvisioning(variables: ["Scope", "SubscriptionId"], duration: "3Years", subscriptionKind: .azurePlan)
        let item = Self.line(azureSubscription: "0350d130-4d3d-4005-aca0-cf84f0ab0d4a").cartLineItem(index: 0, provisioning: plan)
        #expect(item.provisioningContext == ["subscriptionId": "PLAN-OR-SUB", "scope": "shared"])
    }

    @Test("an MS-AZR-0145P line copies the SKU's duration verbatim when the SKU lists Duration, and uses the Azure subscription given")
    func legacy() {
        let legacy = LineProvisioning(variables: ["scope", "subscriptionId", "duration"], duration: "3Years", subscriptionKind: .legacyAzure)
        #expect(Self.line().cartLineItem(index: 2, provisioning: legacy).provisioningContext
            == ["subscriptionId": "PLAN-OR-SUB", "scope": "shared", "duration": "3Years"])
        #expect(Self.line(azureSubscription: "AZ-1").cartLineItem(index: 0, provisioning: legacy).provisioningContext["subscriptionId"] == "AZ-1")
        let noAttribute = LineProvisioning(variables: ["Duration"], duration: nil, subscriptionKind: .legacyAzure)
        #expect(Self.line(term: "P1Y").cartLineItem(index: 0, provisioning: noAttribute).provisioningContext["duration"] == "1Year",
                "without the SKU attribute the term gives it")
    }

    @Test("a SKU that does not list Duration gets none, whatever the subscription kind")
    func noDurationVariable() {
        let provisioning = LineProvisioning(variables: ["Scope", "SubscriptionId"], duration: "1Year", subscriptionKind: .legacyAzure)
        #expect(Self.line().cartLineItem(index: 0, provisioning: provisioning).provisioningContext["duration"] == nil)
    }

    @Test("preflight refuses single scope on an Azure plan and names the subscription; shared passes, single on MS-AZR-0145P passes")
    func singleScopeOnAPlan() {
        var facts = PreflightFacts(customerCountry: "US")
        facts.subscriptionKinds = ["PLAN-OR-SUB": .azurePlan]
        facts.subscriptionNames = ["PLAN-OR-SUB": "Contoso plan"]
        let single = PurchaseIntent(customerID: "C", lines: [Self.line(scope: .single)], profile: "sandbox")
        let problems = Preflight.evaluate(single, facts: facts)
        #expect(problems.map(\.kind) == [.scopeNotAllowed])
        #expect(problems.first?.description.contains("subscription \"Contoso plan\" is an Azure plan") == true)
        #expect(problems.first?.lineIndex == 0)
        #expect(Preflight.evaluate(PurchaseIntent(customerID: "C", lines: [Self.line()], profile: "sandbox"), facts: facts).isEmpty)
        facts.subscriptionKinds = ["PLAN-OR-SUB": .legacyAzure]
        #expect(Preflight.evaluate(single, facts: facts).isEmpty)
    }
}
