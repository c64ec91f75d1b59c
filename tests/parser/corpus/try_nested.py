try:
    try:
        pass
    except E:
        raise
except (A, B):
    pass
except C as c:
    try:
        pass
    finally:
        pass
