# A custom exception escaping async with: __aexit__ does not suppress it.
import asyncio


class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(f"used {used} of {limit}")
        self.used = used


class Session:
    async def __aenter__(self):
        print("session start")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("session end:", exc_type.__name__ if exc_type else None)
        return False


async def main():
    async with Session():
        for used in range(1, 5):
            print("request", used)
            if used > 2:
                raise QuotaExceeded(used, 2)


asyncio.run(main())
