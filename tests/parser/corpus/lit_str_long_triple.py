s = """
Line one
  indented "quote" and 'single'
\ttab escape
trailing\
lined
"""
