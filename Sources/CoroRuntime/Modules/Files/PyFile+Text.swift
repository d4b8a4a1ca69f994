/// The text layer of a file (CPython's TextIOWrapper): decoding in chunks,
/// newline translation, and lines; and the binary layer's reads.
extension PyFile {
  // MARK: - Decoding

  /// Decodes the next bytes into `text`; false at end of file.
  func decodeMore(_ vm: VM) throws(PyException) -> Bool {
    if textPos > 0 && textPos == text.count {
      text.removeAll(keepingCapacity: true)
      textPos = 0
    }
    while true {
      if available == 0 {
        guard try readChunk() else { return false }
      }
      var end = readBuffer.count
      if !sawEOF {
        if codec.hasPrefix("utf-8") { end = readPos + completeUTF8Length(readPos, end) }
        // A final \r may be half of \r\n: wait for the next byte.
        if newline == nil || newline == "", end > readPos, readBuffer[end - 1] == 13 { end -= 1 }
        if end == readPos {
          try readChunk()
          continue
        }
      }
      var bytes = Array(readBuffer[readPos..<end])
      readPos = end
      var name = codec
      if codec == "utf-8-sig" {
        name = "utf-8"
        if !checkedBOM && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      }
      checkedBOM = true
      let decoded = try vm.decodeBytes(bytes, encoding: name, errors: errors)
      appendTranslated(decoded)
      return true
    }
  }

  /// The length of the prefix of `readBuffer[start..<end]` that holds
  /// whole UTF-8 sequences.
  private func completeUTF8Length(_ start: Int, _ end: Int) -> Int {
    var i = end - 1
    var back = 0
    while i >= start && back < 4 {
      let b = readBuffer[i]
      if b & 0xC0 != 0x80 {
        let need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return need > back + 1 ? i - start : end - start
      }
      i -= 1
      back += 1
    }
    return end - start
  }

  private func appendTranslated(_ s: String) {
    guard newline == nil else {
      text.append(contentsOf: s.unicodeScalars)
      return
    }
    var pendingCR = false
    for c in s.unicodeScalars {
      if pendingCR {
        pendingCR = false
        text.append("\n")
        if c == "\n" { continue }
      }
      if c == "\r" {
        pendingCR = true
      } else {
        text.append(c)
      }
    }
    if pendingCR { text.append("\n") }
  }

  private func makeString(_ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text[start..<end])
    return String(view)
  }

  // MARK: - Text reads

  /// `read(n)` of a text file; nil or negative reads to the end.
  func readText(_ n: Int?, _ vm: VM) throws(PyException) -> String {
    if let n, n >= 0 {
      while text.count - textPos < n, try decodeMore(vm) {}
      let end = min(text.count, textPos + n)
      defer { textPos = end }
      return makeString(textPos, end)
    }
    while try decodeMore(vm) {}
    defer { textPos = text.count }
    return makeString(textPos, text.count)
  }

  /// `readline(limit)` of a text file: "" at end of file.
  func readTextLine(_ limit: Int?, _ vm: VM) throws(PyException) -> String {
    var searched = textPos
    while true {
      if let end = lineEnd(from: searched) {
        let stop = limit.map { min(end, textPos + max($0, 0)) } ?? end
        defer { textPos = stop }
        return makeString(textPos, stop)
      }
      if let limit, limit >= 0, text.count - textPos >= limit {
        defer { textPos += limit }
        return makeString(textPos, textPos + limit)
      }
      searched = max(textPos, text.count - 1)
      let before = textPos
      guard try decodeMore(vm) else {
        defer { textPos = text.count }
        return makeString(textPos, text.count)
      }
      // decodeMore may have compacted the buffer.
      if textPos != before { searched = textPos }
    }
  }

  /// The index just past the first line ending at or after `from`.
  private func lineEnd(from: Int) -> Int? {
    var i = from
    while i < text.count {
      let c = text[i]
      switch newline {
      case nil, "\n":
        if c == "\n" { return i + 1 }
      case "\r":
        if c == "\r" { return i + 1 }
      case "\r\n":
        if c == "\r", i + 1 < text.count, text[i + 1] == "\n" { return i + 2 }
      default:
        if c == "\n" { return i + 1 }
        if c == "\r" {
          if i + 1 < text.count { return text[i + 1] == "\n" ? i + 2 : i + 1 }
          if sawEOF && available == 0 { return i + 1 }
          return nil
        }
      }
      i += 1
    }
    return nil
  }

  // MARK: - Text writes

  /// Encodes and buffers `s`; returns its length in characters.
  func writeText(_ s: PyStr, _ vm: VM) throws(PyException) -> Int {
    var value = s.value
    if let newline, newline == "\r" || newline == "\r\n", value.contains("\n") {
      value = value.replacingOccurrences(of: "\n", with: newline)
    }
    var bytes: [UInt8]
    switch codec {
    case "utf-8":
      bytes = Array(value.utf8)
    case "utf-8-sig":
      bytes = Array(value.utf8)
      if !checkedBOM {
        checkedBOM = true
        if try position() == 0 { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
      }
    default:
      let encode = try vm.getAttribute(.str(value), PyStr.intern("encode"))
      let result = try vm.call(encode, [.str(codec), .str(errors)])
      bytes = result.as(PyBytes.self)?.bytes ?? []
    }
    try bufferWrite(bytes)
    return s.count
  }

  // MARK: - Binary reads

  func readBytes(_ n: Int?) throws(PyException) -> [UInt8] {
    if let n, n >= 0 {
      try fill(n)
      return take(n)
    }
    try fillAll()
    return take(available)
  }

  func readByteLine(_ limit: Int?) throws(PyException) -> [UInt8] {
    var searched = readPos
    while true {
      if let i = readBuffer[searched...].firstIndex(of: 10) {
        let length = i + 1 - readPos
        return take(limit.map { $0 >= 0 ? min($0, length) : length } ?? length)
      }
      if let limit, limit >= 0, available >= limit { return take(limit) }
      searched = readBuffer.count
      let consumed = readPos
      guard try readChunk() else { return take(available) }
      if readPos != consumed { searched = readPos }
    }
  }
}
