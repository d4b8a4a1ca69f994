# Recursion through await: a recursive async fibonacci and a tree walk.
import asyncio


async def fib(n):
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b


async def walk(tree, depth=0):
    name, children = tree
    print("  " * depth + name)
    await asyncio.sleep(0)
    sizes = await asyncio.gather(*(walk(c, depth + 1) for c in children))
    return 1 + sum(sizes)


async def main():
    print([await fib(i) for i in range(12)])
    tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])]), ("c", [])])
    total = await walk(tree)
    print("nodes:", total)


asyncio.run(main())
