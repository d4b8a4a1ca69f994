# Forgetting await on a coroutine returning a dict, then indexing it.
import asyncio


async def load_config():
    await asyncio.sleep(0)
    return {"debug": True}


async def main():
    config = load_config()
    if config["debug"]:
        print("debug mode")


asyncio.run(main())
