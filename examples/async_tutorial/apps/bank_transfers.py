# Transfers between accounts with per-account locks taken in a fixed order.
import asyncio


class Bank:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.locks = {name: asyncio.Lock() for name in balances}

    async def transfer(self, src, dst, amount):
        first, second = sorted([src, dst])
        async with self.locks[first], self.locks[second]:
            if self.balances[src] < amount:
                print(f"declined {src}->{dst} {amount}")
                return False
            self.balances[src] -= amount
            await asyncio.sleep(0.01)
            self.balances[dst] += amount
            print(f"ok {src}->{dst} {amount}")
            return True


async def main():
    bank = Bank({"alice": 100, "bob": 50, "carol": 0})
    results = await asyncio.gather(
        bank.transfer("alice", "bob", 30),
        bank.transfer("bob", "carol", 70),
        bank.transfer("carol", "alice", 10),
        bank.transfer("bob", "alice", 200),
        bank.transfer("alice", "carol", 70),
    )
    print(results)
    print(bank.balances, "total", sum(bank.balances.values()))


asyncio.run(main())
