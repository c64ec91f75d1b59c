if (
  x):
pass
