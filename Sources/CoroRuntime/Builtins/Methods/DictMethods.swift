extension BuiltinTypes {
  static func installDictMethods() {
  }
}
