import Foundation

/// Parsed templates of recently used format strings (`str.format`, `%`),
/// keyed by the identity of the (retained) string object: a format string
/// in a loop is usually the same constant every time, so it is parsed
/// once. The table is direct-mapped on the object's address (a colliding
/// string replaces the entry): a look-up is one index and one identity
/// check, no hashing.
final class TemplateCache<Template> {
  private struct Entry {
    var string: PyStr?
    var template: Template?
  }

  private let lock = NSLock()
  private static var slotCount: Int { 256 }
  private var entries = [Entry](repeating: Entry(), count: TemplateCache.slotCount)
  /// Longer strings are not kept alive by the cache.
  private static var maxCachedBytes: Int { 1024 }
  private let parse: (PyStr) -> Template

  init(parse: @escaping (PyStr) -> Template) {
    self.parse = parse
  }

  func template(for s: PyStr) -> Template {
    // Objects are 16-byte aligned: the low four bits say nothing.
    let slot = Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(s)) >> 4)
      & (TemplateCache.slotCount - 1)
    lock.lock()
    if entries[slot].string === s, let template = entries[slot].template {
      lock.unlock()
      return template
    }
    lock.unlock()
    let t = parse(s)
    if s.value.utf8.count <= TemplateCache.maxCachedBytes {
      lock.lock()
      entries[slot] = Entry(string: s, template: t)
      lock.unlock()
    }
    return t
  }
}

/// The caches of `str.format` and `%` templates.
enum FormatTemplates {
  nonisolated(unsafe) static let format = TemplateCache<StrFormatTemplate> { StrFormatParser.parse($0) }
  nonisolated(unsafe) static let percent = TemplateCache<PercentTemplate> { PercentTemplate.parse($0.value) }
}
