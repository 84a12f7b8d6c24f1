import Hummingbird
import NIOCore

/// The sandbox's request context: the basic one plus the connection, so a fault can close it.
public struct SandboxRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
