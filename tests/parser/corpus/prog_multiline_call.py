result = some_function(
    positional_arg,
    keyword_arg=value,
    *extra_args,
    **extra_kwargs,
)
chained = (
    obj
    .method_one()
    .method_two(arg)
    .attribute
)
