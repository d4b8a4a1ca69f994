# Two tasks hand a counter back and forth 200,000 times: each hand-over
# resolves a Future the other task is awaiting, then awaits a fresh one.
import asyncio


async def main(hand_overs):
    loop = asyncio.get_running_loop()
    box = {"ping": loop.create_future(), "pong": loop.create_future()}

    async def player(me, other, rounds):
        seen = 0
        for _ in range(rounds):
            value = await box[me]
            box[me] = loop.create_future()
            seen += value % 7
            box[other].set_result(value + 1)
        return seen

    ping = asyncio.create_task(player("ping", "pong", hand_overs // 2))
    pong = asyncio.create_task(player("pong", "ping", hand_overs // 2))
    box["ping"].set_result(0)
    a, b = await asyncio.gather(ping, pong)
    return box["ping"].result(), a, b


print("pingpong checksum:", *asyncio.run(main(200_000)))
