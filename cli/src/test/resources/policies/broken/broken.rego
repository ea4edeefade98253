package rampart

findings contains f if {
	f := undefined_thing[
}
