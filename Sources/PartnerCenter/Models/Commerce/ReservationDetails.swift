/// The answer behind a reserved-instance artifact link: `{ type, reservations }`. The doc's example names
/// the array `virtualMachineReservations` (the legacy shape); both names are read.
public struct ReservationDetails: Codable, Hashable, Sendable {
    public var type: String?
    public var reservations: [Reservation]

    public init(type: String?, reservations: [Reservation]) {
        self.type = type
        self.reservations = reservations
    }

    private enum CodingKeys: String, CodingKey { case type, reservations, virtualMachineReservations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        reservations =
            try container.decodeIfPresent([Reservation].self, forKey: .reservations)
            ?? container.decodeIfPresent([Reservation].self, forKey: .virtualMachineReservations) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encode(reservations, forKey: .reservations)
    }
}
