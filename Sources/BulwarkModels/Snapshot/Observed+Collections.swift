extension Observed where Value: ObservableList {
    /// Every item of the list, with what could not be read: the way to iterate a list.
    ///
    /// A list that could not be read is one `.unknown` item (never an empty list); a list AWS says
    /// is not configured has no items; a ``DescribedList`` yields its values, then one `.unknown`
    /// per item whose own call could not be read.
    ///
    /// ```swift
    /// for item in snapshot.iam.users.items {
    ///     switch item {
    ///     case .value(let user): print(user.userName)
    ///     case .unknown(let reason): print("cannot tell: \(reason)")
    ///     }
    /// }
    /// ```
    public var items: [ObservedItem<Value.Item>] {
        switch self {
        case .value(let list): return list.observedItems
        case .notConfigured: return []
        case .unknown(let reason): return [.unknown(reason)]
        }
    }

    /// The resources read, or `nil` when the list or any of its items could not be read.
    ///
    /// Use this where one unknown item makes the whole answer unknown ("every task definition is
    /// unprivileged"); use ``items`` to report each item.
    public var completeValues: [Value.Item]? {
        var values: [Value.Item] = []
        for item in items {
            switch item {
            case .value(let value): values.append(value)
            case .unknown: return nil
            }
        }
        return values
    }
}

extension Observed where Value: ObservableList, Value.Item: Sendable {
    /// The first resource that satisfies `predicate`; `.notConfigured` when the list is known and
    /// holds none; `.unknown` when it holds none but the list, or an item of it, could not be read.
    ///
    /// Lookups such as ``IAMResources/user(named:)`` use this, so "absent" and "cannot tell" stay
    /// apart.
    public func first(where predicate: (Value.Item) throws -> Bool) rethrows -> Observed<Value.Item> {
        var reason: Unreadable?
        for item in items {
            switch item {
            case .value(let value): if try predicate(value) { return .value(value) }
            case .unknown(let unreadable): reason = reason ?? unreadable
            }
        }
        return reason.map(Observed<Value.Item>.unknown) ?? .notConfigured
    }

    /// The resources that satisfy `predicate`, as an observation: `.unknown` when the list, or an
    /// item of it, could not be read (a missing item might have matched).
    public func filter(_ predicate: (Value.Item) throws -> Bool) rethrows -> Observed<[Value.Item]> {
        var values: [Value.Item] = []
        for item in items {
            switch item {
            case .value(let value): if try predicate(value) { values.append(value) }
            case .unknown(let reason): return .unknown(reason)
            }
        }
        return isNotConfigured ? .notConfigured : .value(values)
    }
}
