#!/usr/bin/env python3
"""Writes the bad-input corpus: cli/src/test/resources/badinput/<case>/case.yaml plus its files.

Run from the repository root: python3 cli/src/test/badinput/generate.py
The cases are data; BadInputCorpusTest runs each one through the rampart command line and checks
the contract (exit code, one precise line, no trace, no secret, input unchanged, no partial output).
"""
import copy, json, os, shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "badinput")
CASES = []

P = "urn:pulumi:corpus::proj::pulumi:providers:aws::default"
BUCKET = "urn:pulumi:corpus::proj::aws:s3/bucketV2:BucketV2::documents"
STACK = "urn:pulumi:corpus::proj::pulumi:pulumi:Stack::proj-corpus"
SIG = "4dabf18193072939515e22adb298388d"
SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270"
CHECK = ["check", "--env", "{common}/env.yaml", "--policies", "{policies}/region-only"]
DIFF = ["diff"]


def resources(region, name="documents"):
    return [
        {"urn": STACK, "custom": False, "type": "pulumi:pulumi:Stack"},
        {"urn": P, "custom": True, "id": "prov-id", "type": "pulumi:providers:aws", "inputs": {"region": region}, "outputs": {"region": region}},
        {"urn": BUCKET.replace("::documents", "::" + name), "custom": True, "id": "b-1", "type": "aws:s3/bucketV2:BucketV2",
         "provider": P + "::prov-id", "inputs": {"bucket": "documents"}, "outputs": {"bucket": "documents", "region": region}},
    ]


def export(region="eu-central-1", version=3):
    return {"version": version, "deployment": {"manifest": {"time": "2024-01-01T00:00:00Z", "magic": "", "version": "v3.100.0"},
                                               "resources": resources(region)}}


def checkpoint(region="eu-central-1", version=3):
    return {"version": version, "checkpoint": {"stack": "corpus", "latest": {"manifest": {"time": "2024-01-01T00:00:00Z", "magic": "", "version": "v3"},
                                                                             "resources": resources(region)}}}


def step(op, r, old=None, new=True):
    s = {"op": op, "urn": r["urn"]}
    if new:
        s["newState"] = r
    if old is not None:
        s["oldState"] = old
    return s


def preview(region="eu-central-1", name="documents"):
    rs = resources(region, name)
    return {"config": {"aws:region": region}, "steps": [step("create", r) for r in rs],
            "changeSummary": {"create": 3}, "duration": 1}


def events(region="eu-central-1", summary=True):
    rs = resources(region)
    lines = [{"sequence": 0, "timestamp": 0, "preludeEvent": {"config": {"aws:region": region}}}]
    for i, r in enumerate(rs):
        lines.append({"sequence": 1 + i, "timestamp": 0, "resourcePreEvent": {"metadata": {"op": "create", "urn": r["urn"], "type": r["type"], "new": r}}})
    if summary:
        lines.append({"sequence": 9, "timestamp": 0, "summaryEvent": {"maybeCorrupt": False, "durationSeconds": 1, "resourceChanges": {"create": 3}}})
    lines.append({"sequence": 10, "timestamp": 0, "cancelEvent": {}})
    return "\n".join(json.dumps(l) for l in lines) + "\n"


def plan(region="eu-central-1"):
    return {"format": "rampart-plan/v1", "stack": {"project": "proj", "name": "corpus", "environment": "corpus", "config": {}},
            "resources": [{"urn": BUCKET, "type": "aws:s3/bucketV2:BucketV2", "name": "documents", "custom": True,
                           "region": region, "regionSource": "input", "inputs": {"bucket": "documents"}, "outputs": {}}]}


def case(name, args, exit, files=None, expect=(), secrets=(), setup=None, properties=None, pulumi=None, up=None,
         out=None, max_lines=3, timeout=30, description=""):
    CASES.append(dict(name=name, args=args, exit=exit, files=files or {}, expect=list(expect), secrets=list(secrets),
                      setup=setup, properties=properties or {}, pulumi=pulumi, up=up, out=out, max_lines=max_lines,
                      timeout=timeout, description=description))


def text(doc):
    if doc is None:
        return None
    return doc if isinstance(doc, str) else json.dumps(doc, indent=1)


def check_file(name, doc, exit=2, expect=("input.json",), **kw):
    case(name, CHECK + ["{case}/input.json"], exit, files={"input.json": text(doc)}, expect=expect, **kw)


