# Copyright 2020-2022 Fugue, Inc.
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
package rules.tf_aws_ebs_ebs_volume_encryption

import data.tests.rules.tf.aws.ebs.inputs

import data.fugue

report = fugue.report_v0("", policy)

test_valid_ebs_encrypted {
    report.valid with input as inputs.ebs_volume_encryption_tf.mock_input
}

test_invalid_ebs_unencrypted {
    not report.valid with input as inputs.ebs_volume_unencrypted_tf.mock_input
}

test_invalid_ebs_encrypted_and_unencrypted {
    not report.valid with input as inputs.ebs_volumes_encrypted_and_unencrypted_tf.mock_input
}
