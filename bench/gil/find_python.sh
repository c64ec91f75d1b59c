# Sourced by the bench scripts: find_py VERSION prints the path of that
# CPython (pyenv's, else pythonX.Y on PATH), or nothing.
find_py() {
    local v=$1 p
    if command -v pyenv >/dev/null 2>&1; then
        p=$(PYENV_VERSION=$v pyenv which "python${v%%.*}" 2>/dev/null) && { echo "$p"; return; }
        p=$(pyenv root 2>/dev/null)/versions/$v/bin/python${v%%.*}
        [ -x "$p" ] && { echo "$p"; return; }
    fi
    command -v "python${v%.*}" 2>/dev/null
}
