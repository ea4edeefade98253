# Copyright 2020-2021 Fugue, Inc.
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
package rules.cfn_kms_key_rotation

import data.tests.rules.cfn.kms.inputs.key_rotation_infra_yaml

test_key_rotation {
  resources = key_rotation_infra_yaml.mock_resources
  allow with input as resources["ValidKey01"]
  not allow with input as resources["InvalidKey01"]
  not allow with input as resources["InvalidKey02"]
}
