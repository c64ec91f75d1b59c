# An exception raised deep inside a class hierarchy propagates to the top level.
class Storage:
    def read(self, key):
        return self.fetch(key)

    def fetch(self, key):
        raise KeyError(key)


class CachedStorage(Storage):
    def __init__(self):
        self.cache = {'a': 1}

    def fetch(self, key):
        if key in self.cache:
            return self.cache[key]
        return super().fetch(key)


class Service:
    def __init__(self, storage):
        self.storage = storage

    def lookup_all(self, keys):
        return [self.lookup(k) for k in keys]

    def lookup(self, key):
        value = self.storage.read(key)
        return value * 10


class Api:
    def __init__(self):
        self.service = Service(CachedStorage())

    def handle(self, request):
        return {'result': self.service.lookup_all(request.split(','))}


api = Api()
print(api.handle('a'))
print(api.handle('a,a'))
print(api.handle('a,b'))
print('not reached')
