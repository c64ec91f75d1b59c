# input() reads lines from stdin (provided by the .in file).
name = input()
print('Hello, ' + name + '!')
age = int(input('Age? '))
print('Next year you will be', age + 1)
nums = input().split()
total = 0
for n in nums:
    total += int(n)
print('sum', total)
line = input()
print(repr(line))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print('EOFError', repr(str(e)))
        break
print(rest)
try:
    input('prompt at eof: ')
except EOFError:
    print('EOF again')
