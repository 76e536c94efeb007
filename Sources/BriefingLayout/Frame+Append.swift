extension Frame {
    /// Adds `other`'s items and regions after this frame's, as one page: a footer laid out on
    /// its own, at the foot of the page.
    public mutating func append(_ other: Frame) {
        items += other.items
        regions += other.regions
    }
}
