msg = ('first part '
       'second part '
       f'{third}')
long = 'a' \
       'b' \
       'c'
