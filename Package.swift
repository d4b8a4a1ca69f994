// swift-tools-version:6.0
import PackageDescription

// Coro's pipeline, one module per stage: CoroSyntax (source → tokens → AST)
// ← CoroCompiler (AST → code objects) ← CoroRuntime (values, VM, event loop)
// ← coro (the command line and the REPL).
let package = Package(
  name: "Coro",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "coro", targets: ["coro"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
  ],
  targets: [
    .target(
      name: "CoroSyntax",
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .target(
      name: "CoroCompiler",
      dependencies: ["CoroSyntax"],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .target(
      name: "CoroRuntime",
      dependencies: [
        "CoroSyntax",
        "CoroCompiler",
        "CSwiftRuntime",
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "BigInt", package: "BigInt"),
      ],
      swiftSettings: [
        .swiftLanguageMode(.v5),
        // The VM reads and writes frame fields constantly; dynamic
        // exclusivity checks on every class property access cost ~20%.
        .unsafeFlags(["-enforce-exclusivity=unchecked"]),
      ]
    ),
    .systemLibrary(name: "CSwiftRuntime"),
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .executableTarget(
      name: "coro",
      dependencies: [
        "CoroRuntime",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .testTarget(
      name: "CoroSyntaxTests",
      dependencies: ["CoroSyntax"],
      exclude: ["Fixtures"],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .testTarget(
      name: "CoroCompilerTests",
      dependencies: ["CoroCompiler"],
      exclude: ["Snapshots"],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .testTarget(
      name: "CoroRuntimeTests",
      dependencies: ["CoroRuntime", .product(name: "BigInt", package: "BigInt")],
      exclude: ["Formatting/Fixtures", "Random/Fixtures"],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
    .testTarget(
      name: "CoroExamplesTests",
      dependencies: ["CoroRuntime"],
      swiftSettings: [.swiftLanguageMode(.v5)]
    ),
  ]
)
