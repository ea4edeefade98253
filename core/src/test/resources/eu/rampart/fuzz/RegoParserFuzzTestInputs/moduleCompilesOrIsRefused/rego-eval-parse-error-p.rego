package t
x := [
