def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-1])
assert primes == [n for n in range(101) if is_prime(n)]
for n in [12, 97, 360, 1001, 2 ** 16 + 1, 600851475143]:
    fs = factorize(n)
    print(f"{n} = {' x '.join(map(str, fs))}")
twins = [(p, p + 2) for p in primes if is_prime(p + 2)]
print("Twin primes:", twins)
print("Goldbach 100:", [(p, 100 - p) for p in primes if p <= 50 and is_prime(100 - p)])
print(sum(sieve(1000)), is_prime(7919), is_prime(7917))
