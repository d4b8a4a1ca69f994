from enum import Enum, IntEnum, Flag, auto, unique


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"

    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]


s = State.IDLE
for _ in range(4):
    print(s, s.value, end=" | ")
    s = s.next()
print()
print(State("done"), State["RUNNING"], State.DONE in State, [m.name for m in State])
print({State.IDLE: 0}[State("idle")], State.IDLE == "idle", State.IDLE.value == "idle")
print(f"{State.IDLE}", f"{State.IDLE!r}", f"{State.IDLE.value:>8}|")
print(State.__members__.keys(), type(State.IDLE).__name__, isinstance(State.IDLE, State))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]), max(Priority))
print(str(Priority.MEDIUM), repr(Priority.MEDIUM), f"{Priority.MEDIUM}", Priority(3).name)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.WRITE in rw, Perm.EXEC in rw, [p.name for p in rw], bool(rw & Perm.EXEC))

try:
    State("paused")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
try:
    State.IDLE = "x"
except AttributeError as e:
    print("AttributeError:", e)
