package rampart
test_big if {
  count(findings) > 0
}
