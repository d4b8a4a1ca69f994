import CoroRuntime
import Foundation

let arguments = CommandLine.arguments
if arguments.count >= 2 {
  let interpreter = Interpreter(options: InterpreterOptions(arguments: Array(arguments.dropFirst())))
  exit(interpreter.runFile(path: arguments[1]))
}
