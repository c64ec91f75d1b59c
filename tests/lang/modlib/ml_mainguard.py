"""Helper module for the mod_ tests: behaves differently when run as a script."""


def main():
    return 'main() ran'


role = 'script' if __name__ == '__main__' else 'imported as ' + __name__

if __name__ == '__main__':
    print('ml_mainguard: running as a script:', main())
