// Helpers for users' own test targets: evaluate IAM policies with Swift Testing.
@_exported public import Bulwark
public import Testing
