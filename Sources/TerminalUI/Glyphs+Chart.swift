// MARK: - Charts

extension Glyphs {
    /// A vertical bar `fraction` (0…1) of `height` cells tall, as the characters of each cell from the bottom up
    /// (blank cells are spaces). Any amount above zero shows at least the smallest partial, so it is not lost.
    public func column(fraction: Double, height: Int) -> [Character] {
        guard height > 0 else { return [] }
        guard fraction.isFinite, fraction > 0 else { return Array(repeating: " ", count: height) }
        let steps = columnPartials.count + 1
        let clamped = Swift.min(1, fraction)
        let totalSteps = Swift.max(1, Int((clamped * Double(height * steps)).rounded()))
        var cells = Array(repeating: barFull, count: totalSteps / steps)
        let remainder = totalSteps % steps
        if remainder > 0 { cells.append(columnPartials[remainder - 1]) }
        return cells + Array(repeating: " ", count: height - cells.count)
    }

    /// One cell of a sparkline: a space for zero, else a partial or full column, never empty for a positive value.
    public func level(fraction: Double) -> Character { column(fraction: fraction, height: 1)[0] }
}
