# The seed's loop: a countdown in a while loop (GIL.md, "count(n)").
def count(n):
    while n > 0:
        n -= 1

count(50_000_000)
