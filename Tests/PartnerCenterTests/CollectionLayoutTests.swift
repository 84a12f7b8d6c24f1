import Foundation
import Testing

@testable import PartnerCenter

/// A collection's items are found by their bytes and decoded in batches, the first ones first.
struct CollectionLayoutTests {
    struct Row: Codable, Sendable, Equatable {
        var id: String
        var note: String
    }

    /// A collection of `count` rows whose notes pad the body past the decode gate's 1 MiB.
    static func largeCollection(_ count: Int, next: String? = nil) -> (String, [Row]) {
        let rows = (0..<count).map { Row(id: "R\($0)", note: String(repeating: "x", count: 400) + " \"quoted\" ],{ \($0)") }
        // Sorted keys: the bad-item test below edits one item's text, so its spelling must not depend on the
        // encoder's key order.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let items = rows.map { String(decoding: try! encoder.encode($0), as: UTF8.self) }.joined(separator: ",\n  ")
        let links = next.map { #", "links": {"next": {"uri": "\#($0)", "method": "GET", "headers": []}}"# } ?? ""
        return (#"{"totalCount": \#(count), "items": [\#n  \#(items)\#n]\#(links), "attributes": {"objectType": "Collection"}}"#, rows)
    }

    @Test("each item's bytes, whatever its strings hold (brackets, commas, escaped quotes), and the envelope without them")
    func laysOutItems() throws {
        let body = #"{ "totalCount" : 5, "note": "items: [1]", "items" : [ {"a":"x,]\"}","b":[1,{"c":2}]} , [1,[2]],"s\\\"",12.5e3 ,null], "links":{} }"#
        let data = Data(body.utf8)
        let layout = try #require(CollectionLayout(data))
        let texts = layout.itemRanges.map { String(decoding: data[$0], as: UTF8.self) }
        #expect(texts == [#"{"a":"x,]\"}","b":[1,{"c":2}]}"#, "[1,[2]]", #""s\\\"""#, "12.5e3", "null"])
        #expect(String(decoding: layout.envelope, as: UTF8.self) == #"{ "totalCount" : 5, "note": "items: [1]", "items" : [], "links":{} }"#)
        let batch = try JSONSerialization.jsonObject(with: layout.array(of: 1..<4, in: data)) as? [Any]
        #expect(batch?.count == 3)
    }

    @Test("an empty items array, and bodies that are not a collection or not well nested, give no layout",
          arguments: [#"{"items":[]}"#, #"[1,2]"#, #"{"items":null}"#, #"{"items":[1,2]"#, #"{"items":["open]}"#,
                      #"{"items":[1,,2]}"#, #"{"value":[1]}"#])
    func refusesWhatIsNotACollection(_ body: String) {
        let layout = CollectionLayout(Data(body.utf8))
        if body == #"{"items":[]}"# {
            #expect(layout?.itemRanges.isEmpty == true)
        } else {
            #expect(layout == nil)
        }
    }

    @Test("a large answer: the first batch, then batches of the given size, the last one returned; all in order")
    func batchesOfALargeAnswer() async throws {
        let (body, rows) = Self.largeCollection(3000)
        #expect(body.utf8.count > DecodeGate.largeBodyBytes)
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        let client = PartnerCenterClient.scripted(transport)
        let batches = Batches()
        let last = try await client.itemBatches(
            APIRequest(operation: "list rows", path: "/rows"), of: Row.self, firstBatch: 10, batchSize: 1000,
            onBatch: { batches.append($0) })
        #expect(batches.all.map(\.count) == [10, 1000, 1000])
        #expect(last.count == 990)
        #expect(batches.all.flatMap { $0 } + last == rows)
    }

    @Test("a small answer decodes whole: no batch before the end")
    func smallAnswerWhole() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"totalCount":2,"items":[{"id":"a","note":""},{"id":"b","note":""}]}"#)])
        let batches = Batches()
        let last = try await PartnerCenterClient.scripted(transport).itemBatches(
            APIRequest(operation: "list rows", path: "/rows"), of: Row.self, firstBatch: 1, batchSize: 1, onBatch: { batches.append($0) })
        #expect(batches.all.isEmpty)
        #expect(last.map(\.id) == ["a", "b"])
    }

    @Test("a bad item in a large answer is a malformed response, not a crash or a silent gap")
    func badItem() async throws {
        let (body, _) = Self.largeCollection(3000)
        let broken = body.replacingOccurrences(of: #"{"id":"R2500","#, with: #"{"id":25,"#)
        #expect(broken != body)
        let transport = ScriptedTransport([ScriptedTransport.json(200, broken)])
        let batches = Batches()
        await #expect {
            _ = try await PartnerCenterClient.scripted(transport).itemBatches(
                APIRequest(operation: "list rows", path: "/rows"), of: Row.self, firstBatch: 100, batchSize: 1000,
                onBatch: { batches.append($0) })
        } throws: { error in
            guard case .malformedResponse = (error as? PartnerCenterError)?.kind else { return false }
            return true
        }
        #expect(batches.all.map(\.count) == [100, 1000, 1000], "the batches before the bad one were handed over")
    }

    @Test("a large first page that links onwards: its batches, then the next page's items returned last")
    func followsNextPage() async throws {
        let (body, rows) = Self.largeCollection(2600, next: "/rows?seek=2")
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, body),
            ScriptedTransport.json(200, #"{"totalCount":1,"items":[{"id":"last","note":""}]}"#),
        ])
        let batches = Batches()
        let last = try await PartnerCenterClient.scripted(transport).itemBatches(
            APIRequest(operation: "list rows", path: "/rows"), of: Row.self, firstBatch: 600, batchSize: 2000,
            onBatch: { batches.append($0) })
        #expect(batches.all.map(\.count) == [600, 2000])
        #expect(batches.all.flatMap { $0 } == rows)
        #expect(last.map(\.id) == ["last"])
        #expect(transport.sent.last?.url.query?.contains("seek=2") == true)
    }

    /// What `onBatch` received, in order.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var received: [[Row]] = []
        func append(_ rows: [Row]) { lock.withLock { received.append(rows) } }
        var all: [[Row]] { lock.withLock { received } }
    }
}
