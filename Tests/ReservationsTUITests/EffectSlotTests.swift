import Testing
@testable import ReservationsTUI
@testable import ScreenKit

/// Task slots are each feature's own enum; these pin that two features' slots never replace each other.
@Suite struct EffectSlotTests {
    enum FirstFeatureSlot: TaskSlot { case load, names(String) }
    enum SecondFeatureSlot: TaskSlot { case load }

    @Test("a feature's slot equals itself only: the same type and value")
    func identity() {
        #expect(EffectSlot(FirstFeatureSlot.load) == EffectSlot(FirstFeatureSlot.load))
        #expect(EffectSlot(FirstFeatureSlot.load) != EffectSlot(SecondFeatureSlot.load))
        #expect(EffectSlot(FirstFeatureSlot.names("a")) != EffectSlot(FirstFeatureSlot.names("b")))
        #expect(EffectSlot(FirstFeatureSlot.names("a")).hashValue == EffectSlot(FirstFeatureSlot.names("a")).hashValue)
        #expect(EffectSlot.checkout(1).survivesCancelAll)
        #expect(!EffectSlot(FirstFeatureSlot.load).survivesCancelAll)
    }

    @Test("a task replaces the one in its slot, not another feature's slot of the same name; cancelAll stops both")
    func replacement() {
        let tasks = EffectTasks(mailbox: Mailbox())
        tasks.replace(FirstFeatureSlot.load) { try? await Task.sleep(for: .seconds(30)) }
        tasks.replace(SecondFeatureSlot.load) { try? await Task.sleep(for: .seconds(30)) }
        #expect(tasks.runningCount == 2)
        tasks.replace(FirstFeatureSlot.load) { try? await Task.sleep(for: .seconds(30)) }
        #expect(tasks.runningCount == 2)
        tasks.cancel(SecondFeatureSlot.load)
        #expect(tasks.runningCount == 1)
        tasks.cancelAll()
        #expect(tasks.runningCount == 0)
    }
}
