x = f'''{1 + 2 = # comment
}'''
