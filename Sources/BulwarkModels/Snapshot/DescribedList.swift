/// A list whose items were each read by a call of their own (one `describe-…` or `get-…` per item,
/// after a `list-…` call): the items that were read, and the reasons for those that could not be.
///
/// An item whose call failed is never silently left out: it is in ``unreadable``, whose
/// ``Unreadable/call`` names the item (``SnapshotCall/resourceID``). ``Observed/items`` yields both.
/// An item AWS says no longer exists (deleted between the two calls) is a fact and is left out.
public struct DescribedList<Element: Sendable>: Sendable {
    /// The items whose call was read, in list order.
    public var values: [Element]
    /// Why the other items could not be read, one per item, in list order.
    public var unreadable: [Unreadable]

    /// Creates a list from the items read and the reasons for those that could not be.
    public init(values: [Element] = [], unreadable: [Unreadable] = []) {
        self.values = values
        self.unreadable = unreadable
    }

    /// Whether every item was read.
    public var isComplete: Bool { unreadable.isEmpty }
}

extension DescribedList {
    /// Gathers one observation per listed item: values are kept, unknowns become ``unreadable``,
    /// and items AWS says do not exist are left out.
    init(_ observations: [Observed<Element>]) {
        self.init()
        for observation in observations {
            switch observation {
            case .value(let value): values.append(value)
            case .notConfigured: continue
            case .unknown(let reason): unreadable.append(reason)
            }
        }
    }

    /// Gathers per-item calls that each answer with a list (`ecs describe-clusters <arn>`).
    init(flattening observations: [Observed<[Element]>]) {
        self.init()
        for observation in observations {
            switch observation {
            case .value(let list): values.append(contentsOf: list)
            case .notConfigured: continue
            case .unknown(let reason): unreadable.append(reason)
            }
        }
    }
}

extension DescribedList: Equatable where Element: Equatable {}
extension DescribedList: Hashable where Element: Hashable {}

extension DescribedList: ObservableList {
    /// The items read, then one `.unknown` per item that could not be read.
    public var observedItems: [ObservedItem<Element>] {
        values.map(ObservedItem.value) + unreadable.map(ObservedItem.unknown)
    }
}
