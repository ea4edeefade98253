package rampart
base := concat("", ["a" | some _ in numbers.range(1, 100000)])
big := replace(base, "a", base)
findings contains f if {
  count(big) > 0
  f := {"id": "X"}
}
