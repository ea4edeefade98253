package rampart
findings contains f if {
  n := count(numbers.range(1, 1e9))
  f := {"id": "X", "message": sprintf("%d", [n])}
}