# ---- A. JSON syntax -------------------------------------------------------------------------
base = json.dumps(export(), indent=1)
check_file("json-empty", "", expect=("input.json", "empty"))
check_file("json-whitespace", "  \n\t\n", expect=("input.json", "empty"))
check_file("json-bom-only", "\ufeff", expect=("input.json", "empty"))
check_file("json-truncated-object", base[: len(base) // 2], expect=("input.json", "line", "truncated"))
check_file("json-truncated-string", '{"version": 3, "deployment": {"manifest": "abc', expect=("input.json", "line", "truncated"))
check_file("json-trailing-comma", '{"version": 3, "deployment": {"resources": [],},}', expect=("input.json", "line", "column"))
check_file("json-single-quotes", "{'version': 3}", expect=("input.json", "line", "column"))
check_file("json-nan", '{"version": NaN, "deployment": {}}', expect=("input.json", "line", "column"))
check_file("json-infinity", '{"version": Infinity, "deployment": {}}', expect=("input.json", "line", "column"))
check_file("json-comment", '// a comment\n{"version": 3, "deployment": {}}', expect=("input.json", "line 1"))
check_file("json-control-char", '{"version": 3, "deployment": {"x": "a\u0001b"}}', expect=("input.json", "line", "column"))
check_file("json-raw-newline-in-string", '{"version": 3, "deployment": {"x": "a\nb"}}', expect=("input.json", "line", "column"))
check_file("json-invalid-utf8", b'{"version": 3, "deployment": {"x": "\xff\xfe"}}'.decode("latin-1"), expect=("input.json", "UTF-8"))
check_file("json-top-number", "42", expect=("input.json", "unknown format"))
check_file("json-top-string", '"hello"', expect=("input.json", "unknown format"))
check_file("json-top-null", "null", expect=("input.json", "unknown format"))
check_file("json-top-true", "true", expect=("input.json", "unknown format"))
check_file("json-two-objects", base + "\n" + base, expect=("input.json", "line"))
check_file("json-garbage-after", base + " xyz", expect=("input.json", "line"))
check_file("json-too-deep", '{"version": 3, "deployment": ' + "[" * 1100 + "]" * 1100 + "}", expect=("input.json", "nested deeper than"))
check_file("json-long-number", '{"version": ' + "9" * 1200 + ', "deployment": {}}', expect=("input.json", "number longer than"))
# a short number with an exponent no engine arithmetic could hold (a billion digits written out)
for n, lit in (("json-huge-exponent", "1e888888888"), ("json-tiny-exponent", "1e-888888888")):
    e = export(); e["deployment"]["resources"][2].setdefault("inputs", {})["size"] = "__N__"
    check_file(n, json.dumps(e, indent=1).replace('"__N__"', lit), expect=("input.json", "resources[2].inputs.size", "out of range"))
# an exponent that does not even fit an int: Jackson refuses it without a place, rampart finds the place
check_file("json-exponent-overflow", '{"version": 3, "deployment": {"resources": [], "x": 9e9999999999}}', expect=("input.json", "line 1", "out of range"))
check_file("json-exponent-overflow-array", '[{"x": 1}, 9e9999999999]', expect=("input.json", "line 1", "out of range"))
check_file("json-unclosed-array", '{"version": 3, "deployment": {"resources": [', expect=("input.json", "truncated"))
check_file("json-duplicate-garbage", '{"version": 3 "deployment": {}}', expect=("input.json", "line", "column"))
check_file("json-empty-object", "{}", expect=("input.json", "unknown format"))
check_file("json-empty-array", "[]", expect=("input.json", "unknown format"))

# ---- B. file types ------------------------------------------------------------------------------
check_file("file-missing", None, expect=("input.json", "no such file"))
check_file("file-directory", None, setup="dir:input.json", expect=("input.json", "directory"))
check_file("file-fifo", None, setup="fifo:input.json", expect=("input.json", "not a regular file"))
check_file("file-dev-zero", None, setup="devzero:input.json", expect=("input.json", "not a regular file"))
check_file("file-symlink-loop", None, setup="loop:input.json", expect=("input.json", "symbolic link loop"))
check_file("file-symlink-dangling", None, setup="dangling:input.json", expect=("input.json", "does not exist"))
check_file("file-too-large", base, properties={"rampart.limits.inputBytes": "300"}, expect=("input.json", "input limit of 300 bytes", "RAMPART_LIMITS_INPUT_BYTES"))
case("file-parent-not-dir", CHECK + ["{case}/input.json/inner.json"], 2, files={"input.json": base}, expect=("inner.json",))

# ---- C. format detection ------------------------------------------------------------------------
e = export(); e["steps"] = []
check_file("format-export-with-steps", e, expect=("input.json", "ambiguous format"))
c = checkpoint(); c["deployment"] = {}
check_file("format-checkpoint-with-deployment", c, expect=("input.json", "ambiguous format"))
p = preview(); p["deployment"] = {}; p["version"] = 3
check_file("format-preview-with-deployment", p, expect=("input.json", "ambiguous format"))
pl = plan(); pl["steps"] = []
check_file("format-plan-with-steps", pl, expect=("input.json", "ambiguous format"))
p = preview(); p["resourcePreEvent"] = {"metadata": {}}
check_file("format-preview-with-event-key", p, expect=("input.json", "ambiguous format"))
e = export(); e["steps"] = []
case("format-forced-still-unambiguous", CHECK + ["--input-format", "export", "{case}/input.json"], 2, files={"input.json": json.dumps(e)},
     expect=("input.json", "also has the marks of preview"))
check_file("format-unknown-object", {"hello": "world"}, expect=("input.json", "unknown format"))
check_file("format-array-not-events", [1, 2, 3], expect=("input.json", "unknown format"))
e = export("us-east-1"); e["deployment"]["Resources"] = e["deployment"].pop("resources")
check_file("case-Resources-read-as-pulumi", e, exit=1, expect=(), max_lines=3, description="Go's decoder reads Resources as resources")
e = export("us-east-1"); e["Deployment"] = e.pop("deployment"); e["Version"] = e.pop("version")
check_file("case-Deployment-Version", e, exit=1, expect=())
p = preview("us-east-1"); p["Steps"] = p.pop("steps")
check_file("case-Steps-read-as-pulumi", p, exit=1, expect=())
p = preview("us-east-1"); p["STEPS"] = p.pop("steps")
check_file("case-STEPS-upper", p, exit=1, expect=())
c = {"target": "corpus", "Latest": {"resources": resources("us-east-1")}}
check_file("case-Latest-v0-checkpoint", c, exit=1, expect=())
e = export("us-east-1"); e["deployment"]["Resources"] = copy.deepcopy(e["deployment"]["resources"])
check_file("case-resources-and-Resources", e, expect=("input.json", "has both"))
p = preview("us-east-1"); p["Steps"] = []
check_file("case-steps-and-Steps", p, expect=("input.json", "has both"))
e = export("us-east-1"); e["deployment"]["re\u017ftources".replace("t", "")] = e["deployment"].pop("resources")
check_file("case-long-s-resources", e, exit=1, expect=())
e = export("us-east-1")
for r in e["deployment"]["resources"]:
    r["URN"] = r.pop("urn")
check_file("case-URN-upper", e, exit=1, expect=())
e = export("us-east-1")
e["deployment"]["resources"][2]["Urn"] = e["deployment"]["resources"][2]["urn"]
check_file("case-urn-and-Urn", e, expect=("input.json", "has both"))

# ---- D. preview steps ---------------------------------------------------------------------------
for op in ["create", "update", "replace", "create-replacement", "import"]:
    p = preview("us-east-1"); s = p["steps"][2]; s["op"] = op; s.pop("newState")
    if op in ("update", "replace"):
        s["oldState"] = resources("eu-central-1")[2]
    check_file("preview-%s-without-newstate" % op, p, expect=("input.json", "steps[2]", "without the resource's new state"))
p = preview(); p["steps"][1] = "create"
check_file("preview-step-not-object", p, expect=("input.json", "steps[1]"))
p = preview(); p["steps"][1].pop("urn")
check_file("preview-step-missing-urn", p, expect=("input.json", "steps[1].urn", "missing"))
p = preview(); p["steps"][1].pop("op")
check_file("preview-step-missing-op", p, expect=("input.json", "steps[1].op", "missing"))
p = preview(); p["steps"][1]["op"] = "explode"
check_file("preview-step-unknown-op", p, expect=("input.json", "unknown step operation"))
p = preview(); p["steps"][1]["urn"] = "not-a-urn"; p["steps"][1]["newState"]["urn"] = "not-a-urn"
check_file("preview-step-bad-urn", p, expect=("input.json", "URN"))
p = preview(); p["steps"][2]["newState"] = "state"
check_file("preview-newstate-not-object", p, expect=("input.json", "steps[2].newState"))
p = preview(); p["steps"][2]["op"] = "delete"; p["steps"][2].pop("newState")
check_file("preview-delete-without-oldstate", p, expect=("input.json", "steps[2]", "neither an old nor a new state"))
p = preview("us-east-1"); p["steps"][2]["newState"]["type"] = "aws:s3/bucketV2:BucketV2x"
check_file("preview-type-contradicts-urn", p, expect=("input.json", "steps[2].newState.type", "contradicts"))
p = preview(); p["steps"][2]["op"] = "replace"; p["steps"][2]["replaceReasons"] = "region"
check_file("preview-replace-reasons-not-array", p, expect=("input.json", "replaceReasons"))
p = preview(); p["steps"] = {"a": 1}
check_file("preview-steps-not-array", p, expect=("input.json", "steps", "array"))
p = preview(); p["config"] = ["aws:region"]
check_file("preview-config-not-object", p, expect=("input.json", "config"))
p = preview(); p["steps"][2]["newState"]["inputs"] = [1, 2]
check_file("preview-inputs-array", p, expect=("input.json", "inputs", "object"))
p = preview(); p["steps"][2]["newState"]["dependencies"] = [1]
check_file("preview-dependencies-not-strings", p, expect=("input.json", "dependencies[0]"))
p = preview(); p["steps"][2]["newState"]["protect"] = "yes"
check_file("preview-protect-not-bool", p, expect=("input.json", "protect", "true or false"))

# ---- E. engine events ---------------------------------------------------------------------------
ev = events("us-east-1", summary=False)
check_file("events-no-summary", ev, expect=("input.json", "no summaryEvent"))
check_file("events-only-prelude-and-summary",
           '{"sequence":0,"preludeEvent":{"config":{}}}\n{"sequence":1,"summaryEvent":{"resourceChanges":{}}}\n',
           expect=("input.json", "no resource event"))
ev_lines = events("us-east-1").splitlines()
check_file("events-truncated-last-line", "\n".join(ev_lines)[:-20], expect=("input.json", "line"))
bad = [json.loads(l) for l in ev_lines]
bad[3]["resourcePreEvent"]["metadata"].pop("new")
check_file("events-create-without-new", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "line 4", "without the resource's new state"))
bad = [json.loads(l) for l in ev_lines]; bad[2]["resourcePreEvent"].pop("metadata")
check_file("events-missing-metadata", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "line 3", "metadata"))
bad = [json.loads(l) for l in ev_lines]; bad[2]["resourcePreEvent"]["metadata"].pop("op")
check_file("events-missing-op", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "line 3", "op"))
bad = [json.loads(l) for l in ev_lines]; bad[2]["summaryEvent"] = {}
check_file("events-two-payloads", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "line 3", "two event payloads"))
bad = [json.loads(l) for l in ev_lines]; bad.insert(2, {"sequence": 5, "nothing": 1})
check_file("events-line-not-event", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "line 3"))
bad = [json.loads(l) for l in ev_lines]
for l in bad:
    if "resourcePreEvent" in l:
        l["ResourcePreEvent"] = l.pop("resourcePreEvent")
