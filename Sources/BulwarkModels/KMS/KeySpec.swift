public import BulwarkIAM

/// The type of a KMS key (`KeySpec` in `kms describe-key`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct KeySpec: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `SYMMETRIC_DEFAULT`: A symmetric AES-256-GCM encryption key.
    public static let symmetricDefault = KeySpec(rawValue: "SYMMETRIC_DEFAULT")

    /// `RSA_2048`: An RSA key pair with a 2048-bit modulus.
    public static let rsa2048 = KeySpec(rawValue: "RSA_2048")

    /// `ECC_NIST_P256`: An elliptic-curve key pair on NIST P-256.
    public static let eccNISTP256 = KeySpec(rawValue: "ECC_NIST_P256")

    /// `HMAC_256`: An HMAC key with a 256-bit length.
    public static let hmac256 = KeySpec(rawValue: "HMAC_256")
}
