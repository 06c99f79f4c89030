/// One item of an observed list: a resource the snapshot holds, or why an item (or the whole list)
/// could not be read.
///
/// ``Observed/items`` yields these, so iterating a list makes the caller handle what could not be
/// read: an unreadable list is one `.unknown` item, never an empty list.
public enum ObservedItem<Element> {
    /// A resource the snapshot holds.
    case value(Element)
    /// The list, or one item of it, could not be read.
    case unknown(Unreadable)
}

extension ObservedItem {
    /// The resource, or `nil` when it could not be read.
    public var valueIfPresent: Element? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Why the item could not be read, or `nil` when it was.
    public var unreadable: Unreadable? {
        if case .unknown(let reason) = self { return reason }
        return nil
    }
}

extension ObservedItem: Sendable where Element: Sendable {}
extension ObservedItem: Equatable where Element: Equatable {}
extension ObservedItem: Hashable where Element: Hashable {}
