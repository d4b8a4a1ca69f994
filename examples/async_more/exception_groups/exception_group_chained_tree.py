# golden: stderr
# Members of a group print their own causes and notes inside the tree;
# a group that is the context of another exception prints first.
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("cannot load") from e


def collect():
    errors = []
    try:
        load()
    except RuntimeError as e:
        e.add_note("while starting the service")
        errors.append(e)
    errors.append(OSError("port in use"))
    return ExceptionGroup("startup failed", errors)


try:
    raise collect()
except ExceptionGroup:
    raise SystemError("giving up")
