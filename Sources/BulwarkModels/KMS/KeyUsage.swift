public import BulwarkIAM

/// What a KMS key may be used for (`KeyUsage` in `kms describe-key`).
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct KeyUsage: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ENCRYPT_DECRYPT`: Encryption and decryption.
    public static let encryptDecrypt = KeyUsage(rawValue: "ENCRYPT_DECRYPT")

    /// `SIGN_VERIFY`: Signing and verification.
    public static let signVerify = KeyUsage(rawValue: "SIGN_VERIFY")

    /// `GENERATE_VERIFY_MAC`: Generating and verifying HMACs.
    public static let generateVerifyMAC = KeyUsage(rawValue: "GENERATE_VERIFY_MAC")

    /// `KEY_AGREEMENT`: Deriving shared secrets.
    public static let keyAgreement = KeyUsage(rawValue: "KEY_AGREEMENT")
}
