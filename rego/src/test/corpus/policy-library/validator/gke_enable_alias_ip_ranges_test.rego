#
# Copyright 2018 Google LLC
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

package templates.gcp.GCPGKEEnableAliasIPRangesConstraintV1

import data.validator.gcp.lib as lib
import data.validator.test_utils as test_utils

# Import the test data
import data.test.fixtures.gke_enable_alias_ip_ranges.assets as fixture_data

# Importing the test constraint
import data.test.fixtures.gke_enable_alias_ip_ranges.constraints as fixture_constraints

template_name := "GCPGKEEnableAliasIPRangesConstraintV1"

test_enforce_gke_enable_ip_ranges_violations {
	expected_resource_names := {
		"//container.googleapis.com/projects/transfer-repos/zones/us-central1-c/clusters/joe-clust2",
		"//container.googleapis.com/projects/transfer-repos/zones/us-central1-c/clusters/route-based-3",
	}

	test_utils.check_test_violations_count(fixture_data, [fixture_constraints], template_name, 2)
	test_utils.check_test_violations_resources(fixture_data, [fixture_constraints], template_name, expected_resource_names)
	test_utils.check_test_violations_signature(fixture_data, [fixture_constraints], template_name)
}
