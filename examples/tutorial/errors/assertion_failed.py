def apply_discount(price, pct):
    assert 0 <= pct <= 100, f"invalid percentage: {pct}"
    return price * (1 - pct / 100)


print(apply_discount(200, 25))
print(apply_discount(200, 150))
