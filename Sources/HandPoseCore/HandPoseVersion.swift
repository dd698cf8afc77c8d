/// The software version printed by `handpose --version` and recorded in every output document.
public enum HandPoseVersion {
    public static let current = "0.1.0"
}
