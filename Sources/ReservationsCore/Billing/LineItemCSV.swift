import CSV
import Foundation
import PartnerCenter

/// Invoice line items as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, fields quoted when needed.
public enum LineItemCSV {
    /// The header row, in column order.
    public static let header = [
        "InvoiceNumber", "CustomerId", "CustomerName", "OrderId", "ReservationOrderId", "ProductId", "ProductName", "SkuId",
        "SkuName", "ChargeType", "Quantity", "UnitPrice", "Subtotal", "TaxTotal", "TotalForCustomer", "Currency", "OrderDate",
    ]

    /// One row per line item, in the same order as `header`. The service's text fields are neutralised for
    /// spreadsheets (`SpreadsheetCell`); the numbers and the date are ours.
    public static func row(_ item: InvoiceLineItem) -> [String] {
        let text = [
            item.invoiceNumber, item.customerId, item.customerName, item.orderId, item.reservationOrderId, item.productId,
            item.productName, item.skuId, item.skuName, item.chargeType,
        ].map { SpreadsheetCell.neutralised(plain($0 ?? "")) }
        let numbers = [item.quantity, item.unitPrice, item.subtotal, item.taxTotal, item.totalForCustomer].map { $0.map(number) ?? "" }
        return text + numbers + [SpreadsheetCell.neutralised(plain(item.currency ?? "")), item.orderDate.map(day) ?? ""]
    }

    /// The field without control or bidi-override characters (line breaks stay; the writer quotes them), so the
    /// same bytes are safe in a file and on a terminal (`pcres invoices lineitems --output csv`).
    static func plain(_ field: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in field.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The whole document, of the lines a screen shows.
    public static func data(_ rows: [InvoiceLineRow]) throws -> Data { try data(rows.map(\.item)) }

    /// The whole document.
    public static func data(_ items: [InvoiceLineItem]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for item in items { try writer.write(row: row(item)) }
        writer.stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: Array("\r\n".utf8))
        return data
    }

    /// The amount's own digits: no trailing zeros, no exponent, nothing lost to binary fractions.
    static func number(_ value: Decimal) -> String {
        "\(value)"
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
