raise
raise E
raise E()
raise E from e
raise E('m') from None
