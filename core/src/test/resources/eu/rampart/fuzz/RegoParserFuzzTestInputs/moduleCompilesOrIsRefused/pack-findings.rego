# METADATA
# title: rampart policy pack
# description: |
#   data.rampart.findings is the set of all findings of the pack: objects
#   {id, severity, enforcement, urn, message, remediation}, one per violation.
package rampart

import data.rampart.avail
import data.rampart.bak
import data.rampart.data as data_family
import data.rampart.enc
import data.rampart.log
import data.rampart.net
import data.rampart.res
import data.rampart.tag
import data.rampart.vpn

findings := ((((((((res.deny | enc.deny) | net.deny) | vpn.deny) | bak.deny) | log.deny) | data_family.deny) | avail.deny) | tag.deny)
