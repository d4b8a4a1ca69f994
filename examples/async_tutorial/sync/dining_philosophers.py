# Dining philosophers with asyncio.Lock forks; ordering forks by index avoids deadlock.
import asyncio

N = 5


async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(meals):
        async with forks[first]:
            async with forks[second]:
                log.append(i)
                print(f"philosopher {i} eats with forks {first} and {second}")
                await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)


async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(N)))
    print("meals eaten:", len(log))
    print("per philosopher:", [log.count(i) for i in range(N)])
    print("all forks free:", not any(f.locked() for f in forks))


asyncio.run(main())
