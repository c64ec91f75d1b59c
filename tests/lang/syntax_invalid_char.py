# A character that cannot appear in Python source.
x = 5 $ 3
