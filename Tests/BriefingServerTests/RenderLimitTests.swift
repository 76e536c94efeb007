import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The bounded render threads: a full queue and a time limit both answer 503 with Retry-After.
@Suite struct RenderLimitTests {
    @Test func fullQueueAnswers503WithRetryAfter() async throws {
        let app = ServerFixture.app {
            $0.renderThreads = 1
            $0.queueLimit = 0
        }
        try await app.test(.router) { client in
            let body = ServerFixture.body(ServerFixture.wakefieldJSON)
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for _ in 0..<24 {
                    group.addTask {
                        let r = try await client.execute(
                            uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
                        return (r.status, r.headers[.retryAfter])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.contains { $0.0 == .ok })
            let refused = statuses.filter { $0.0 == .serviceUnavailable }
            #expect(!refused.isEmpty)
            #expect(refused.allSatisfy { $0.1 == "1" })
            #expect(statuses.allSatisfy { [.ok, .serviceUnavailable].contains($0.0) })
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains(#"brief_renders_refused_total{reason="busy"} \#(refused.count)"#))
        }
    }

    /// Many requests for a page not yet in memory share one render: with one render thread and
    /// no queue, each would otherwise have needed a thread of its own, and got 503.
    @Test func requestsForAPageBeingRenderedWaitForThatRender() async throws {
        let app = ServerFixture.app {
            $0.renderThreads = 1
            $0.queueLimit = 0
        }
        try await app.test(.router) { client in
            let responses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        let r = try await client.execute(uri: "/councils/sandwell/briefing.pdf", method: .get)
                        return (r.status, r.headers[.eTag])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.allSatisfy { $0.0 == .ok })
            #expect(Set(responses.map(\.1)).count == 1)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains("brief_renders_total 1\n"))
            #expect(!metrics.text.contains("brief_renders_refused_total"))
        }
    }

    @Test func timeLimitAnswers503() async throws {
        let app = ServerFixture.app { $0.renderTimeLimit = .microseconds(1) }
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            #expect(r.status == .serviceUnavailable)
            #expect(r.headers[.retryAfter] == "1")
            #expect(r.error?.message.contains("time limit") == true)
            // The service still answers.
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
        }
    }
}
