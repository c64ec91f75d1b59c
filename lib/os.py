"""OS routines: the posix module's functions, os.path (posixpath), and
the parts CPython writes in Python (environ, makedirs, walk, scandir).
"""

import sys
import posix
from posix import *
from posix import _exit

from _fork import fork, register_at_fork

import posixpath as path
import stat as _stat

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
error = OSError
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "getenv",
           "environ", "PathLike", "scandir", "DirEntry", "putenv", "unsetenv"]
__all__.extend(n for n in dir(posix) if not n.startswith('_'))


# ---- file names as bytes and str

def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes with the
    file system encoding (UTF-8) and surrogateescape."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


# ---- the environment

class _Environ:
    """os.environ: a mapping of str to str that keeps the process
    environment in step (putenv/unsetenv) as it is changed."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return self._check(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(iter(self._data))  # the first, as MutableMapping pops
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


def _make_environ():
    data = {}
    for key, value in posix.environ.items():
        data[fsdecode(key)] = fsdecode(value)
    return _Environ(data)


environ = _make_environ()
del _make_environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for a program, from PATH in env (default
    os.environ) or os.defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all the intermediate ones.
    With exist_ok false, an existing leaf raises FileExistsError."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another process made it meanwhile
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir: remove a leaf directory, then its parents while they
    are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename: make the directories new needs, rename, then prune
    the directories old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): the name and path of a file in the directory,
    with its stat information fetched on first use."""

    def __init__(self, dir_path, name):
        self.name = name
        self.path = path.join(dir_path, name) if dir_path is not None else name
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def inode(self):
        return self._get_lstat().st_ino

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def _is_type(self, test, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return test(st.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        return self._is_type(_stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_type(_stat.S_ISREG, follow_symlinks)

    def is_junction(self):
        return False


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, dir_path, names):
        self._dir_path = dir_path
        self._names = names
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None or self._pos >= len(self._names):
            raise StopIteration
        name = self._names[self._pos]
        self._pos += 1
        return DirEntry(self._dir_path, name)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for the directory path."""
    if path is None:
        names = listdir()
        dir_path = '.'
    else:
        names = listdir(path)
        dir_path = None if isinstance(path, int) else fspath(path)
    return _ScandirIterator(dir_path, names)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for
    top and every directory below it."""
    top = fspath(top)
    try:
        it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    with it:
        for entry in it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Open a file object on the descriptor fd (as open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins  # here, open is posix.open
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)
