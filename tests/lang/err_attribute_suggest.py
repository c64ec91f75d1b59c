# AttributeError with a "Did you mean" suggestion on a str method.
def shout(text):
    return text.uper() + '!'


print('hello'.upper())
print(shout('hello'))
