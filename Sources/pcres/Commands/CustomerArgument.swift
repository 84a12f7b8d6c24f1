import ArgumentParser
import PartnerCenter

/// The `<customer>` argument the customer's subcommands start with, checked in one place.
struct CustomerArgument: ParsableArguments {
    @Argument(help: "The customer ID (the customer's tenant GUID).") var customer: String

    func validate() throws { try ArgumentChecks.identifier(customer, name: "CUSTOMER") }

    var id: CustomerID { CustomerID(customer) }
}
