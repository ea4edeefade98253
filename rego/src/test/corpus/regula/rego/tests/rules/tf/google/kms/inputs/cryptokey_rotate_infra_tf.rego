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
package tests.rules.tf.google.kms.inputs.cryptokey_rotate_infra_tf

import data.fugue.resource_view.resource_view_input

mock_input := ret {
  ret = resource_view_input with input as mock_config
}
mock_resources := mock_input.resources
mock_config := {
  "hcl_resource_view_version": "0.0.1",
  "resources": {
    "google_kms_crypto_key.invalid_key_1": {
      "_filepath": "tests/rules/tf/google/kms/inputs/cryptokey_rotate_infra.tf",
      "_provider": "google",
      "_type": "google_kms_crypto_key",
      "id": "google_kms_crypto_key.invalid_key_1",
      "key_ring": "google_kms_key_ring.keyring",
      "lifecycle": [
        {
          "prevent_destroy": true
        }
      ],
      "name": "crypto-key-example"
    },
    "google_kms_crypto_key.invalid_key_2": {
      "_filepath": "tests/rules/tf/google/kms/inputs/cryptokey_rotate_infra.tf",
      "_provider": "google",
      "_type": "google_kms_crypto_key",
      "id": "google_kms_crypto_key.invalid_key_2",
      "key_ring": "google_kms_key_ring.keyring",
      "lifecycle": [
        {
          "prevent_destroy": true
        }
      ],
      "name": "crypto-key-example",
      "rotation_period": "7776002s"
    },
    "google_kms_crypto_key.valid_key_1": {
      "_filepath": "tests/rules/tf/google/kms/inputs/cryptokey_rotate_infra.tf",
      "_provider": "google",
      "_type": "google_kms_crypto_key",
      "id": "google_kms_crypto_key.valid_key_1",
      "key_ring": "google_kms_key_ring.keyring",
      "lifecycle": [
        {
          "prevent_destroy": true
        }
      ],
      "name": "crypto-key-example",
      "rotation_period": "7776000s"
    },
    "google_kms_key_ring.keyring": {
      "_filepath": "tests/rules/tf/google/kms/inputs/cryptokey_rotate_infra.tf",
      "_provider": "google",
      "_type": "google_kms_key_ring",
      "id": "google_kms_key_ring.keyring",
      "location": "global",
      "name": "keyring-example"
    }
  }
}

