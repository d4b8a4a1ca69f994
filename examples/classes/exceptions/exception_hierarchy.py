# A hierarchy of custom exceptions: catch specific ones or the whole family.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class NetworkError(AppError):
    def __init__(self, host, retries=0):
        super().__init__(f"cannot reach {host}")
        self.host = host
        self.retries = retries


class TimeoutError_(NetworkError):
    pass


def run(step):
    if step == 1:
        raise ConfigError("missing key 'port'")
    if step == 2:
        raise NetworkError("example.org", retries=3)
    if step == 3:
        raise TimeoutError_("slow.example.org")
    if step == 4:
        raise ValueError("not an app error")
    return "fine"


for step in range(5):
    try:
        print(step, run(step))
    except NetworkError as e:
        print(step, type(e).__name__, e, "host", e.host, "retries", e.retries)
    except AppError as e:
        print(step, "app error:", type(e).__name__, e)
    except Exception as e:
        print(step, "other:", type(e).__name__, e)

print([c.__name__ for c in TimeoutError_.__mro__])
try:
    raise TimeoutError_("x")
except (ConfigError, NetworkError) as e:
    print("tuple caught", type(e).__name__)
