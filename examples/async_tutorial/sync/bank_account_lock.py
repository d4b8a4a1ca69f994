# The classic race: read-modify-write with an await in the middle loses updates;
# an asyncio.Lock fixes it.
import asyncio


class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)  # simulate I/O
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

    async def withdraw(self, amount):
        async with self.lock:
            if self.balance < amount:
                print(f"insufficient funds for {amount}: balance {self.balance}")
                return False
            await asyncio.sleep(0.01)
            self.balance -= amount
            return True


async def main():
    acct = Account()
    await asyncio.gather(*(acct.deposit_unsafe(10) for _ in range(10)))
    print("unsafe balance:", acct.balance)

    acct = Account()
    await asyncio.gather(*(acct.deposit_safe(10) for _ in range(10)))
    print("safe balance:", acct.balance)

    results = await asyncio.gather(*(acct.withdraw(40) for _ in range(3)))
    print(results, "final balance:", acct.balance)
    print("locked now?", acct.lock.locked())


asyncio.run(main())
