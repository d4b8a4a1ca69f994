# An uncaught exception with its own __str__: the last line uses it.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, f"Not Found: {path}")


def fetch(path):
    if path != "/":
        raise NotFound(path)
    return "home page"


print(fetch("/"))
print(fetch("/missing"))
