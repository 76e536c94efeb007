extension Array where Element: Collection {
    /// The first of each list, then the second of each, and so on: every list is heard before
    /// any is heard twice.
    public var roundRobin: [Element.Element] {
        var out: [Element.Element] = []
        var iterators = map { $0.makeIterator() }
        var more = true
        while more {
            more = false
            for i in iterators.indices {
                if let next = iterators[i].next() {
                    out.append(next)
                    more = true
                }
            }
        }
        return out
    }
}
