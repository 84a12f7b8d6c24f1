import Foundation
import PartnerCenter
import ReservationsCore

/// I/O the reducer asks for. The effect runner performs it and answers with actions.
public enum Effect: Equatable, Sendable {
    /// Fetch every page of customers, reporting each page.
    case loadCustomers
    /// Stop a running customer load.
    case cancelCustomerLoad
    /// Fetch customer details (for the country), a few at a time.
    case loadCustomerDetails([CustomerID])
    /// Fetch a customer's subscriptions, replacing any earlier such request.
    case loadSubscriptions(CustomerID)
    /// Load a country's catalog (products, SKUs a few products at a time, price sheet), replacing any running load.
    case loadCatalog(CatalogRequest)
    /// Stop a running catalog load.
    case cancelCatalogLoad
    /// Keep a complete catalog load in the local cache, so the next open of it is served from there.
    case rememberCatalog(CatalogRequest, CatalogIndex, products: Int)
    /// Give the memory a finished catalog load freed (decoded pages, a replaced index) back to the system.
    case releaseFreeMemory
    /// Fetch one SKU's availabilities.
    case loadAvailabilities(CatalogItemKey, country: String, scope: ReservationScope?)
    /// Check one SKU's inventory for the customer's Azure subscription in the SKU's region.
    case checkInventory(CatalogItemKey, customerID: CustomerID, azureSubscriptionID: String?, armRegionName: String?,
                        country: String)
    /// Fetch the Azure subscriptions under these Azure plans.
    case loadAzureEntitlements(CustomerID, [SubscriptionID])
    /// Fetch the registration status of these Azure subscriptions.
    case loadRegistrationStatuses(CustomerID, [SubscriptionID])
    /// Register a subscription for reservations and poll until it is registered.
    case registerSubscription(CustomerID, SubscriptionID)
    /// Read the saved cart draft.
    case restoreCartDraft
    /// Save the draft (nil or empty removes the file).
    case saveCartDraft(CartDraft?)
    /// Read what renewing these reservations of one customer takes (order, SKU, availability, today's price); sends
    /// nothing. The country is looked up when nil.
    case planRenewal(CustomerID, customerName: String, country: String?, [Entitlement], firstLineID: Int)
    /// The checks that need the service: registration, inventory, catalog items still current.
    case preflight(CartDraft)
    /// Journal, create the cart and check it out; a retry of the same draft reuses the same request ID.
    /// `allowingDuplicate`: the operator typed AGAIN after BUY (see ``CheckoutFlow/duplicateConfirmationWord``).
    case checkout(CartDraft, allowingDuplicate: Bool)
    /// Look in the journal for checkouts that did not settle.
    case findUnfinishedPurchases
    /// Look into unfinished checkouts: read the cart and the orders, send nothing.
    case inspectPurchases([UnfinishedPurchase])
    case loadOrders(CustomerID, oneTimeOnly: Bool)
    /// Read an order's provisioning, following the order's `links.provisioningStatus` when it had one.
    case loadOrderProvisioning(CustomerID, OrderID, link: Link? = nil)
    /// Fetch a customer's reservation entitlements with their expiry.
    case loadReservations(CustomerID)
    /// Follow an entitlement's artifact link to its reservations.
    case loadReservationDetails(CustomerID, Artifact)
    /// Read what reservations are, in words (SKU size and region), for product and SKU IDs not yet named.
    case loadSKUNames(Set<ReservationNames.Key>)
    /// Fetch the balance, the summaries per currency and every page of invoices.
    case loadBilling
    /// Fetch an invoice's one-time line items page by page, replacing any such load.
    case loadInvoiceLineItems(InvoiceID)
    /// Stop a running line-item load.
    case cancelInvoiceLineItems
    /// The expiry board's loads.
    case expiryBoard(ExpiryEffect)
    /// Search a bounded set of one-time invoices for an order's lines, replacing any such search.
    case findOrderInvoiceLines(OrderID, orderDate: Date?, currency: String?)
    case cancelOrderInvoiceLines
    /// Fetch one order by ID (an order opened from an invoice line).
    case loadOrder(CustomerID, OrderID)
    /// Write line items as CSV to `path` (relative to the current folder); refuses an existing file unless `overwrite`.
    case exportLineItems([InvoiceLineItem], path: String, overwrite: Bool)
    /// Download an invoice's PDF statement to `path`; refuses an existing file unless `overwrite`.
    case downloadStatement(InvoiceID, path: String, overwrite: Bool)
}
