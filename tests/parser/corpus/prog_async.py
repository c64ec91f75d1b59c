import asyncio

async def worker(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print(item)

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(worker(q))
    for i in range(3):
        await q.put(i)
    await q.put(None)
    await t

asyncio.run(main())
