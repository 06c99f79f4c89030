public import BulwarkIAM

/// A SageMaker notebook instance (`sagemaker describe-notebook-instance`).
public struct NotebookInstance: Sendable, Hashable {
    /// The instance's name.
    public var notebookInstanceName: String
    /// The instance's ARN.
    public var notebookInstanceARN: ARN?
    /// `Enabled` or `Disabled`.
    public var directInternetAccess: NotebookSetting?
    /// `Enabled` or `Disabled`.
    public var rootAccess: NotebookSetting?
    /// The subnet, when in a VPC.
    public var subnetID: String?
    /// The KMS key encrypting the storage volume.
    public var kmsKeyID: String?
    /// The execution role.
    public var roleARN: ARN?

    /// Creates a `NotebookInstance` from its parts.
    public init(
        notebookInstanceName: String,
        notebookInstanceARN: ARN? = nil,
        directInternetAccess: NotebookSetting? = nil,
        rootAccess: NotebookSetting? = nil,
        subnetID: String? = nil,
        kmsKeyID: String? = nil,
        roleARN: ARN? = nil
    ) {
        self.notebookInstanceName = notebookInstanceName
        self.notebookInstanceARN = notebookInstanceARN
        self.directInternetAccess = directInternetAccess
        self.rootAccess = rootAccess
        self.subnetID = subnetID
        self.kmsKeyID = kmsKeyID
        self.roleARN = roleARN
    }
}

extension NotebookInstance: Decodable {
    private enum CodingKeys: String, CodingKey {
        case notebookInstanceName = "NotebookInstanceName"
        case notebookInstanceARN = "NotebookInstanceArn"
        case directInternetAccess = "DirectInternetAccess"
        case rootAccess = "RootAccess"
        case subnetID = "SubnetId"
        case kmsKeyID = "KmsKeyId"
        case roleARN = "RoleArn"
    }

    /// Decodes a `NotebookInstance` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        notebookInstanceName = try container.decode(String.self, forKey: .notebookInstanceName)
        notebookInstanceARN = try container.decodeARNIfPresent(forKey: .notebookInstanceARN)
        directInternetAccess = try container.decodeIfPresent(NotebookSetting.self, forKey: .directInternetAccess)
        rootAccess = try container.decodeIfPresent(NotebookSetting.self, forKey: .rootAccess)
        subnetID = try container.decodeIfPresent(String.self, forKey: .subnetID)
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        roleARN = try container.decodeARNIfPresent(forKey: .roleARN)
    }
}

/// A SageMaker notebook instance setting that is on or off.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct NotebookSetting: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : On.
    public static let enabled = NotebookSetting(rawValue: "Enabled")

    /// : Off.
    public static let disabled = NotebookSetting(rawValue: "Disabled")
}
