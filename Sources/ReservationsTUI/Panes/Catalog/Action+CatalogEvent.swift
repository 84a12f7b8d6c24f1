import Foundation
import ReservationsCore
import CatalogFeature

extension Action {
    /// The action a catalog load's event becomes, for the load numbered `generation` (late events of an
    /// earlier load are recognised by it); `now` ages a cached catalog.
    public static func catalogEvent(_ event: CatalogLoader.Event, generation: Int, now: Date) -> Action {
        .catalog(CatalogAction.event(event, generation: generation, now: now))
    }
}
