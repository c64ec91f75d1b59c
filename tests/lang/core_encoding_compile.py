# compile() and exec() of bytes decode them by their coding declaration
# and report problems at "line 0"; str source ignores the declaration.
srcs = [b"# coding: escapes\nx=1\n", b"# coding: ascii\nx='\xc3\xa9'\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
        b"# coding: utf-8\nx='\xff'\n", b"x='\xff'\n", b"\n\n# coding: escapes\nx=1\n", b"#!x\n# coding: bogus\nx=1\n",
        b"# coding: latin-1\nx='\xe9'\nprint(x, len(x))\n", b"# coding: cp1252\nx='\x81'\n", b"x=1\n# coding: escapes\n",
        b"# coding: utf-8-sig\nprint('sig')\n", b"\xef\xbb\xbf# coding: utf-8\nprint('bom')\n", b"# coding: UTF8\nprint('u8')\n",
        b"# coding: Latin-1\nx='\xe9'\nprint(x)\n", b"# vim: fileencoding=iso8859-15\nx='\xa4'\nprint(x)\n",
        b"# coding: latin-1\nx='\xe9'\n\x00\n", b"# -*- coding: cp1252 -*-\nprint('\x80\x99')\n", b"\xef\xbb\xbf# coding: UTF8\nx=1\n",
        b"x = 'ab\xc3\xa9\xff cd'\n", b'y = 1\nz = """q\xffr"""\n', b"# \xff\nprint('comment ok')\n", b"x = u'\xe9'\n",
        b"x = rb'\xe9'\n", b"x = '\xe0\x80'\n", b"x = '\xed\xa0\x80'\n", b"x = '\xc3'  # c\n", b"# coding: latin-1\n'\xe9' + 1\n"]
for s in srcs:
    try:
        exec(compile(s, 'f', 'exec'), {})
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.args[1:] and e.args[1][:4])
    except TypeError as e:
        print(type(e).__name__, e)
for s in ["# coding: escapes\nprint('str ok')\n", "# coding: latin-1\nprint('\xe9', len('\xe9'))\n"]:
    exec(s)
print(eval(b"# coding: latin-1\n'\xe9'"), eval('\n# coding: bogus\n1'))
for s in ['x=1\n\x00\n', b'x=1\n\x00\n']:
    try:
        compile(s, 'f', 'exec')
    except SyntaxError as e:
        print(e.args)
exec(b"# coding: escapes\n")
