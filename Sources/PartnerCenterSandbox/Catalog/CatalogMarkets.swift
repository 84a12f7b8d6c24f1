import Foundation
import PartnerCenter

/// Countries the sandbox's catalog knows, which of them buy reservations, and in which currency.
enum CatalogMarkets {
    /// Partner Center country codes: ISO 3166-1 alpha-2 plus the four Partner Center-only codes of §6
    /// (`XJ` Jan Mayen, `XS` Saba, `XE` Sint Eustatius, `XK` Kosovo).
    static let known: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
        FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
        JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
        MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
        PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
        TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XJ XS XE XK
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Markets where Azure reservations are NOT sold: a copy of §6 of the API reference
    /// (`/work/shared/partner-center-api.md`), the same list as `ReservationMarkets.notSold` in ReservationsCore,
    /// which the sandbox cannot import. Here the catalog is the authority: these countries get no products.
    static let notSold: Set<String> = Set(
        """
        AD AG AI AQ AS AW AX BF BI BJ BL BQ BR BT BV CC CD CF CG CK CN CX DJ DM ER FK FM GA GD GF
        GG GI GL GM GN GP GQ GS GU GW GY HM HT IM IO JE KH KI KM LA LC LR LS MF MG MH ML MM MP MQ
        MR MS MV MW MZ NC NE NF NR NU PF PG PM PN PW RE RU SB SC SH SJ SL SM SO SR SS ST SX SZ TC
        TD TF TG TK TL TO TV UM VA VC VG VU WF WS XE XJ XK XS YE YT
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// The normalised (uppercase) code when `raw` is a known Partner Center country code.
    static func country(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let code = raw.trimmingCharacters(in: .whitespaces).uppercased()
        return known.contains(code) ? code : nil
    }

    /// Whether reservations are sold in `country` (an uppercase known code).
    static func sellsReservations(in country: String) -> Bool { !notSold.contains(country) }

    private static let euro: Set<String> = [
        "AT", "AX", "BE", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GF", "GP", "GR", "HR", "IE", "IT", "LT", "LU", "LV",
        "MC", "ME", "MQ", "MT", "NL", "PL", "PT", "RE", "SI", "SK", "SM", "VA", "XK", "YT", "AD", "BL", "MF", "PM",
        "HU", "RO", "BG",
    ]
    private static let others: [String: CurrencyInfo] = [
        "GB": CurrencyInfo(code: "GBP", symbol: "£"), "GI": CurrencyInfo(code: "GBP", symbol: "£"),
        "JE": CurrencyInfo(code: "GBP", symbol: "£"), "GG": CurrencyInfo(code: "GBP", symbol: "£"),
        "IM": CurrencyInfo(code: "GBP", symbol: "£"),
        "JP": CurrencyInfo(code: "JPY", symbol: "¥"), "CA": CurrencyInfo(code: "CAD", symbol: "$"),
        "AU": CurrencyInfo(code: "AUD", symbol: "$"), "NZ": CurrencyInfo(code: "NZD", symbol: "$"),
        "CH": CurrencyInfo(code: "CHF", symbol: "CHF"), "LI": CurrencyInfo(code: "CHF", symbol: "CHF"),
        "IN": CurrencyInfo(code: "INR", symbol: "₹"), "DK": CurrencyInfo(code: "DKK", symbol: "kr"),
        "GL": CurrencyInfo(code: "DKK", symbol: "kr"), "FO": CurrencyInfo(code: "DKK", symbol: "kr"),
        "SE": CurrencyInfo(code: "SEK", symbol: "kr"), "NO": CurrencyInfo(code: "NOK", symbol: "kr"),
        "KR": CurrencyInfo(code: "KRW", symbol: "₩"), "BR": CurrencyInfo(code: "BRL", symbol: "R$"),
        "TW": CurrencyInfo(code: "TWD", symbol: "NT$"), "CN": CurrencyInfo(code: "CNY", symbol: "¥"),
    ]

    /// The country's local billing currency; USD where Partner Center bills in dollars (US, AE, IL, SG, MX, ZA, …).
    static func currency(for country: String) -> CurrencyInfo {
        if euro.contains(country) { return CurrencyInfo(code: "EUR", symbol: "€") }
        return others[country] ?? CurrencyInfo(code: "USD", symbol: "$")
    }

    /// Units of `code` per US dollar, fixed so prices are deterministic.
    static func rate(for code: String) -> Double {
        switch code {
        case "EUR": 0.92
        case "GBP": 0.79
        case "JPY": 150
        case "CAD": 1.36
        case "AUD": 1.52
        case "NZD": 1.65
        case "CHF": 0.88
        case "INR": 83
        case "DKK": 6.9
        case "SEK": 10.5
        case "NOK": 10.7
        case "KRW": 1350
        case "BRL": 5.0
        case "TWD": 32
        case "CNY": 7.2
        default: 1
        }
    }

    /// Digits after the decimal point for prices in `code`.
    static func fractionDigits(for code: String) -> Int { ["JPY", "KRW"].contains(code) ? 0 : 2 }
}
