# An uncaught error raised through operator.attrgetter while sorting: traceback, status 1.
from operator import attrgetter, itemgetter

records = [{'id': 2}, {'id': 1}]
print(sorted(records, key=itemgetter('id')))
records.append({'name': 'no id'})
print(sorted(records, key=itemgetter('id')))
