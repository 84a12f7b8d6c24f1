import ArgumentParser
import ReservationsCore

// `--cloud global|usgov` and `--auth app|user` of `pcres profile add`.
extension ProfileCloud: ExpressibleByArgument {}
extension ProfileAuthMode: ExpressibleByArgument {}
