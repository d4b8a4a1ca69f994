# __call__ makes instances callable like functions.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, *args, step=1):
        self.count += step
        return self.count


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5))
print(list(map(double, [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(5))

tick = Counter()
tick()
tick()
tick("ignored", step=10)
print(tick.count)

try:
    Counter.count = 0
    tick.count()
except TypeError as e:
    print("TypeError:", e)
