# Object-oriented code: a particle simulation over small vector objects.
# Many short-lived instances, __init__ with several arguments, method calls,
# attribute reads and writes, a property, inheritance with super(), and
# operators through __add__/__sub__/__mul__/__eq__/__hash__/__lt__.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return self.norm2() < other.norm2()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.steps = 0

    @property
    def momentum(self):
        return self.vel * self.mass

    def advance(self, dt):
        self.pos = self.pos + self.vel * dt
        self.steps += 1

    def kinetic(self):
        return 0.5 * self.mass * self.vel.norm2()


class Particle(Body):
    def __init__(self, name, pos, vel, mass, charge):
        super().__init__(name, pos, vel, mass)
        self.charge = charge

    def advance(self, dt):
        super().advance(dt)
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)


class Counter:
    def __init__(self):
        self.count = 0

    def hit(self, n=1):
        self.count += n
        return self.count


def make_bodies(n):
    bodies = []
    for i in range(n):
        pos = Vec(i % 97, (i * 7) % 89)
        vel = Vec((i % 5) - 2, (i % 3) - 1)
        if i % 2:
            bodies.append(Particle("p%d" % i, pos, vel, 1 + i % 4, i % 3 - 1))
        else:
            bodies.append(Body("b%d" % i, pos, vel, 2 + i % 3))
    return bodies


def simulate(bodies, steps, counter):
    for step in range(steps):
        total = Vec(0, 0)
        for b in bodies:
            b.advance(1)
            total = total + b.momentum
            counter.hit()
        if total == Vec(0, 0):
            counter.hit(2)
    return total


def main():
    counter = Counter()
    bodies = make_bodies(300)
    total = simulate(bodies, 1500, counter)
    energy = sum(b.kinetic() for b in bodies)
    cells = {}
    for b in bodies:
        key = Vec(b.pos.x // 10, b.pos.y // 10)
        cells[key] = cells.get(key, 0) + 1
    ranked = sorted((b.vel - b.pos for b in bodies))
    print(total.x, total.y, energy, counter.count)
    print(len(cells), max(cells.values()), ranked[0].norm2(), ranked[-1].norm2())
    print(sum(b.steps for b in bodies), sum(b.pos.dot(b.vel) for b in bodies))


main()
