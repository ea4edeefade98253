package rampart
r := numbers.range(1, 5000)
big := {[a, b] | some a in r; some b in r}
findings contains f if {
  count(big) > 0
  f := {"id": "X"}
}
