/// Plain-English advice for the service codes of §5, so an operator knows what to do next.
public enum ErrorExplanations {
    /// The sentence for a service code, falling back to one for the HTTP status.
    public static func sentence(forCode code: String?, status: Int?) -> String? {
        if let code, let sentence = byCode[code] { return sentence }
        switch status {
        case 401: return "the token was missing or rejected; sign in again."
        case 403: return "the partner is not allowed to do this for this customer."
        case 404: return "it does not exist (or no longer exists); refresh the list."
        case 409: return "another request is working on this; check orders before retrying."
        case 500, 502, 503, 504: return "the service failed; retry later."
        default: return nil
        }
    }

    static let byCode: [String: String] = [
        "800001": "the partner token is missing; sign in again.",
        "2030": "the partner is not onboarded to sell in this customer's country.",
        "20002": "there is no commerce relationship between partner and customer.",
        "20003": "the subscription was not found; refresh the customer's subscriptions.",
        "20000": "the order was not found; it may take up to 15 minutes to appear.",
        "400030": "this target segment is not allowed for the partner.",
        "400036": "this catalog view is not allowed for the partner.",
        "400013": "the product was not found in this country's catalog.",
        "400018": "the SKU was not found; the catalog may have changed.",
        "400019": "the availability is stale; reload the catalog and rebuild the cart.",
        "800002": "the request was invalid; check the values entered.",
        "800004": "the offer ID is invalid.",
        "800008": "the cart was not found; it may have expired. Build a new one.",
        "800009": "some cart lines have errors; fix the highlighted lines.",
        "800010": "there is no inventory for this item in this region.",
        "800011": "this is not a valid Azure subscription for reservations.",
        "800012": "the subscription is not active.",
        "800013": "the subscription is not enabled for reservations; register it first.",
        "800017": "the requested quantity is not available; lower it.",
        "800018": "the sandbox limit was reached.",
        "800020": "this catalog item cannot be bought.",
        "800021": "the subscription is not valid.",
        "800023": "the partner's credit line is below what this purchase needs.",
        "800025": "the partner's credit line is below what this purchase needs.",
        "800030": "the subscription is not registered; register it and wait until it is registered.",
        "800060": "an order is already in progress; check the order history before retrying.",
        "800064": "the cart is being processed by another request; check orders before retrying.",
        "800065": "the cart was already submitted; look at the customer's orders.",
        "800069": "the order failed the risk check; contact Microsoft support.",
        "800070": "the offer is not available in the customer's country.",
        "800073": "the customer account is under review.",
        "800074": "the customer account is not approved.",
        "800075": "the customer account is not approved.",
        "800003": "an unexpected service error; retry later.",
        "800005": "order creation failed; check orders before retrying.",
    ]
}
