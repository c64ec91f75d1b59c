async def f():
    x = await a ** 2
    y = -await b
    z = await c.d[e]
    w = [await i for i in j]
    return await (await k)
