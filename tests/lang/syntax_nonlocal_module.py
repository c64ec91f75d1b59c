# nonlocal at module level.
print('never printed')
nonlocal y
