extension BuiltinTypes {
  static func installStrMethods() {
  }
}
