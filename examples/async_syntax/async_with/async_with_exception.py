# An exception inside async with reaches __aexit__, then propagates.
import asyncio


class Transaction:
    def __init__(self):
        self.log = []

    async def __aenter__(self):
        self.log.append("begin")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback because {exc_type.__name__}: {exc}")
        # returning None means "do not suppress"


async def transfer(amount):
    tx = Transaction()
    try:
        async with tx:
            tx.log.append(f"move {amount}")
            if amount > 100:
                raise ValueError("amount too large")
            tx.log.append("moved")
    except ValueError as e:
        tx.log.append(f"caller saw: {e}")
    return tx.log


async def main():
    for line in await transfer(50):
        print(line)
    print("--")
    for line in await transfer(500):
        print(line)


asyncio.run(main())
