package rampart.evidence_test

import data.rampart.evidence
import data.rampart.testlib as t

bucket_type := "aws:s3/bucketV2:BucketV2"

# RES-1: the EU bucket is evidence, the one outside the EU is not.
test_evidence_res1_lists_only_resources_in_allowed_regions if {
	eu := t.aws(bucket_type, "docs", {})
	us := t.with_fields(t.aws(bucket_type, "us", {}), {"region": "us-east-1"})
	s := evidence.satisfied["RES-1"] with input as t.inp([eu, us])
	s == {eu.urn}
}

# DATA-4: a protected bucket satisfies it in production, an unprotected one does not.
test_evidence_data4_is_the_protected_stateful_resources if {
	kept := t.aws(bucket_type, "kept", {})
	loose := t.with_fields(t.aws(bucket_type, "loose", {}), {"protect": false})
	s := evidence.satisfied["DATA-4"] with input as t.inp([kept, loose])
	s == {kept.urn}
}

# A control failed on the whole stack (no CloudTrail trail: LOG-1) has no evidence, whatever the stack holds.
test_evidence_is_empty_when_the_stack_fails_the_control if {
	b := t.aws(bucket_type, "docs", {})
	s := evidence.satisfied["LOG-1"] with input as t.inp([b])
	count(s) == 0
}

# Resources a control does not judge are never its evidence.
test_evidence_leaves_out_resources_the_control_does_not_judge if {
	role := t.aws("aws:iam/role:Role", "app", {})
	s := evidence.satisfied["ENC-1"] with input as t.inp([role])
	count(s) == 0
}

# DATA-2: a document archive with 10-year COMPLIANCE Object Lock satisfies it; an unmarked bucket is not judged.
test_evidence_data2_is_the_marked_buckets_that_pass if {
	archive := t.aws(bucket_type, "documents", {"objectLockConfiguration": {"objectLockEnabled": "Enabled", "rule": {"defaultRetention": {"mode": "COMPLIANCE", "days": 3650}}}})
	scratch := t.aws(bucket_type, "scratch", {})
	plain := t.aws(bucket_type, "assets", {})
	s := evidence.satisfied["DATA-2"] with input as t.inp([archive, scratch, plain])
	s == {archive.urn}
}
