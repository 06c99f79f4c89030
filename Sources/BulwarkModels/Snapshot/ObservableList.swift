/// A list a snapshot holds: a plain array (one list call), or a ``DescribedList`` (one call per item).
///
/// ``Observed/items`` works on both, so one loop handles every list, and what could not be read.
public protocol ObservableList {
    /// The type of the resources in the list.
    associatedtype Item
    /// Every item: the resources read, and one `.unknown` per item that could not be read.
    var observedItems: [ObservedItem<Item>] { get }
}

extension Array: ObservableList {
    /// Every element, as a value.
    public var observedItems: [ObservedItem<Element>] { map(ObservedItem.value) }
}
