# Uncaught KeyError from a nested lookup.
config = {
    'server': {'host': 'localhost', 'port': 8080},
    'client': {'retries': 3},
}


def get_setting(section, key):
    return config[section][key]


def describe():
    print('host', get_setting('server', 'host'))
    print('port', get_setting('server', 'port'))
    print('retries', get_setting('client', 'retries'))
    print('timeout', get_setting('client', 'timeout'))


describe()
