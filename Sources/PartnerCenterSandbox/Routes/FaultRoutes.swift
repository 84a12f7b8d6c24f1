import Foundation
import Hummingbird

/// `/sandbox/faults`: add (`POST {"rules":[…]}`), list (`GET`) and clear (`DELETE`) injected faults.
struct FaultRoutes {
    let faults: FaultInjector

    struct RuleSet: Codable {
        var rules: [FaultRule]
        var injected: Int?
    }

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/sandbox/faults") { _, _ in
            try JSONResponse.make(RuleSet(rules: await faults.activeRules, injected: await faults.injectedCount))
        }
        router.post("/sandbox/faults") { request, _ in
            let body = try await request.body.collect(upTo: 64 * 1024)
            guard let set = try? JSONDecoder().decode(RuleSet.self, from: Data(buffer: body)) else {
                throw SandboxError.badRequest(
                    #"Send {"rules":[{"kind":"throttle|serverError|slow|drop|dropAfterCommit|malformedBody","method":"POST","pathContains":"/checkout","count":1}]}."#)
            }
            await faults.add(set.rules)
            return try JSONResponse.make(RuleSet(rules: await faults.activeRules, injected: await faults.injectedCount), status: .created)
        }
        router.delete("/sandbox/faults") { _, _ in
            await faults.removeAll()
            return Response(status: .noContent)
        }
    }
}
