package rampart
r := numbers.range(1, 3000)
n := count([1 | some a in r; some b in r; some c in r; a + b + c < 0])
findings contains f if {
  n >= 0
  f := {"id": "X"}
}
