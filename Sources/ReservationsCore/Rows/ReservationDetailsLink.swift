import PartnerCenter

/// Where one entitlement's reservation details are read from (its artifact link), kept whole for the request and
/// compared to tell whose details arrived.
public struct ReservationDetailsLink: Equatable, Sendable {
    let artifact: Artifact

    public init(_ artifact: Artifact) { self.artifact = artifact }
}
