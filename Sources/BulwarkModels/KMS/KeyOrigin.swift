public import BulwarkIAM

/// Where a KMS key's material comes from (`Origin` in `kms describe-key`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct KeyOrigin: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `AWS_KMS`: KMS created the key material.
    public static let awsKMS = KeyOrigin(rawValue: "AWS_KMS")

    /// `EXTERNAL`: The key material was imported.
    public static let external = KeyOrigin(rawValue: "EXTERNAL")

    /// `AWS_CLOUDHSM`: A CloudHSM custom key store holds it.
    public static let awsCloudHSM = KeyOrigin(rawValue: "AWS_CLOUDHSM")

    /// `EXTERNAL_KEY_STORE`: An external key store holds it.
    public static let externalKeyStore = KeyOrigin(rawValue: "EXTERNAL_KEY_STORE")
}
