/// How a profile signs in; spelled `app` or `user` in profiles.toml.
public enum ProfileAuthMode: String, CaseIterable, Sendable, Codable {
    /// App-only: the client-credentials grant with the profile's client secret.
    case app
    /// App+user: `pcres login` (device code) saves a refresh token, later runs redeem it.
    case user
}
