# Copyright 2021 Fugue, Inc.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# This package declares an empty set of rules and waivers to make sure user
# configuration have to follow these types with incremental definitions.
package fugue.regula.config

waivers[waiver] {
  waiver := {
    "resource_id": "*",
    "resource_type": "*",
    "rule_id": "*",
    "rule_name": "*",
    "filepath": "*",
  }
  false
}

rules[rule] {
  rule := {"rule_id": "*", "rule_name": "*", "status": "ENABLED"}
  false
}
