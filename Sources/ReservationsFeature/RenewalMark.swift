/// The first column's text of a reservation marked for renewal (`ReservationRow.renewalKey` tells marks apart).
public enum RenewalMark {
    /// The first column's text, `+ ` in front when marked.
    public static func text(_ name: String, isMarked: Bool) -> String { isMarked ? "+ \(name)" : name }
}
