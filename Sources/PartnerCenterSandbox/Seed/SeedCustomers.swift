/// The hand-picked customers every sandbox starts with: many countries, some in markets where
/// reservations are not sold, some with names that test display width and escaping.
enum SeedCustomers {
    struct Entry {
        let name: String
        let domainStem: String
        let country: String
        let city: String
        let culture: String
    }

    static let entries: [Entry] = [
        Entry(name: "Contoso Ltd", domainStem: "contoso", country: "US", city: "Redmond", culture: "en-US"),
        Entry(name: "Contoso Pharmaceuticals", domainStem: "contosopharma", country: "US", city: "Boston", culture: "en-US"),
        Entry(name: "Fabrikam Inc", domainStem: "fabrikam", country: "US", city: "Seattle", culture: "en-US"),
        Entry(name: "Northwind Traders", domainStem: "northwind", country: "GB", city: "London", culture: "en-GB"),
        Entry(name: "Adventure Works Cycles", domainStem: "adventureworks", country: "CA", city: "Toronto", culture: "en-CA"),
        Entry(name: "Tailspin Toys", domainStem: "tailspin", country: "AU", city: "Sydney", culture: "en-AU"),
        Entry(name: "Wide World Importers", domainStem: "wideworld", country: "NZ", city: "Auckland", culture: "en-NZ"),
        Entry(name: "Müller Maschinenbau GmbH", domainStem: "mueller-mb", country: "DE", city: "Stuttgart", culture: "de-DE"),
        Entry(name: "Bäckerei Schäfer & Söhne", domainStem: "baeckerei-schaefer", country: "DE", city: "Köln", culture: "de-DE"),
        Entry(name: "Société Générale de Café", domainStem: "sgcafe", country: "FR", city: "Lyon", culture: "fr-FR"),
        Entry(name: "Ålandeilanden — Réunion", domainStem: "alandeilanden", country: "RE", city: "Saint-Denis", culture: "fr-FR"),
        Entry(name: "Ålands Sjöfart Ab", domainStem: "alandssjofart", country: "AX", city: "Mariehamn", culture: "sv-SE"),
        Entry(name: "株式会社テスト", domainStem: "test-kk", country: "JP", city: "東京", culture: "ja-JP"),
        Entry(name: "Sakura Robotics 株式会社", domainStem: "sakura-robotics", country: "JP", city: "Osaka", culture: "ja-JP"),
        Entry(name: "北京测试有限公司", domainStem: "beijing-test", country: "CN", city: "北京", culture: "zh-CN"),
        Entry(name: "São Paulo Distribuição Ltda", domainStem: "sp-distribuicao", country: "BR", city: "São Paulo", culture: "pt-BR"),
        Entry(name: "ООО Ромашка", domainStem: "romashka", country: "RU", city: "Москва", culture: "ru-RU"),
        Entry(name: "Ελληνικά Τρόφιμα ΑΕ", domainStem: "hellenic-foods", country: "GR", city: "Αθήνα", culture: "el-GR"),
        Entry(name: "Łódź Logistyka Sp. z o.o.", domainStem: "lodz-logistyka", country: "PL", city: "Łódź", culture: "pl-PL"),
        Entry(name: "Nordisk Energi A/S", domainStem: "nordisk-energi", country: "DK", city: "Aarhus", culture: "da-DK"),
        Entry(name: "Göteborgs Hamn AB", domainStem: "goteborgshamn", country: "SE", city: "Göteborg", culture: "sv-SE"),
        Entry(name: "Fjord Fiskeri AS", domainStem: "fjordfiskeri", country: "NO", city: "Bergen", culture: "nb-NO"),
        Entry(name: "Helsingin Ohjelmistot Oy", domainStem: "helsinginohjelmistot", country: "FI", city: "Helsinki", culture: "fi-FI"),
        Entry(name: "Van der Berg Bouw B.V.", domainStem: "vdberg-bouw", country: "NL", city: "Utrecht", culture: "nl-NL"),
        Entry(name: "Cervecería del Sur S.A.", domainStem: "cerveceriasur", country: "ES", city: "Sevilla", culture: "es-ES"),
        Entry(name: "Trattoria Informatica S.r.l.", domainStem: "trattoria-it", country: "IT", city: "Milano", culture: "it-IT"),
        Entry(name: "Alpenblick Hotels AG", domainStem: "alpenblick", country: "CH", city: "Zürich", culture: "de-CH"),
        Entry(name: "Mumbai Textiles Pvt Ltd", domainStem: "mumbai-textiles", country: "IN", city: "Mumbai", culture: "en-IN"),
        Entry(name: "Singapore Harbour Pte Ltd", domainStem: "sg-harbour", country: "SG", city: "Singapore", culture: "en-SG"),
        Entry(name: "서울 데이터 주식회사", domainStem: "seoul-data", country: "KR", city: "서울", culture: "ko-KR"),
        Entry(name: "Ciudad de México Software SA de CV", domainStem: "cdmx-software", country: "MX", city: "Ciudad de México", culture: "es-MX"),
        Entry(name: "Cape Town Vineyards (Pty) Ltd", domainStem: "ct-vineyards", country: "ZA", city: "Cape Town", culture: "en-ZA"),
        Entry(name: "Dubai Logistics FZE", domainStem: "dubai-logistics", country: "AE", city: "Dubai", culture: "ar-AE"),
        Entry(name: "Gibraltar Shipping Ltd", domainStem: "gib-shipping", country: "GI", city: "Gibraltar", culture: "en-GB"),
        Entry(name: "Jersey Trust Services", domainStem: "jersey-trust", country: "JE", city: "St Helier", culture: "en-GB"),
        Entry(name: "Greenland Fisheries ApS", domainStem: "greenland-fish", country: "GL", city: "Nuuk", culture: "da-DK"),
        Entry(name: "Martinique Rhum SARL", domainStem: "martinique-rhum", country: "MQ", city: "Fort-de-France", culture: "fr-FR"),
        Entry(name: "Kosovo Telekom Partners", domainStem: "kosovo-tp", country: "XK", city: "Prishtina", culture: "sq-AL"),
        Entry(name: "Dublin Analytics Ltd", domainStem: "dublin-analytics", country: "IE", city: "Dublin", culture: "en-IE"),
        Entry(name: "Wien Kaffeehaus GmbH", domainStem: "wien-kaffee", country: "AT", city: "Wien", culture: "de-AT"),
        Entry(name: "Bruxelles Chocolatiers SA", domainStem: "bxl-choc", country: "BE", city: "Bruxelles", culture: "fr-BE"),
        Entry(name: "Lisboa Azulejos Lda", domainStem: "lisboa-azulejos", country: "PT", city: "Lisboa", culture: "pt-PT"),
        Entry(name: "Praha Pivovar s.r.o.", domainStem: "praha-pivovar", country: "CZ", city: "Praha", culture: "cs-CZ"),
        Entry(name: "Tel Aviv Cyber Ltd", domainStem: "tlv-cyber", country: "IL", city: "Tel Aviv", culture: "he-IL"),
        Entry(name: "Contoso Japan 合同会社", domainStem: "contoso-jp", country: "JP", city: "Yokohama", culture: "ja-JP"),
        Entry(name: "Fourth Coffee", domainStem: "fourthcoffee", country: "US", city: "Portland", culture: "en-US"),
        Entry(name: "Litware Inc", domainStem: "litware", country: "US", city: "Austin", culture: "en-US"),
        Entry(name: "Proseware Inc", domainStem: "proseware", country: "GB", city: "Manchester", culture: "en-GB"),
    ]

    /// Word lists for generated customers beyond the hand-picked ones (scale settings).
    static let generatedPrefixes = [
        "Alpine", "Blue", "Cedar", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Kestrel",
        "Lumen", "Maple", "Nimbus", "Orion", "Pioneer", "Quartz", "Redwood", "Summit", "Tundra", "Umbra", "Vertex",
        "Willow", "Xenon", "Yukon", "Zephyr",
    ]
    static let generatedSuffixes = [
        "Analytics", "Bakery", "Consulting", "Dynamics", "Engineering", "Foods", "Group", "Holdings", "Industries",
        "Labs", "Logistics", "Media", "Networks", "Partners", "Retail", "Systems", "Textiles", "Ventures",
    ]
    static let generatedCountries = [
        ("US", "en-US"), ("GB", "en-GB"), ("DE", "de-DE"), ("FR", "fr-FR"), ("JP", "ja-JP"), ("CA", "en-CA"),
        ("AU", "en-AU"), ("NL", "nl-NL"), ("IN", "en-IN"), ("BR", "pt-BR"), ("ES", "es-ES"), ("IT", "it-IT"),
    ]
}
