import NIOCore
import NIOHTTP1

/// Closes a connection after its response unless the client asked to keep it (issue 15, point 9).
///
/// Hummingbird closes only on a request saying exactly `Connection: close`; an HTTP/1.0 request
/// without keep-alive (closing by default) or `Connection: close, te` was held open for the idle
/// timeout. This handler, after NIO's request decoder (which still knows the version), writes
/// `Connection: close` into every request that does not keep the connection alive.
final class ConnectionCloseMarker: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data), !head.isKeepAlive else {
            context.fireChannelRead(data)
            return
        }
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    /// Hummingbird adds its extra handlers after its HTTP types codec; this one puts the marker
    /// before that codec, right after the decoder.
    final class Installer: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = NIOAny

        func handlerAdded(context: ChannelHandlerContext) {
            let pipeline = context.pipeline.syncOperations
            guard let decoder = try? pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self) else { return }
            try? pipeline.addHandler(ConnectionCloseMarker(), position: .after(decoder))
        }
    }
}
