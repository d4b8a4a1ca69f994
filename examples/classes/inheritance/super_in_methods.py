# super() in ordinary methods: extend instead of replacing.
class Logger:
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)

    def dump(self):
        for line in self.lines:
            print(line)


class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.tick = 0

    def log(self, msg):
        self.tick += 1
        super().log(f"[{self.tick}] {msg}")


class UpperLogger(TimestampLogger):
    def log(self, msg):
        super().log(msg.upper())


for logger in [Logger(), TimestampLogger(), UpperLogger()]:
    print("--", type(logger).__name__)
    logger.log("start")
    logger.log("stop")
    logger.dump()
