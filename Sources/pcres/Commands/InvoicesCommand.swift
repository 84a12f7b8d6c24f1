import ArgumentParser
import Foundation
import PartnerCenter
import ReservationsCore

/// `pcres invoices balance|summaries|list|show|lineitems|pdf`.
struct InvoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoices", abstract: "Billing: balance, summaries, invoices, one-time line items, PDF statements.",
        discussion: "Examples:\n  pcres invoices balance\n  pcres invoices pdf <invoice-id> --out statement.pdf",
        subcommands: [Balance.self, Summaries.self, List.self, Show.self, LineItems.self, PDF.self])

    static func invoiceFields(_ value: Invoice) -> [(String, String?)] {
        [("ID", value.id.rawValue), ("Date", Formatting.day(value.invoiceDate)), ("Type", value.invoiceType),
         ("Total", Formatting.cents(value.totalCharges)), ("Paid", Formatting.cents(value.paidAmount)),
         ("Currency", value.currencyCode),
         ("Period", value.billingPeriodStartDate.map { "\(Formatting.day($0)) – \(Formatting.day(value.billingPeriodEndDate))" })]
    }

    /// `pcres invoices balance`.
    struct Balance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The partner's account balance.", discussion: "Example:\n  pcres invoices balance --output json")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let summary = try await session.client.invoices.balance()
                return try Listing(json: summary, fields: [
                    ("Balance", Formatting.cents(summary.balanceAmount)), ("Currency", summary.currencyCode),
                    ("Latest invoice", Formatting.day(summary.latestInvoiceDate)),
                    ("Last payment", Formatting.day(summary.lastPaymentDate)),
                    ("Last payment amount", Formatting.cents(summary.lastPaymentAmount)),
                ])
            }
        }
    }

    /// `pcres invoices summaries`.
    struct Summaries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The balance per currency.", discussion: "Example:\n  pcres invoices summaries --output csv")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let summaries = try await session.client.invoices.summaries()
                return try Listing(
                    json: summaries,
                    columns: [.init("Currency"), .init("Balance", numeric: true), .init("Latest invoice"), .init("Last payment"),
                              .init("Amount", numeric: true)],
                    rows: summaries.map {
                        [$0.currencyCode ?? "", Formatting.cents($0.balanceAmount), Formatting.day($0.latestInvoiceDate),
                         Formatting.day($0.lastPaymentDate), Formatting.cents($0.lastPaymentAmount)]
                    })
            }
        }
    }

    /// `pcres invoices list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every invoice (all pages).", discussion: "Example:\n  pcres invoices list --output json")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let invoices = try await session.client.allItems(from: try await session.client.invoices.list())
                return try Listing(
                    json: invoices,
                    columns: [.init("ID"), .init("Date"), .init("Type"), .init("Total", numeric: true), .init("Paid", numeric: true),
                              .init("Currency")],
                    rows: invoices.map {
                        [$0.id.rawValue, Formatting.day($0.invoiceDate), $0.invoiceType ?? "", Formatting.cents($0.totalCharges),
                         Formatting.cents($0.paidAmount), $0.currencyCode ?? ""]
                    },
                    note: Plural.count(invoices.count, "invoice"))
            }
        }
    }

    /// The invoice ID argument.
    struct InvoiceArgument: ParsableArguments {
        @Argument(help: "The invoice ID, e.g. G000123456.") var id: String
        func validate() throws { try ArgumentChecks.identifier(id, name: "ID") }
    }

    /// `pcres invoices show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one invoice.", discussion: "Example:\n  pcres invoices show G000123456")
        @OptionGroup var invoice: InvoiceArgument
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                let value = try await session.client.invoices.byID(InvoiceID(invoice.id)).get()
                return try Listing(json: value, fields: InvoicesCommand.invoiceFields(value))
            }
        }
    }

    /// `pcres invoices lineitems`.
    struct LineItems: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lineitems",
            abstract: "List an invoice's one-time (reservation) line items (all pages).",
            discussion: "Example:\n  pcres invoices lineitems G000123456 --output csv > lines.csv")
        @OptionGroup var invoice: InvoiceArgument
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CLIRun.run(global) { session in
                // Where Microsoft serves the lines today: the Graph export for G invoices from February 2024, else v1.
                let value = try await session.client.invoices.byID(InvoiceID(invoice.id)).get()
                let items = try await session.client.oneTimeLines(of: value)
                var listing = try Listing(
                    json: items,
                    columns: [.init("Order"), .init("Customer"), .init("Product"), .init("SKU"), .init("Qty", numeric: true),
                              .init("Subtotal", numeric: true), .init("Currency"), .init("Date")],
                    rows: items.map {
                        [$0.orderId ?? "", $0.customerName ?? $0.customerId ?? "", $0.productName ?? $0.productId ?? "",
                         $0.skuName ?? $0.skuId ?? "", $0.quantity.map { "\($0)" } ?? "",
                         Formatting.cents($0.subtotal), $0.currency ?? "", Formatting.day($0.orderDate)]
                    },
                    note: Plural.count(items.count, "line item"))
                // `--output csv` is byte for byte the file the billing pane's export (x) writes.
                listing.csv = try LineItemCSV.data(items)
                return listing
            }
        }
    }

    /// `pcres invoices pdf`.
    struct PDF: AsyncParsableCommand {
        /// What `pdf` prints.
        struct Saved: Encodable {
            var invoiceId: String
            var file: String
            var bytes: Int
        }

        static let configuration = CommandConfiguration(
            commandName: "pdf", abstract: "Download a closed invoice's PDF statement.",
            discussion: """
                The current month's statement does not exist until the month is closed (exit code 3).

                Example:
                  pcres invoices pdf G000123456 --out G000123456.pdf
                """)
        @OptionGroup var invoice: InvoiceArgument
        @Option(help: "Where to save the PDF.") var out: String
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard !out.isEmpty else { throw ValidationError("--out needs a file name.") }
        }

        func run() async throws {
            try await CLIRun.run(global) { session in
                let url = URL(fileURLWithPath: out)
                let bytes = try await session.client.invoices.byID(InvoiceID(invoice.id)).downloadStatement(to: url)
                let saved = Saved(invoiceId: invoice.id, file: url.path, bytes: bytes)
                return try Listing(json: saved, fields: [("Invoice", saved.invoiceId), ("File", saved.file), ("Bytes", String(bytes))])
            }
        }
    }
}
