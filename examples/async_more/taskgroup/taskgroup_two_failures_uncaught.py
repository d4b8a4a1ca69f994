# Two tasks of a TaskGroup fail in the same loop iteration and nobody
# catches the group: the program ends with the ExceptionGroup printed as
# a tree on stderr (its last line closes the tree).
import asyncio


async def fail(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first"))
        tg.create_task(fail("second"))


asyncio.run(main())
