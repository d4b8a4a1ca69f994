# golden: stderr
# Fire-and-forget: a background task fails, nobody awaits it, and the loop logs
# "Task exception was never retrieved" when the task is garbage collected.
import asyncio


async def send_email(to):
    await asyncio.sleep(0.01)
    raise ConnectionRefusedError(f"SMTP server refused {to}")


async def main():
    asyncio.create_task(send_email("bob@example.com"), name="email")
    await asyncio.sleep(0.1)
    print("main finished without checking the email task")


asyncio.run(main())
print("after run")
