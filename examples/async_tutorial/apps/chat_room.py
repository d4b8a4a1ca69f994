# A chat-room simulation: each user has an inbox queue; the room broadcasts messages.
import asyncio


class Room:
    def __init__(self):
        self.inboxes = {}

    def join(self, user):
        self.inboxes[user] = asyncio.Queue()
        return self.inboxes[user]

    async def broadcast(self, sender, text):
        for user, box in self.inboxes.items():
            if user != sender:
                await box.put((sender, text))

    async def close(self):
        for box in self.inboxes.values():
            await box.put(None)


async def listen(user, inbox, transcript):
    while (msg := await inbox.get()) is not None:
        sender, text = msg
        transcript.append(f"{user} <- {sender}: {text}")
        print(f"[{user}] {sender} says {text!r}")


async def talk(room, user, lines):
    for delay, text in lines:
        await asyncio.sleep(delay)
        print(f"{user} sends {text!r}")
        await room.broadcast(user, text)


async def main():
    room = Room()
    users = ["alice", "bob", "carol"]
    transcript = []
    listeners = [asyncio.create_task(listen(u, room.join(u), transcript)) for u in users]
    await asyncio.gather(
        talk(room, "alice", [(0.05, "hi all"), (0.2, "bye")]),
        talk(room, "bob", [(0.1, "hey alice")]),
        talk(room, "carol", [(0.15, "hello!")]),
    )
    await room.close()
    await asyncio.gather(*listeners)
    print(len(transcript), "deliveries")


asyncio.run(main())
