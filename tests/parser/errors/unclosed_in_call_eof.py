print('a',
      'b'
