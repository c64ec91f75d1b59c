# Repeated frames are abbreviated after three identical lines.
def countdown(n):
    if n == 0:
        return {}['boom']
    return countdown(n - 1)


print('counting down')
countdown(6)
