extension BuiltinTypes {
  static func installNumberMethods() {
  }
}
