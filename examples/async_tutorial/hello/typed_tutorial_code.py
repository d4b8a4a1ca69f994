# Type-hinted tutorial code with postponed annotations.
from __future__ import annotations

import asyncio


class Item:
    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price

    def with_tax(self, rate: float = 0.1) -> Item:
        return Item(self.name, round(self.price * (1 + rate), 2))


async def price_of(item: Item, delay: float) -> float:
    await asyncio.sleep(delay)
    return item.with_tax().price


async def main() -> None:
    items: list[Item] = [Item("pen", 1.5), Item("book", 12.0)]
    prices: list[float] = await asyncio.gather(*(price_of(i, 0.01) for i in items))
    print(prices, sum(prices))


asyncio.run(main())
