# The built-in exception hierarchy and catching by base class
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError),
    (LookupError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (SystemExit, Exception),
    (StopIteration, Exception),
    (TypeError, ValueError),
    (bool, int),
]
for sub, base in pairs:
    print(f"{sub.__name__} is a subclass of {base.__name__}: {issubclass(sub, base)}")

def trigger(n):
    return [lambda: 1 / 0, lambda: {}["k"], lambda: [][5], lambda: undefined_name][n]()

for n in range(4):
    try:
        trigger(n)
    except ArithmeticError as e:
        print("ArithmeticError handler:", type(e).__name__)
    except LookupError as e:
        print("LookupError handler:", type(e).__name__)
    except Exception as e:
        print("Exception handler:", type(e).__name__)
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), ArithmeticError))
print(issubclass(ZeroDivisionError, (TypeError, ArithmeticError)))
