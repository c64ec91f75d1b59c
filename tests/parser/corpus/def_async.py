async def f():
    pass
async def g(a, *b, **c) -> int:
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    async with (f as g):
        pass
@dec
async def h(): pass