check_file("events-ResourcePreEvent-case", "\n".join(json.dumps(l) for l in bad), exit=1, expect=())
arr = [json.loads(l) for l in events("us-east-1", summary=False).splitlines()]
check_file("events-array-no-summary", arr, expect=("input.json", "no summaryEvent"))
bad = [json.loads(l) for l in ev_lines]; bad[3]["resourcePreEvent"]["metadata"]["new"]["type"] = "aws:s3/bucket:Bucket"
check_file("events-type-contradicts-urn", "\n".join(json.dumps(l) for l in bad), expect=("input.json", "contradicts"))
check_file("events-blank-lines-only-prelude", '\n\n{"preludeEvent":{"config":{}}}\n\n', expect=("input.json", "no summaryEvent"))

# ---- F. exports and checkpoints -----------------------------------------------------------------
for v, label, exp in [(0, "0", "schema version 0"), (5, "5", "schema version 5"), (-1, "minus", "schema version -1"),
                      (4294967299, "wrap", "4294967299"), ("1e400", "1e400", "digits"), (1.5, "fraction", "fraction"),
                      ("\"3\"", "string", "a string"), ("null", "null", "integer")]:
    body = base.replace('"version": 3,', '"version": %s,' % (v if not isinstance(v, str) else v), 1)
    check_file("export-version-" + label, body, expect=("input.json", "$.version", exp))
