x = f"{x!r x}"
