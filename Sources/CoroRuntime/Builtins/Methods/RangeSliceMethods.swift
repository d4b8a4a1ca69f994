extension BuiltinTypes {
  static func installRangeAndSliceMethods() {
  }
}
