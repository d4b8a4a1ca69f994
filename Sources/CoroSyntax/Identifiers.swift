import Foundation

/// CPython stores non-ASCII identifiers in NFKC form (PEP 3131), so `ﬁ` and
/// `fi` are the same name.
func normalizeIdentifier(_ name: String) -> String {
  name.precomposedStringWithCompatibilityMapping
}
