import ArgumentParser
import PartnerCenter

/// `--country CC [--azure-plan]`: which country's catalog, and the Azure plan scope.
struct CatalogOptions: ParsableArguments {
    @Option(help: "Two-letter country code of the customer's market, e.g. US.") var country: String
    @Flag(help: "The Azure plan catalog (reservationScope=AzurePlan) instead of MS-AZR-0145P.") var azurePlan = false

    func validate() throws { _ = try ArgumentChecks.country(country) }

    var countryCode: String { country.uppercased() }
    var scope: ReservationScope? { azurePlan ? .azurePlan : nil }
}
