extension BuiltinTypes {
  static func installTupleMethods() {
  }
}
