package t
x := 1
