/// A sum of money committed to the council's improvement plan.
public struct FundingLine: Codable, Sendable, Hashable {
    /// Whether the money is paid once or every year, or the source does not say.
    public enum Recurrence: String, Codable, Sendable, CaseIterable {
        case oneOff = "one-off"
        case recurring
        case notStated = "not stated"
    }

    public var label: String
    /// The amount in whole pounds.
    public var amount: Int

    /// The largest amount a record may give: £10bn, far above any council's children's services
    /// budget, and small enough that no number of lines can overflow a total (``total(_:)``).
    public static let largest = 10_000_000_000

    /// The sum of `amounts`, saturating rather than trapping: a record that got past validation
    /// with absurd sums still renders.
    public static func total(_ amounts: [Int]) -> Int {
        amounts.reduce(0) { sum, a in
            let (s, overflow) = sum.addingReportingOverflow(a)
            return overflow ? (a > 0 ? Int.max : Int.min) : s
        }
    }
    public var recurrence: Recurrence
    public var date: FactDate?
    public var source: String

    public init(label: String, amount: Int, recurrence: Recurrence, date: FactDate?, source: String) {
        self.label = label
        self.amount = amount
        self.recurrence = recurrence
        self.date = date
        self.source = source
    }
}
