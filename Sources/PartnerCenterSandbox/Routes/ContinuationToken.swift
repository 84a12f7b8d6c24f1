import Foundation
import PartnerCenter

/// The sandbox's opaque continuation token: where the next page starts and what it filters by.
/// Clients must treat it as opaque, as with the real service.
struct ContinuationToken: Codable, Sendable {
    var offset: Int
    var size: Int
    var filter: CustomerFilter?

    init(offset: Int, size: Int, filter: CustomerFilter?) {
        self.offset = offset
        self.size = size
        self.filter = filter
    }

    init?(encoded: String) {
        guard let data = Data(base64Encoded: encoded), let token = try? JSONDecoder().decode(Self.self, from: data),
            token.offset >= 0, (1...CustomerRoutes.maximumPageSize).contains(token.size)
        else { return nil }
        self = token
    }

    var encoded: String { ((try? JSONEncoder().encode(self)) ?? Data()).base64EncodedString() }
}
