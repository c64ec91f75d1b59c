# A keyword used as an assignment target.
print('never printed')
class = 'not allowed'
