// `string`: the character-class constants of Lib/string.py, capwords, and
// Template (written in Python: StringTemplatePrelude).

enum StringModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = try PreludeModule.make(vm, name: "string", source: StringTemplatePrelude.source)
    let lowercase = "abcdefghijklmnopqrstuvwxyz"
    let uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    let digits = "0123456789"
    let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    let whitespace = " \t\n\r\u{0B}\u{0C}"
    let constants: [(String, String)] = [
      ("ascii_lowercase", lowercase), ("ascii_uppercase", uppercase),
      ("ascii_letters", lowercase + uppercase), ("digits", digits),
      ("hexdigits", digits + "abcdefABCDEF"), ("octdigits", "01234567"),
      ("punctuation", punctuation), ("whitespace", whitespace),
      ("printable", digits + lowercase + uppercase + punctuation + whitespace),
    ]
    for (name, value) in constants {
      m.dict.setString(PyStr.intern(name), .str(value))
    }
    m.dict.setString(
      "capwords",
      .object(
        PyBuiltinFunction(name: "capwords", boundTo: .object(m)) {
          (vm: VM, args: Args) throws(PyException) -> Value in
          let b = try args.bind("capwords", ["s", "sep"], required: 1)
          guard let s = b[0]?.asStr else {
            throw PyException.typeError("capwords() argument must be str")
          }
          let sep = b[1].flatMap { $0.isNone ? nil : $0.asStr?.value }
          let words: [String]
          if let sep {
            words = s.value.components(separatedBy: sep)
          } else {
            words = s.value.split(whereSeparator: { $0.isWhitespace }).map(String.init)
          }
          let capped = words.map { w -> String in
            guard let first = w.first else { return w }
            return String(first).uppercased() + w.dropFirst().lowercased()
          }
          return .str(capped.joined(separator: sep ?? " "))
        }))
    return m
  }
}
