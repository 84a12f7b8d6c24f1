/// Symbols for the currencies the sandbox bills in.
enum CurrencySymbols {
    static let byCode: [String: String] = [
        "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "$", "AUD": "$", "CHF": "CHF", "INR": "₹", "NZD": "$",
        "DKK": "kr", "SEK": "kr", "NOK": "kr", "PLN": "zł", "CZK": "Kč", "SGD": "$", "KRW": "₩", "MXN": "$", "ZAR": "R",
        "AED": "د.إ", "ILS": "₪", "BRL": "R$", "RUB": "₽", "CNY": "¥",
    ]

    static func symbol(for code: String) -> String { byCode[code.uppercased()] ?? code.uppercased() }
}
