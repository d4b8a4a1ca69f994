# await at module level is a SyntaxError: nothing runs, not even this print.
import asyncio

print("never printed")
await asyncio.sleep(1)
