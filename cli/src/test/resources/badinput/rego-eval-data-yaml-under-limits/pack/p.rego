package t
x := count(data.b)