e = export(); e.pop("version")
check_file("export-missing-version", e, expect=("input.json", "version", "missing"))
e = export(version=4); e["features"] = ["teleport"]
check_file("export-unknown-feature", e, expect=("input.json", "features[0]", "unknown state feature"))
e = export(version=3); e["features"] = ["views"]
check_file("export-features-before-v4", e, expect=("input.json", "features"))
e = export(); e["deployment"] = [1]
check_file("export-deployment-array", e, expect=("input.json", "deployment"))
e = export(); e["deployment"]["resources"] = {"a": 1}
check_file("export-resources-object", e, expect=("input.json", "resources", "array"))
e = export(); e["deployment"]["resources"][1] = 7
check_file("export-resource-number", e, expect=("input.json", "resources[1]"))
e = export(); e["deployment"]["resources"][2].pop("urn")
check_file("export-resource-missing-urn", e, expect=("input.json", "resources[2].urn", "missing"))
e = export(); e["deployment"]["resources"][2]["urn"] = "urn:aws:s3:::documents"
check_file("export-resource-bad-urn", e, expect=("input.json", "resources[2].urn", "URN"))
e = export("us-east-1"); e["deployment"]["resources"][2]["type"] = "aws:s3/bucketV2:Other"
check_file("export-type-contradicts-urn", e, expect=("input.json", "resources[2].type", "contradicts"))
e = export(); e["deployment"]["resources"][2]["outputs"] = "x"
check_file("export-outputs-string", e, expect=("input.json", "outputs"))
e = export(); e["deployment"]["resources"][2]["propertyDependencies"] = [1]
check_file("export-property-dependencies-array", e, expect=("input.json", "propertyDependencies"))
e = export(); e["deployment"]["resources"][2]["custom"] = "true"
check_file("export-custom-string", e, expect=("input.json", "custom"))
e = export(); e["deployment"]["resources"][2]["additionalSecretOutputs"] = "password"
check_file("export-additional-secret-outputs-string", e, expect=("input.json", "additionalSecretOutputs"))
c = checkpoint(); c["checkpoint"]["latest"] = "x"
check_file("checkpoint-latest-string", c, expect=("input.json", "latest"))
c = checkpoint(version=9)
check_file("checkpoint-version-9", c, expect=("input.json", "schema version 9"))
c = checkpoint(); c["checkpoint"]["config"] = "x"
check_file("checkpoint-config-string", c, expect=("input.json", "config"))
c = {"target": "corpus", "latest": [1]}
check_file("checkpoint-v0-latest-array", c, expect=("input.json", "latest"))
c = checkpoint(); c.pop("version")
check_file("checkpoint-missing-version", c, expect=("input.json", "version"))

# ---- G. rampart plans ---------------------------------------------------------------------------
pl = plan(); pl["format"] = "rampart-plan/v9"
check_file("plan-unknown-version", pl, expect=("input.json", "unsupported plan format"))
pl = plan(); pl.pop("stack")
check_file("plan-missing-stack", pl, expect=("input.json", "stack", "missing"))
pl = plan(); pl.pop("resources")
check_file("plan-missing-resources", pl, expect=("input.json", "resources", "missing"))
pl = plan("us-east-1"); pl["resources"][0]["type"] = "aws:s3/bucket:Bucket"
check_file("plan-type-contradicts-urn", pl, expect=("input.json", "contradicts"))
pl = plan(); pl["resources"][0]["regionSource"] = "guess"
check_file("plan-bad-region-source", pl, expect=("input.json", "regionSource"))
pl = plan(); pl["resources"][0]["inputs"] = [1]
check_file("plan-inputs-array", pl, expect=("input.json", "inputs"))

# ---- H. nesting at the parser's limit: handled, never a stack overflow ----------------------------
def deep(depth, leaf="x"):
    return "[" * depth + json.dumps(leaf) + "]" * depth
e = export()
body = json.dumps(e, indent=1).replace('"bucket": "documents"', '"deep": ' + deep(990), 1)
check_file("nesting-at-limit-export", body, exit=0, expect=())
p = json.dumps(preview(), indent=1).replace('"bucket": "documents"', '"deep": ' + deep(990), 1)
check_file("nesting-at-limit-preview", p, exit=0, expect=())
obj = '{"a":' * 990 + '"x"' + "}" * 990
check_file("nesting-at-limit-objects", json.dumps(export(), indent=1).replace('"bucket": "documents"', '"deep": ' + obj, 1), exit=0, expect=())
inner = json.dumps(json.loads(deep(900)))
sec = {SIG: SECRET_SIG, "plaintext": inner}
check_file("nesting-in-secret-plaintext", json.dumps(export(), indent=1).replace('"bucket": "documents"', '"deep": ' + json.dumps(sec), 1), exit=0, expect=())
case("nesting-at-limit-diff", DIFF + ["{case}/a.json", "{case}/b.json"], 0,
     files={"a.json": base, "b.json": json.dumps(export(), indent=1).replace('"bucket": "documents"', '"deep": ' + deep(990), 1)}, expect=())

