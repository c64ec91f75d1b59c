# Template-method pattern with abstract-like hooks raising NotImplementedError.
class Report:
    title = 'Report'

    def render(self, rows):
        lines = [self.header()]
        for r in rows:
            lines.append(self.row(r))
        lines.append(self.footer(len(rows)))
        return '\n'.join(lines)

    def header(self):
        return '== %s ==' % self.title

    def row(self, r):
        raise NotImplementedError('row() not implemented in ' + type(self).__name__)

    def footer(self, n):
        return '(%d rows)' % n


class CsvReport(Report):
    title = 'CSV'

    def row(self, r):
        return ','.join(str(x) for x in r)


class TableReport(CsvReport):
    title = 'Table'

    def row(self, r):
        return '| ' + ' | '.join('%5s' % x for x in r) + ' |'

    def footer(self, n):
        return super().footer(n).upper()


rows = [(1, 'a', 2.5), (22, 'bb', -1)]
for cls in (CsvReport, TableReport):
    print(cls().render(rows))
try:
    Report().render(rows)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(Report().render([]))


class Pipeline:
    steps = ()

    def run(self, value):
        for name in self.steps:
            value = getattr(self, name)(value)
        return value


class Numbers(Pipeline):
    steps = ('double', 'inc', 'show')

    def double(self, v):
        return v * 2

    def inc(self, v):
        return v + 1

    def show(self, v):
        return 'result=%d' % v


class Misconfigured(Numbers):
    steps = ('double', 'triple')


print(Numbers().run(5))
Misconfigured().run(5)
