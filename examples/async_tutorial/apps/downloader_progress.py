# Simulated downloads in chunks with progress output and a summary.
import asyncio
import time

FILES = {"report.pdf": 3, "photo.jpg": 5, "song.mp3": 2}


async def download(name, chunks, chunk_time):
    received = 0
    for _ in range(chunks):
        await asyncio.sleep(chunk_time)
        received += 1
        print(f"{name}: {received}/{chunks} ({received * 100 // chunks}%)")
    return name, chunks * 256


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(download("report.pdf", 3, 0.1)),
        asyncio.create_task(download("photo.jpg", 2, 0.17)),
        asyncio.create_task(download("song.mp3", 2, 0.26)),
    ]
    total = 0
    for coro in asyncio.as_completed(tasks):
        name, size = await coro
        total += size
        print(f"finished {name} ({size} KiB)")
    print(f"downloaded {total} KiB in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