# ---- I. secrets never printed --------------------------------------------------------------------
SECRETS = {
    "plain": "Zq7Kx9WmPlainSecretValue",
    "markdown": "p|a*s_s`w<o>r&d\"Zq7Kx9WmMdSecret%x:y,z",
    "crlf": "line-one-Zq7Kx9WmA\r\nline-two-Zq7Kx9WmB",
    "backslash": "back\\slash\\Zq7Kx9WmBs\t\u0001end",
}
FORMATS = ["text", "json", "sarif", "junit", "markdown", "github"]
for key, secret in SECRETS.items():
    for fmt in FORMATS:
        p = preview("us-east-1", name=secret)
        p["config"]["proj:dbPassword"] = secret
        case("secret-%s-report-%s" % (key, fmt), CHECK + ["--output", fmt, "--out", "{case}/report.out", "{case}/input.json"], 1,
             files={"input.json": json.dumps(p, indent=1)}, secrets=[secret], out="report.out", expect=())
    p = preview("us-east-1", name=secret)
    p["steps"][2]["newState"]["inputs"]["dbPassword"] = secret
    case("secret-%s-stdout-text" % key, CHECK + ["{case}/input.json"], 1, files={"input.json": json.dumps(p, indent=1)},
         secrets=[secret], expect=())
    for fmt in ["markdown", "json", "html"]:
        a = export("eu-central-1"); b = export("us-east-1")
        for d in (a, b):
            d["deployment"]["resources"][2]["inputs"]["password"] = {SIG: SECRET_SIG, "plaintext": json.dumps(secret)}
            d["deployment"]["resources"][2]["outputs"]["tags"] = {"note": secret}
        case("secret-%s-diff-%s" % (key, fmt), DIFF + ["--output", fmt, "{case}/a.json", "{case}/b.json"], 0,
             files={"a.json": json.dumps(a), "b.json": json.dumps(b)}, secrets=[secret], expect=())
    # an input error that quotes a value which is also a secret of the same file
    e = export()
    e["deployment"]["resources"][1]["inputs"]["token"] = {SIG: SECRET_SIG, "plaintext": json.dumps(secret)}
    e["deployment"]["resources"][2]["urn"] = secret
    check_file("secret-%s-in-error-message" % key, e, expect=("input.json", "resources[2].urn"), secrets=[secret])

# environment fn::secret values reach the masker
ENV_SECRET = "Zq7Kx9WmEnvironmentSecret"
env_secret = open(os.path.join(os.path.dirname(__file__), "env.yaml")).read().replace("owner: corpus", "owner: {fn::secret: %s}" % ENV_SECRET)
for fmt in ["text", "markdown", "github", "json"]:
    p = preview("us-east-1", name=ENV_SECRET)
    case("secret-env-fn-secret-%s" % fmt, ["check", "--env", "{case}/env.yaml", "--policies", "{policies}/region-only", "--output", fmt, "{case}/input.json"], 1,
         files={"input.json": json.dumps(p), "env.yaml": env_secret}, secrets=[ENV_SECRET], expect=())
bad_env = env_secret.replace("production: true", "production: {fn::secret: %s}" % ENV_SECRET)
case("secret-env-wrong-type-message", ["check", "--env", "{case}/env.yaml", "--policies", "{policies}/region-only", "{case}/input.json"], 2,
     files={"input.json": base, "env.yaml": bad_env}, secrets=[ENV_SECRET], expect=("env.yaml", "production", "must be true or false"))

# ---- J. environment files ------------------------------------------------------------------------
ENV = open(os.path.join(os.path.dirname(__file__), "env.yaml")).read()
def env_case(name, env_text, expect, exit=2, setup=None, properties=None):
    case(name, ["check", "--env", "{case}/env.yaml", "--policies", "{policies}/region-only", "{case}/input.json"], exit,
         files={"input.json": base, **({"env.yaml": env_text} if env_text is not None else {})}, expect=expect, setup=setup,
         properties=properties)
laughs = "values:\n  rampart:\n    production: true\n  a: &a [x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for i in "bcdefghi":
    laughs += "  %s: &%s [%s]\n" % (i, i, ", ".join(["*" + prev] * 9))
    prev = i
env_case("env-billion-laughs", laughs, ("env.yaml", "aliases"))
small_bomb = "values:\n  rampart:\n    production: true\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for i in "bcdef":
    small_bomb += "  %s: &%s [%s]\n" % (i, i, ", ".join(["*" + prev] * 10))
    prev = i
env_case("env-alias-bomb-under-alias-limit", small_bomb, ("env.yaml", "expands to more than"))
env_case("env-recursive-alias", "values: &v\n  rampart:\n    production: true\n  loop: *v\n", ("env.yaml",))
env_case("env-recursive-alias-seq", "values:\n  rampart:\n    production: true\n  l: &l [a, *l]\n", ("env.yaml",))
env_case("env-deep-nesting", "values:\n  rampart:\n    production: true\n  d: " + "[" * 300 + "]" * 300 + "\n", ("env.yaml", "nest"))
doubling = "values:\n  rampart:\n    production: true\n  s0: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
for i in range(1, 40):
    doubling += "  s%d: ${s%d}${s%d}\n" % (i, i - 1, i - 1)
env_case("env-interpolation-doubling", doubling, ("env.yaml", "larger than"))
lists = "values:\n  rampart:\n    production: true\n  l0: [a, b]\n"
for i in range(1, 60):
    lists += "  l%d: ['${l%d}', '${l%d}']\n" % (i, i - 1, i - 1)
