/// The version of Bulwark, in one place.
///
/// `bulwark --version`, the manifest that `bulwark collect` writes and every report name this value.
public enum BulwarkVersion {
    /// The release version, such as `0.1.0`.
    public static let current = "0.1.0"
}
