a = f'''multi
{x}
line'''
b = f"""{x
}"""
c = f'''{
    x
    + y
}'''