env_case("env-interpolation-shared-lists", lists, ("env.yaml", "larger than"))
env_case("env-huge-index", ENV + "  list: [a]\n  ref: ${list[99999999999999999999]}\n", ("env.yaml", "out of range"))
env_case("env-float-java-cannot-read", ENV + "  n: ._\n", ("env.yaml", "number"))
env_case("env-float-infinite", ENV + "  n: 1e999\n", ("env.yaml", "finite number"))
env_case("env-reference-cycle", ENV + "  a: ${b}\n  b: ${a}\n", ("env.yaml", "cycle"))
env_case("env-unknown-reference", ENV + "  a: ${nope.nothing}\n", ("env.yaml", "unknown reference"))
env_case("env-object-in-string", ENV + "  a: x-${rampart}\n", ("env.yaml", "object or list"))
env_case("env-tab-indent", "values:\n\trampart: {}\n", ("env.yaml", "invalid YAML"))
env_case("env-not-mapping", "- a\n- b\n", ("env.yaml", "mapping"))
env_case("env-missing-values", "other: 1\n", ("env.yaml", "values"))
env_case("env-production-wrong-type", ENV.replace("production: true", "production: maybe"), ("env.yaml", "must be true or false"))
env_case("env-production-missing", ENV.replace("    production: true\n", ""), ("env.yaml", "missing required setting"))
env_case("env-duplicate-key", ENV + "  rampart: {}\n", ("env.yaml", "duplicate"))
env_case("env-java-tag", ENV + "  x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n", ("env.yaml", "tag"))
env_case("env-directory", None, ("env.yaml", "directory"), setup="dir:env.yaml")
env_case("env-fifo", None, ("env.yaml", "not a regular file"), setup="fifo:env.yaml")
env_case("env-dev-zero", None, ("env.yaml", "not a regular file"), setup="devzero:env.yaml")
env_case("env-symlink-loop", None, ("env.yaml", "symbolic link loop"), setup="loop:env.yaml")
env_case("env-invalid-utf8", "values:\n  rampart:\n    production: true\n  x: \udcff\n", ("env.yaml", "UTF-8"))
env_case("env-empty", "", ("env.yaml", "empty"))
env_case("env-too-large", ENV, ("env.yaml", "input limit"), properties={"rampart.limits.inputBytes": "50"})

# a waiver glob that makes a backtracking matcher take exponential time; the URN is long and never matches
glob = "**" + "a**" * 40 + "b"
longname = "a" * 3000
p = preview("us-east-1", name=longname)
waiver_env = ENV.replace("      waivers: []", "      waivers:\n        - rule: RES-1\n          urn: \"%s\"\n          reason: pathological glob\n          owner: corpus\n          expires: \"2099-12-31\"" % glob)
case("waiver-glob-backtracking", ["check", "--env", "{case}/env.yaml", "--policies", "{policies}/region-only", "{case}/input.json"], 1,
     files={"input.json": json.dumps(p), "env.yaml": waiver_env}, expect=(), timeout=60, max_lines=3)

# ---- K. command-line usage -----------------------------------------------------------------------
case("usage-missing-policies-dir", ["check", "--env", "{common}/env.yaml", "--policies", "{case}/nope", "{case}/input.json"], 2,
     files={"input.json": base}, expect=("--policies", "no such directory"))
case("usage-policies-is-file", ["check", "--env", "{common}/env.yaml", "--policies", "{case}/input.json", "{case}/input.json"], 2,
     files={"input.json": base}, expect=("--policies", "not a directory"))
case("usage-unknown-output", CHECK + ["--output", "pdf", "{case}/input.json"], 2, files={"input.json": base}, expect=("pdf",))
case("usage-unknown-fail-on", CHECK + ["--fail-on", "sometimes", "{case}/input.json"], 2, files={"input.json": base}, expect=("sometimes",))
case("usage-unknown-input-format", CHECK + ["--input-format", "yaml", "{case}/input.json"], 2, files={"input.json": base}, expect=("yaml",))
case("usage-forced-format-mismatch", CHECK + ["--input-format", "preview", "{case}/input.json"], 2, files={"input.json": base}, expect=("input.json", "steps"))
case("usage-unknown-env-name", ["check", "--env", "nonexistent-env", "--policies", "{policies}/region-only", "{case}/input.json"], 2,
     files={"input.json": base}, expect=("nonexistent-env",))
case("diff-three-files", DIFF + ["{case}/a.json", "{case}/a.json", "{case}/a.json"], 2, files={"a.json": base}, expect=("BEFORE AFTER", "got 3 files"))
case("diff-no-files", DIFF, 2, expect=("BEFORE AFTER", "got 0 files"))
case("diff-preview-as-before", DIFF + ["{case}/p.json", "{case}/a.json"], 2, files={"p.json": json.dumps(preview()), "a.json": base},
     expect=("p.json", "preview given as BEFORE"))
case("diff-events-as-after", DIFF + ["{case}/a.json", "{case}/e.json"], 2, files={"e.json": events(), "a.json": base},
     expect=("e.json", "event stream given as AFTER"))
case("diff-bad-after", DIFF + ["{case}/a.json", "{case}/b.json"], 2, files={"a.json": base, "b.json": base[:40]}, expect=("b.json", "truncated"))
case("diff-missing-policies-dir", DIFF + ["--env", "{common}/env.yaml", "--policies", "{case}/nope", "{case}/a.json"], 2,
     files={"a.json": json.dumps(preview())}, expect=("--policies", "no such directory"))
case("diff-fifo", DIFF + ["{case}/a.json"], 2, setup="fifo:a.json", expect=("a.json", "not a regular file"))
case("diff-unknown-output", DIFF + ["--output", "pdf", "{case}/a.json"], 2, files={"a.json": json.dumps(preview())}, expect=("pdf",))
case("diff-out-not-written-on-error", DIFF + ["--out", "{case}/diff.md", "{case}/a.json"], 2, files={"a.json": "{"}, out="diff.md", expect=("a.json",))
case("check-out-not-written-on-bad-env", ["check", "--env", "{case}/env.yaml", "--policies", "{policies}/region-only", "--out", "{case}/r.txt", "{case}/input.json"], 2,
     files={"input.json": base, "env.yaml": "values: [1"}, out="r.txt", expect=("env.yaml",))
case("plan-missing-stack-dir", ["plan", "--env", "{common}/env.yaml", "--stack", "{case}/nope"], 2, expect=("nope", "no such directory"))
case("plan-bad-env", ["plan", "--env", "{case}/env.yaml", "--stack", "{case}"], 2, files={"env.yaml": "values: &v [*v]"}, expect=("env.yaml",))

