#!/usr/bin/env python3
# vim: set fileencoding=ascii :
# ASCII declared on line 2 and a byte above 0x7f later.
print('never printed')
# é
