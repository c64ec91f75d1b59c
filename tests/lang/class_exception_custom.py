# User-defined exceptions: args, extra attributes, __str__, hierarchy, chaining.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return '%s: %s' % (self.field, self.message)


class NotFound(AppError):
    def __init__(self, key):
        super().__init__('not found: %r' % (key,))
        self.key = key


def validate(rec):
    if 'name' not in rec:
        raise ValidationError('name', 'required')
    if not isinstance(rec.get('age'), int):
        raise ValidationError('age', 'must be an integer')
    return 'ok'


for rec in [{'name': 'a', 'age': 3}, {'age': 1}, {'name': 'b', 'age': '3'}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print('invalid ->', e, '| args =', e.args, '| field =', e.field)
try:
    raise NotFound('user42')
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, repr(e))
e = AppError()
print(repr(e), str(e), e.args)
e = AppError('one')
print(repr(e), str(e))
e = AppError('a', 2, None)
print(repr(e), str(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
try:
    try:
        raise NotFound('x')
    except NotFound as inner:
        raise ValidationError('x', 'lookup failed') from inner
except ValidationError as outer:
    print(outer, '<- caused by', repr(outer.__cause__))


class WithDefaults(Exception):
    code = 500

    def __init__(self, msg='internal error', code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code


for exc in [WithDefaults(), WithDefaults('teapot', 418)]:
    try:
        raise exc
    except WithDefaults as caught:
        print(caught.code, caught)
exc.extra = 'attached later'
print(exc.extra, exc.code)
raise ValidationError('email', 'malformed address')
