try:
    import json
except ImportError:
    json = None
if json is not None and hasattr(json, 'dumps'):
    print(json.dumps({'a': [1, 2]}))
