import Crypto
import Foundation
import PartnerCenter

extension CartDraft {
    /// The purchase this draft asks for, under an idempotency key made of the draft's token and a digest of its
    /// lines: checking out the same draft again (a retry, a restart after a crash) reuses the key, so the
    /// journal and the service recognise the purchase and nothing is bought twice; any change to the lines
    /// makes a new key, since it is a different purchase.
    public func purchaseIntent(profile: String, now: Date = Date()) -> PurchaseIntent {
        let lines = self.lines.map(\.purchaseLine)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let content = (try? encoder.encode(lines)) ?? Data()
        var hasher = SHA256()
        hasher.update(data: Data(customerID.rawValue.utf8))
        hasher.update(data: content)
        let digest = hasher.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
        return PurchaseIntent(id: "draft-\(token)-\(settledAttempts)-\(digest)", customerID: customerID, lines: lines, createdAt: now, profile: profile)
    }
}
