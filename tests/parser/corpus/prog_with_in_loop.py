for path in paths:
    with open(path) as fh:
        for line in fh:
            if not line.strip():
                continue
            process(line)
