package rampart
r := numbers.range(1, 5000)
big := {sprintf("%d-%d", [a, b]): 1 | some a in r; some b in r}
findings contains f if {
  count(big) > 0
  f := {"id": "X"}
}
