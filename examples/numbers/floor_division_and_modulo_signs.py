# // rounds toward negative infinity; % takes the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")

print(-7 // 2, -7 % 2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(7.5, 2), divmod(-1.0, 3))
print(-1 % 10, -11 % 10, 11 % -10)
print(int(-7 / 2), -7 // 2)   # truncation vs floor

# wrapping an index around a circle
size = 5
for step in [-7, -1, 0, 4, 12]:
    print(step, "->", step % size)
