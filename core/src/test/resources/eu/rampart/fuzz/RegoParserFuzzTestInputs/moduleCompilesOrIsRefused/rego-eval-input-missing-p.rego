package t
x := input.a