# ---- L. gate with a stand-in pulumi ----------------------------------------------------------------
GATE = ["gate", "--env", "{common}/env.yaml", "--stack", "{case}/project", "--policies", "{policies}/region-only"]
p = preview("us-east-1"); p["steps"][2].pop("newState")
case("gate-create-without-newstate", GATE, 2, pulumi=json.dumps(p), up="never", expect=("steps[2]", "new state"))
case("gate-truncated-preview", GATE, 2, pulumi=json.dumps(preview("us-east-1"))[:100], up="never", expect=("truncated",))
case("gate-empty-preview", GATE, 2, pulumi="", up="never", expect=("empty",))
e = export("us-east-1"); e["steps"] = []
case("gate-ambiguous-preview", GATE, 2, pulumi=json.dumps(e), up="never", expect=("also has the marks of export",))
p = preview("us-east-1"); p["Steps"] = p.pop("steps")
case("gate-Steps-violation-never-runs-up", GATE, 1, pulumi=json.dumps(p), up="never", expect=())
p = preview("us-east-1"); p["steps"][2]["newState"]["type"] = "aws:s3/bucket:Bucket"
case("gate-type-contradiction", GATE, 2, pulumi=json.dumps(p), up="never", expect=("contradicts",))
p = preview("us-east-1"); p["steps"][2]["op"] = "update"; p["steps"][2]["oldState"] = resources("eu-central-1")[2]; p["steps"][2].pop("newState")
case("gate-update-without-newstate", GATE, 2, pulumi=json.dumps(p), up="never", expect=("new state",))
case("gate-compliant-runs-up", GATE, 0, pulumi=json.dumps(preview("eu-central-1")), up="once", expect=())
case("gate-missing-policies", ["gate", "--env", "{common}/env.yaml", "--stack", "{case}/project", "--policies", "{case}/nope"], 2,
     pulumi=json.dumps(preview()), up="never", expect=("--policies", "no such directory"))

# ---- M. hostile policies: evaluation budget ---------------------------------------------------------
HOSTILE = {
    "range": "package rampart\nfindings contains f if {\n  n := count(numbers.range(1, 1e9))\n  f := {\"id\": \"X\", \"message\": sprintf(\"%d\", [n])}\n}\n",
    "comprehension": "package rampart\nr := numbers.range(1, 1000)\nbig := [x | some a in r; some b in r; some c in r; x := a]\nfindings contains f if {\n  count(big) > 0\n  f := {\"id\": \"X\"}\n}\n",
    "concat-doubling": "package rampart\n" + "s0 := \"" + "x" * 64 + "\"\n" + "".join("s%d := concat(\"\", [s%d, s%d])\n" % (i, i - 1, i - 1) for i in range(1, 40)) + "findings contains f if {\n  count(s39) > 0\n  f := {\"id\": \"X\"}\n}\n",
    "array-doubling": "package rampart\n" + "a0 := [1, 2, 3, 4]\n" + "".join("a%d := array.concat(a%d, a%d)\n" % (i, i - 1, i - 1) for i in range(1, 40)) + "findings contains f if {\n  count(a39) > 0\n  f := {\"id\": \"X\"}\n}\n",
    "replace-blowup": "package rampart\nbase := concat(\"\", [\"a\" | some _ in numbers.range(1, 100000)])\nbig := replace(base, \"a\", base)\nfindings contains f if {\n  count(big) > 0\n  f := {\"id\": \"X\"}\n}\n",
    "set-comprehension": "package rampart\nr := numbers.range(1, 5000)\nbig := {[a, b] | some a in r; some b in r}\nfindings contains f if {\n  count(big) > 0\n  f := {\"id\": \"X\"}\n}\n",
    "object-comprehension": "package rampart\nr := numbers.range(1, 5000)\nbig := {sprintf(\"%d-%d\", [a, b]): 1 | some a in r; some b in r}\nfindings contains f if {\n  count(big) > 0\n  f := {\"id\": \"X\"}\n}\n",
}
# comprehensions reach the default 10 million elements only after seconds of work: the corpus lowers
# the limit for them so the build stays fast (the limit's code path is the same)
LOWER = {"rampart.limits.evalValueSize": "200000"}
for key, rego in HOSTILE.items():
    props = LOWER if "comprehension" in key else None
    case("policy-%s-check" % key, ["check", "--env", "{common}/env.yaml", "--policies", "{case}/pack", "{case}/input.json"], 3,
         files={"input.json": base, "pack/hostile.rego": rego}, expect=("budget",), max_lines=4, timeout=60, properties=props)
    q = "data.rampart.findings"
    case("policy-%s-rego-eval" % key, ["rego", "eval", "-d", "{case}/pack", q], 3,
         files={"pack/hostile.rego": rego}, expect=("budget",), timeout=60, properties=props)
# a policy that loops for hours without building anything: only the time budget stops it; the corpus
# sets it to 3 s (default rampart.limits.evalSeconds=60) so the build stays fast
LOOP = "package rampart\nr := numbers.range(1, 3000)\nn := count([1 | some a in r; some b in r; some c in r; a + b + c < 0])\nfindings contains f if {\n  n >= 0\n  f := {\"id\": \"X\"}\n}\n"
FAST = {"rampart.limits.evalSeconds": "3"}
case("policy-long-loop-check", ["check", "--env", "{common}/env.yaml", "--policies", "{case}/pack", "{case}/input.json"], 3,
     files={"input.json": base, "pack/hostile.rego": LOOP}, expect=("timed out", "RAMPART_LIMITS_EVAL_SECONDS"), max_lines=4, timeout=60, properties=FAST)
case("policy-long-loop-rego-eval", ["rego", "eval", "-d", "{case}/pack", "data.rampart.findings"], 3,
     files={"pack/hostile.rego": LOOP}, expect=("timed out", "RAMPART_LIMITS_EVAL_SECONDS"), timeout=60, properties=FAST)
