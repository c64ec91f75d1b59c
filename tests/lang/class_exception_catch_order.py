# Catching user-defined exception hierarchies: handler order, tuples, re-raise.
class NetError(Exception):
    pass


class TimeoutError_(NetError):
    def __init__(self, seconds):
        super().__init__('timed out after %ss' % seconds)
        self.seconds = seconds


class DNSError(NetError):
    pass


class HTTPError(NetError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return 'HTTP %d' % self.code


def fetch(url):
    if url.startswith('slow'):
        raise TimeoutError_(30)
    if url.startswith('bad'):
        raise DNSError('cannot resolve ' + url)
    if url.startswith('gone'):
        raise HTTPError(404)
    if url.startswith('crash'):
        raise RuntimeError('client bug')
    return 'content of ' + url


def try_fetch(url):
    try:
        return fetch(url)
    except TimeoutError_ as e:
        return 'retry later (%d)' % e.seconds
    except (DNSError, HTTPError) as e:
        return 'permanent: %s [%s]' % (e, type(e).__name__)
    except NetError:
        return 'generic net error'
    finally:
        print('  finished', url)


for u in ['ok.com', 'slow.com', 'bad.host', 'gone.page']:
    print(try_fetch(u))


def wrapper(url):
    try:
        return fetch(url)
    except NetError as e:
        print('  logging', type(e).__name__)
        raise


for u in ['gone.x', 'bad.y']:
    try:
        wrapper(u)
    except HTTPError as e:
        print('outer caught HTTPError', e.code)
    except NetError as e:
        print('outer caught', repr(e))
try:
    try_fetch('crash.now')
except RuntimeError as e:
    print('RuntimeError escaped:', e)
print([c.__name__ for c in HTTPError.__mro__])
wrapper('gone.again')
