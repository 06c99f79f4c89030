/// Why `bulwark collect` could not run at all (single failed calls never end a run; they become
/// `.error.json` records).
enum CollectError: Error, Equatable, CustomStringConvertible {
    /// No `aws` executable on `PATH`.
    case missingCLI
    /// The output folder cannot hold a snapshot.
    case outputNotUsable(String, reason: String)
    /// `sts get-caller-identity` failed, so there is no account to collect.
    case identityFailed(CallFailure)
    /// `ec2 describe-regions` failed and no `--regions` were given.
    case regionsFailed(CallFailure)

    /// A sentence saying what went wrong and what to do.
    var description: String {
        switch self {
        case .missingCLI:
            """
            the AWS CLI ('aws') was not found on PATH. Install AWS CLI v2 (see "Installing the AWS CLI" in the \
            AWS CLI user guide) or v1 ('python3 -m pip install awscli'), check that 'aws --version' works, \
            then run bulwark collect again.
            """
        case .outputNotUsable(let path, let reason):
            "cannot write the snapshot to '\(path)': \(reason)."
        case .identityFailed(let failure):
            """
            could not identify the account ('aws sts get-caller-identity' failed with \(failure.code): \
            \(failure.message)). Check your credentials ('aws sts get-caller-identity'), --profile and --endpoint-url.
            """
        case .regionsFailed(let failure):
            """
            could not list the enabled regions ('aws ec2 describe-regions' failed with \(failure.code): \
            \(failure.message)). Pass the regions to collect with --regions us-east-1,eu-west-1.
            """
        }
    }
}
