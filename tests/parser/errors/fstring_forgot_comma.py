x = f"{x y}"
