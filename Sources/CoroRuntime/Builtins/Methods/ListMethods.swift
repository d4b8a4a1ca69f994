extension BuiltinTypes {
  static func installListMethods() {
  }
}
