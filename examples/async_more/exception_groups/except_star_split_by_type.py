# except* splits one ExceptionGroup by type: each clause runs once, with
# the matching part (keeping the group's structure).
def raise_many():
    raise ExceptionGroup("batch failed", [
        ValueError("bad value"),
        TypeError("bad type"),
        ExceptionGroup("nested", [ValueError("deep value"), KeyError("k")]),
    ])


try:
    raise_many()
except* ValueError as eg:
    print("ValueError part:", repr(eg))
except* TypeError as eg:
    print("TypeError part:", repr(eg))
except* LookupError as eg:
    print("LookupError part:", repr(eg))
print("all handled")
