# solving a quadratic with complex roots, and polar coordinates
import cmath

def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

print(roots(1, 2, 5))
print(roots(1, -3, 2))
print(roots(2, 0, 8))

z = 1 + 1j
r, phi = cmath.polar(z)
print(f"r = {r:.4f}, phi = {phi:.4f} rad = {phi * 180 / cmath.pi:.1f} degrees")
print(cmath.rect(r, phi), cmath.rect(2, cmath.pi / 2))
print(cmath.exp(1j * cmath.pi), cmath.exp(1j * cmath.pi) + 1)
print(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.sqrt(-1))
for k in range(4):
    w = cmath.rect(1, 2 * cmath.pi * k / 4)
    print(k, f"{w:.3f}", f"{w.real:+.2f}{w.imag:+.2f}j")
