café = 1
naïve = café + 1
π = 3.14
名前 = 'x'
class Ωmega: pass
def ƒ(ä): return ä
µ = 1
ﬁle = 2
