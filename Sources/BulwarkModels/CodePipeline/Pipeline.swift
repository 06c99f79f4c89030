public import BulwarkIAM

/// A CodePipeline pipeline (`codepipeline get-pipeline`).
public struct Pipeline: Sendable, Hashable {
    /// The pipeline's name.
    public var name: String
    /// The role the pipeline uses.
    public var roleARN: ARN?
    /// The artifact store (single-region pipelines).
    public var artifactStore: ArtifactStore?
    /// Artifact stores per region (cross-region pipelines).
    public var artifactStores: [String: ArtifactStore]
    /// The stages.
    public var stages: [PipelineStage]

    /// Creates a `Pipeline` from its parts.
    public init(
        name: String,
        roleARN: ARN? = nil,
        artifactStore: ArtifactStore? = nil,
        artifactStores: [String: ArtifactStore] = [:],
        stages: [PipelineStage] = []
    ) {
        self.name = name
        self.roleARN = roleARN
        self.artifactStore = artifactStore
        self.artifactStores = artifactStores
        self.stages = stages
    }
}

extension Pipeline: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case roleARN = "roleArn"
        case artifactStore = "artifactStore"
        case artifactStores = "artifactStores"
        case stages = "stages"
    }

    /// Decodes a `Pipeline` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        roleARN = try container.decodeARNIfPresent(forKey: .roleARN)
        artifactStore = try container.decodeIfPresent(ArtifactStore.self, forKey: .artifactStore)
        artifactStores = try container.decodeIfPresent([String: ArtifactStore].self, forKey: .artifactStores) ?? [:]
        stages = try container.decodeIfPresent([PipelineStage].self, forKey: .stages) ?? []
    }
}

/// A pipeline's artifact store.
public struct ArtifactStore: Sendable, Hashable {
    /// `S3`.
    public var type: String
    /// The bucket.
    public var location: String
    /// The customer managed key, if any.
    public var encryptionKey: PipelineEncryptionKey?

    /// Creates an `ArtifactStore` from its parts.
    public init(
        type: String,
        location: String,
        encryptionKey: PipelineEncryptionKey? = nil
    ) {
        self.type = type
        self.location = location
        self.encryptionKey = encryptionKey
    }
}

extension ArtifactStore: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case location = "location"
        case encryptionKey = "encryptionKey"
    }

    /// Decodes an `ArtifactStore` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        location = try container.decode(String.self, forKey: .location)
        encryptionKey = try container.decodeIfPresent(PipelineEncryptionKey.self, forKey: .encryptionKey)
    }
}

/// The key encrypting a pipeline's artifacts.
public struct PipelineEncryptionKey: Sendable, Hashable {
    /// The key id or ARN.
    public var id: String
    /// `KMS`.
    public var type: String

    /// Creates a `PipelineEncryptionKey` from its parts.
    public init(id: String, type: String) {
        self.id = id
        self.type = type
    }
}

extension PipelineEncryptionKey: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case type = "type"
    }

    /// Decodes a `PipelineEncryptionKey` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(String.self, forKey: .type)
    }
}

/// A pipeline stage.
public struct PipelineStage: Sendable, Hashable {
    /// The stage's name.
    public var name: String
    /// The actions.
    public var actions: [PipelineAction]

    /// Creates a `PipelineStage` from its parts.
    public init(name: String, actions: [PipelineAction] = []) {
        self.name = name
        self.actions = actions
    }
}

extension PipelineStage: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case actions = "actions"
    }

    /// Decodes a `PipelineStage` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        actions = try container.decodeIfPresent([PipelineAction].self, forKey: .actions) ?? []
    }
}

/// One action of a pipeline stage.
public struct PipelineAction: Sendable, Hashable {
    /// The action's name.
    public var name: String
    /// What kind of action.
    public var actionTypeID: PipelineActionType?
    /// The action's configuration.
    public var configuration: [String: String]

    /// Creates a `PipelineAction` from its parts.
    public init(
        name: String,
        actionTypeID: PipelineActionType? = nil,
        configuration: [String: String] = [:]
    ) {
        self.name = name
        self.actionTypeID = actionTypeID
        self.configuration = configuration
    }
}

extension PipelineAction: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case actionTypeID = "actionTypeId"
        case configuration = "configuration"
    }

    /// Decodes a `PipelineAction` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        actionTypeID = try container.decodeIfPresent(PipelineActionType.self, forKey: .actionTypeID)
        configuration = try container.decodeIfPresent([String: String].self, forKey: .configuration) ?? [:]
    }
}

/// The kind of a pipeline action.
public struct PipelineActionType: Sendable, Hashable {
    /// `Source`, `Build`, `Deploy`, and others.
    public var category: String
    /// `AWS`, `ThirdParty` or `Custom`.
    public var owner: String
    /// `CodeCommit`, `GitHub`, `CodeBuild`, and others.
    public var provider: String

    /// Creates a `PipelineActionType` from its parts.
    public init(
        category: String,
        owner: String,
        provider: String
    ) {
        self.category = category
        self.owner = owner
        self.provider = provider
    }
}

extension PipelineActionType: Decodable {
    private enum CodingKeys: String, CodingKey {
        case category = "category"
        case owner = "owner"
        case provider = "provider"
    }

    /// Decodes a `PipelineActionType` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        category = try container.decode(String.self, forKey: .category)
        owner = try container.decode(String.self, forKey: .owner)
        provider = try container.decode(String.self, forKey: .provider)
    }
}
