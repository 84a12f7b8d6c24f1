import Testing
import TerminalUI

struct GeometryTests {
    @Test("inset shrinks every side and never goes negative")
    func inset() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(rect.inset(by: 3).size == Size(width: 4, height: 0))
        #expect(rect.inset(by: 9).isEmpty)
        #expect(rect.maxX == 12 && rect.maxY == 7)
    }

    @Test("vertical split gives the left width and the rest, clamped")
    func splitVertically() {
        let rect = Rect(x: 1, y: 1, width: 20, height: 5)
        let (left, right) = rect.splitVertically(leftWidth: 8)
        #expect(left == Rect(x: 1, y: 1, width: 8, height: 5))
        #expect(right == Rect(x: 9, y: 1, width: 12, height: 5))
        let (all, none) = rect.splitVertically(leftWidth: 50)
        #expect(all.width == 20 && none.width == 0 && none.x == 21)
    }

    @Test("horizontal split gives the top height and the rest, clamped")
    func splitHorizontally() {
        let (top, bottom) = Rect(size: Size(width: 80, height: 24)).splitHorizontally(topHeight: 22)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 22))
        #expect(bottom == Rect(x: 0, y: 22, width: 80, height: 2))
        #expect(Rect(size: Size(width: 5, height: 3)).splitHorizontally(topHeight: -4).0.height == 0)
    }

    @Test("centred rectangles are clamped and centred, odd leftovers go right and down")
    func centered() {
        let frame = Rect(x: 0, y: 0, width: 81, height: 25)
        #expect(frame.centered(Size(width: 40, height: 10)) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(frame.centered(Size(width: 200, height: 3)) == Rect(x: 0, y: 11, width: 81, height: 3))
    }

    @Test("intersection of overlapping and disjoint rectangles")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)) == Rect(x: 5, y: 8, width: 5, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
    }

    @Test("negative sizes are clamped to zero")
    func negativeSize() {
        #expect(Size(width: -3, height: 2) == Size(width: 0, height: 2))
        #expect(Rect(x: 0, y: 0, width: 4, height: -1).isEmpty)
    }
}
