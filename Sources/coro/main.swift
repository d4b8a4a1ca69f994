import CoroRuntime
import CEditLine
print(coroRuntimeProbe())
