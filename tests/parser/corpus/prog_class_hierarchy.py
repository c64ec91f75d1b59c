class Shape:
    def area(self):
        raise NotImplementedError

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

shapes = [Rect(1, 2), Rect(3, 4)]
total = sum(s.area() for s in shapes)
print(f'{total=}')
