# A tiny pub/sub: subscribers await an Event per topic; publish() sets and replaces it.
import asyncio


class Broker:
    def __init__(self):
        self.events = {}
        self.last = {}

    def _event(self, topic):
        return self.events.setdefault(topic, asyncio.Event())

    async def wait(self, topic):
        await self._event(topic).wait()
        return self.last[topic]

    def publish(self, topic, value):
        self.last[topic] = value
        ev = self._event(topic)
        self.events[topic] = asyncio.Event()
        ev.set()


async def subscriber(broker, name, topic, n):
    for _ in range(n):
        value = await broker.wait(topic)
        print(f"{name} got {topic}={value}")


async def publisher(broker):
    for i, (topic, value) in enumerate([("temp", 20), ("humidity", 40), ("temp", 22), ("temp", 23)]):
        await asyncio.sleep(0.05)
        print(f"publish {topic}={value}")
        broker.publish(topic, value)


async def main():
    b = Broker()
    await asyncio.gather(
        subscriber(b, "display", "temp", 3),
        subscriber(b, "logger", "temp", 2),
        subscriber(b, "hygro", "humidity", 1),
        publisher(b),
    )


asyncio.run(main())
