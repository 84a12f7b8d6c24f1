extension IdentifierTag {
    public enum Invoice {}
}

/// An invoice ID (`G000024135`; one-time invoices start with `G`).
public typealias InvoiceID = Identifier<IdentifierTag.Invoice>
