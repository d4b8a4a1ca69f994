import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="[%(levelname)s] %(name)s: %(message)s")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
for logger in (app, db):
    logger.debug("debug from %s", logger.name)
    logger.info("info from %s", logger.name)
    logger.warning("warning from %s", logger.name)
print(db.parent is app, app.getEffectiveLevel(), db.getEffectiveLevel(), logging.getLevelName(db.level))



class ShortTraceback(logging.Formatter):
    # The traceback's file path depends on where the example lives: show
    # only the exception itself.
    def formatException(self, exc_info):
        return f"{exc_info[0].__name__}: {exc_info[1]}"


logging.root.handlers[0].setFormatter(ShortTraceback("[%(levelname)s] %(name)s: %(message)s"))


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        app.exception("cannot divide %d by %d", a, b)


divide(1, 0)
quiet = logging.getLogger("quiet")
quiet.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s|%(levelno)d|%(message)s"))
quiet.addHandler(handler)
quiet.error("now with a handler")
quiet.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
quiet.log(25, "named now")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), repr(quiet), repr(logging.getLogger()))
app.info("dict args %(user)s", {"user": "ann"})
app.warning("extra field", extra={"user": "bob"})
