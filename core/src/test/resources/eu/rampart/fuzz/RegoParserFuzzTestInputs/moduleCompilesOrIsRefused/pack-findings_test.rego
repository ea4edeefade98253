package rampart.findings_test

import data.rampart
import data.rampart.testlib as t

test_findings_union_of_families if {
	b := t.with_fields(t.aws("aws:s3/bucketV2:BucketV2", "docs", {}), {"region": "us-east-1", "protect": false})
	fs := rampart.findings with input as t.inp([b])
	ids := t.ids(fs)
	{"RES-1", "ENC-1", "ENC-3", "DATA-1", "DATA-3", "DATA-4", "TAG-1"} - ids == set()
}

test_findings_have_all_fields if {
	b := t.with_fields(t.aws("aws:s3/bucketV2:BucketV2", "docs", {}), {"region": "us-east-1"})
	fs := rampart.findings with input as t.inp([b])
	count(fs) > 0
	every f in fs {
		is_string(f.id)
		f.severity in {"critical", "high", "medium", "low"}
		f.enforcement in {"mandatory", "advisory"}
		is_string(f.urn)
		is_string(f.message)
		is_string(f.remediation)
	}
}

test_empty_stack_has_no_findings if {
	count(rampart.findings) == 0 with input as t.inp([])
}
