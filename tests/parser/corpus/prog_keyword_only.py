def connect(host, port=80, *, timeout=None, retries=3, **opts):
    return host, port, timeout, retries, opts
connect('h', timeout=1, verbose=True)
