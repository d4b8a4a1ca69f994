# Augmented assignment operators on numbers, strings and lists
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n /= 4
print(n)
n = 17
n //= 5
print(n)
n %= 2
print(n)
n = 3
n **= 4
print(n)

bits = 0b1100
bits &= 0b1010
print(bin(bits))
bits |= 0b0001
print(bin(bits))
bits ^= 0b1111
print(bin(bits))
bits <<= 3
print(bits)
bits >>= 2
print(bits)

s = "ab"
s += "cd"
s *= 2
print(s)

# += on a list extends it in place, so aliases see the change
a = [1, 2]
alias = a
a += [3]
print(a, alias)
# a = a + [...] builds a new list instead
a = a + [4]
print(a, alias)

t = (1,)
t += (2, 3)
print(t)

counts = {"x": 1}
counts["x"] += 10
print(counts)
row = [1, 2, 3]
row[1] *= 7
print(row)
