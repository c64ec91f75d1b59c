async def f():
    await x
    y = await g()
    z = await a.b[c]
    return await h() + await i()
    await (yield)
