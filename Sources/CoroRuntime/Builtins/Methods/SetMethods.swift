extension BuiltinTypes {
  static func installSetMethods() {
  }
}
