/// A sum of money committed to the council's improvement plan.
public struct FundingLine: Codable, Sendable, Hashable {
    /// Whether the money is paid once or every year.
    public enum Recurrence: String, Codable, Sendable {
        case oneOff = "one-off"
        case recurring
    }

    public var label: String
    /// The amount in whole pounds.
    public var amount: Int
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
