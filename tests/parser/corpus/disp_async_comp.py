async def f():
    a = [x async for x in y]
    b = {x async for x in y if await x}
    c = {k: v async for k, v in y}
    d = (x async for x in y)
    e = [x for x in y async for z in x]