case("policy-range-rego-test", ["rego", "test", "{case}/pack"], 2,
     files={"pack/hostile.rego": HOSTILE["range"], "pack/hostile_test.rego": "package rampart\ntest_big if {\n  count(findings) > 0\n}\n"},
     expect=(), timeout=60, max_lines=6)  # rego test (like opa test): an erroring test exits 2, reported on stdout

# ---- N. rego eval inputs --------------------------------------------------------------------------
SIMPLE = {"pack/p.rego": "package t\nx := input.a\n"}
def eval_case(name, setup=None, files=None, expect=(), exit=2):
    case(name, ["rego", "eval", "-d", "{case}/pack", "-i", "{case}/in.json" if not (files and "in.yaml" in files) else "{case}/in.yaml", "data.t.x"], exit,
         files={**SIMPLE, **(files or {})}, setup=setup, expect=expect)
eval_case("rego-eval-input-missing", expect=("in.json",))
eval_case("rego-eval-input-fifo", setup="fifo:in.json", expect=("in.json", "not a regular file"))
eval_case("rego-eval-input-dev-zero", setup="devzero:in.json", expect=("in.json", "not a regular file"))
eval_case("rego-eval-input-malformed", files={"in.json": "{\"a\": "}, expect=("in.json",))
eval_case("rego-eval-input-symlink-loop", setup="loop:in.json", expect=("in.json", "symbolic link loop"))
eval_case("rego-eval-input-yaml-bomb", files={"in.yaml": laughs}, expect=("in.yaml", "aliases"))
eval_case("rego-eval-input-yaml-recursive", files={"in.yaml": "a: &a [1, *a]\n"}, expect=("in.yaml",))
eval_case("rego-eval-input-yaml-java-tag", files={"in.yaml": "a: !!java.io.File [x]\n"}, expect=("in.yaml", "tag"))
case("rego-eval-missing-data-dir", ["rego", "eval", "-d", "{case}/nope", "data.t.x"], 2, expect=("nope",))
case("rego-eval-parse-error", ["rego", "eval", "-d", "{case}/pack", "data.t.x"], 3, files={"pack/p.rego": "package t\nx := [\n"}, expect=("p.rego",))

# ---- O. rego eval/test data files: YAML bounded as environment files are ---------------------------
# (rampart.limits.yamlValues after alias expansion, yamlDepth for nesting, inputBytes for the size)
data_bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for i in "bcdefghi":
    data_bomb += "%s: &%s [%s]\n" % (i, i, ", ".join(["*" + prev] * 10))  # 80 aliases: under the alias count
    prev = i
DATA_CASES = {
    "yaml-bomb": (data_bomb, ("data.yaml", "more than 100000 values")),
    "yaml-recursive-seq": ("a: &a [1, *a]\n", ("data.yaml", "nested deeper than")),
    "yaml-recursive-map": ("a: &a {b: *a}\n", ("data.yaml", "nested deeper than")),
    "yaml-deep": ("a: " + "[" * 200 + "]" * 200 + "\n", ("data.yaml",)),
    "yaml-billion-laughs": (laughs, ("data.yaml",)),
}
for key, (doc, exp) in DATA_CASES.items():
    case("rego-eval-data-%s" % key, ["rego", "eval", "-d", "{case}/pack", "data.t.x"], 2,
         files={"pack/p.rego": "package t\nx := 1\n", "pack/data.yaml": doc}, expect=exp)
    # rego test refuses a file it cannot load with exit 1, as for a parse error (opa test does the same)
    case("rego-test-data-%s" % key, ["rego", "test", "{case}/pack"], 1,
         files={"pack/p_test.rego": "package t\ntest_x if { true }\n", "pack/data.yaml": doc}, expect=exp)
case("rego-eval-data-yml-bomb-named", ["rego", "eval", "-d", "{case}/d.yml", "data"], 2, files={"d.yml": data_bomb},
     expect=("d.yml", "more than 100000 values"))
case("rego-eval-data-yaml-under-limits", ["rego", "eval", "-d", "{case}/pack", "data.t.x"], 0,
     files={"pack/p.rego": "package t\nx := count(data.b)\n", "pack/data.yaml": "a: &a [x, y]\nb: [*a, *a]\n"}, expect=())
case("rego-test-parse-error", ["rego", "test", "{case}/pack"], 1, files={"pack/p_test.rego": "package t\ntest_x if {\n"}, expect=("p_test.rego",))


def write():
    if os.path.isdir(ROOT):
        for n in os.listdir(ROOT):
            if n not in ("common",) and os.path.isdir(os.path.join(ROOT, n)):
                shutil.rmtree(os.path.join(ROOT, n))
    os.makedirs(os.path.join(ROOT, "common"), exist_ok=True)
    shutil.copy(os.path.join(os.path.dirname(__file__), "env.yaml"), os.path.join(ROOT, "common", "env.yaml"))
    names = set()
    for c in CASES:
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        d = os.path.join(ROOT, c["name"])
        os.makedirs(d)
        for fname, content in c["files"].items():
            if content is None:
                continue
            path = os.path.join(d, fname)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = content.encode("utf-8", "surrogateescape") if not content.startswith('{"version": 3, "deployment": {"x": "') else content.encode("latin-1")
            with open(path, "wb") as fh:
                fh.write(data)
        if c["pulumi"] is not None:
            with open(os.path.join(d, "pulumi-preview.out"), "w") as fh:
                fh.write(c["pulumi"])
        meta = {k: c[k] for k in ("description", "args", "exit", "expect", "secrets", "setup", "properties", "up", "out", "max_lines", "timeout")}
        meta["pulumi"] = c["pulumi"] is not None
        with open(os.path.join(d, "case.json"), "w") as fh:
            json.dump(meta, fh, indent=1, ensure_ascii=True)
    print(len(CASES), "cases written to", os.path.normpath(ROOT))


write()
