class ConfigError(Exception):
    pass


def load_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError as e:
        raise ConfigError(f"bad port {cfg['port']!r}") from e


for cfg in [{"port": "8080"}, {}, {"port": "eighty"}]:
    try:
        print("port:", load_port(cfg))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| caused by", type(cause).__name__, cause)


def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")


try:
    chained()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def reraise():
    try:
        int("z")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("outer caught:", e)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)

try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, repr(e))

err = ValueError("stored")
try:
    raise err
except ValueError as caught:
    print(caught is err, caught)
