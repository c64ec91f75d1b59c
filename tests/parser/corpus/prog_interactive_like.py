x = 1
if x:
    print('yes')

print('done')
