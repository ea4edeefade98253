package rampart
r := numbers.range(1, 1000)
big := [x | some a in r; some b in r; some c in r; x := a]
findings contains f if {
  count(big) > 0
  f := {"id": "X"}
}
