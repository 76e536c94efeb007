import Foundation
import Hummingbird

/// An answer other than success, as the client sees it: a status and one sentence, in
/// Hummingbird's error body `{"error":{"message":...}}`, plus the offending field when a posted
/// record is at fault.
///
/// The message is written for the client. Underlying errors are logged, never sent.
public struct BriefingServerError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    /// The posted record's field at fault, as a path: `quotes[1].text`.
    public var field: String?
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers
    }

    public var description: String { "\(status.code) \(message)" + (field.map { " (\($0))" } ?? "") }

    private struct Body: Encodable {
        struct Detail: Encodable {
            var message: String
            var field: String?
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = (try? ServiceJSON.encoder.encode(Body(error: .init(message: message, field: field)))) ?? Data()
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// How the service writes JSON, for bodies and errors alike: keys sorted, slashes as they are.
enum ServiceJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
