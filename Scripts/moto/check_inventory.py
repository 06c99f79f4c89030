#!/usr/bin/env python3
"""Checks a `bulwark collect` snapshot of the moto account made by populate.sh.

    check_inventory.py SNAPSHOT_DIR [INVENTORY_JSON]

Always checks the raw snapshot (files, shapes, per-resource fan-out, error records, owner-only
permissions). With INVENTORY_JSON (the output of `bulwark inventory SNAPSHOT --format json`) it also
checks the inventory's counts per resource type and its list of unreadable calls. Prints one line per
check and ends with 'N passed, M failed'; exits 1 on any failure. Test infrastructure only.
"""

import base64
import csv
import io
import json
import os
import stat
import sys

# Resource type (AWS Config name) -> (comparison, count, raw file, list member, optional filter).
# Keep in step with populate.sh. moto also has a default VPC (6 subnets, 1 security group, 1 NACL).
EXPECTED = {
    "AWS::IAM::User": ("==", 4, "global/iam/get-account-authorization-details.json", "UserDetailList", None),
    "AWS::IAM::Group": ("==", 2, "global/iam/get-account-authorization-details.json", "GroupDetailList", None),
    "AWS::IAM::Role": ("==", 5, "global/iam/get-account-authorization-details.json", "RoleDetailList", None),
    "AWS::IAM::Policy": ("==", 2, "global/iam/get-account-authorization-details.json", "Policies",
                         lambda p: not p["Arn"].startswith("arn:aws:iam::aws:")),
    "AWS::S3::Bucket": ("==", 4, "global/s3api/list-buckets.json", "Buckets", None),
    "AWS::EC2::VPC": ("==", 2, "us-east-1/ec2/describe-vpcs.json", "Vpcs", None),
    "AWS::EC2::Subnet": (">=", 8, "us-east-1/ec2/describe-subnets.json", "Subnets", None),
    "AWS::EC2::SecurityGroup": (">=", 4, "us-east-1/ec2/describe-security-groups.json", "SecurityGroups", None),
    "AWS::EC2::NetworkAcl": (">=", 3, "us-east-1/ec2/describe-network-acls.json", "NetworkAcls", None),
    "AWS::EC2::Volume": (">=", 2, "us-east-1/ec2/describe-volumes.json", "Volumes", None),
    "AWS::CloudTrail::Trail": ("==", 1, "us-east-1/cloudtrail/describe-trails.json", "trailList", None),
    # 2 keys of ours + the aws/ebs key moto makes for the encrypted volume.
    "AWS::KMS::Key": ("==", 3, "us-east-1/kms/list-keys.json", "Keys", None),
    "AWS::RDS::DBInstance": ("==", 1, "us-east-1/rds/describe-db-instances.json", "DBInstances", None),
    "AWS::Lambda::Function": ("==", 1, "us-east-1/lambda/list-functions.json", "Functions", None),
    "AWS::SNS::Topic": ("==", 1, "us-east-1/sns/list-topics.json", "Topics", None),
    "AWS::SQS::Queue": ("==", 1, "us-east-1/sqs/list-queues.json", "QueueUrls", None),
    "AWS::SecretsManager::Secret": ("==", 1, "us-east-1/secretsmanager/list-secrets.json", "SecretList", None),
    "AWS::DynamoDB::Table": ("==", 1, "us-east-1/dynamodb/list-tables.json", "TableNames", None),
}

# Calls moto cannot answer: each must be an error record in the snapshot and unreadable in the inventory.
EXPECTED_UNREADABLE = [("us-east-1", "accessanalyzer", "list-analyzers")]

results = []


def check(ok, what):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + what)


def compare(actual, op, expected):
    return actual == expected if op == "==" else actual >= expected


def load(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return json.load(f)


def check_raw(root):
    manifest = load(root, "manifest.json")
    check(manifest.get("accountId") == "123456789012", f"manifest accountId {manifest.get('accountId')}")
    check(manifest.get("regions") == ["us-east-1"], f"manifest regions {manifest.get('regions')}")
    for key in ("partition", "collectedAt", "toolVersion"):
        check(key in manifest, f"manifest has {key}")

    for type_name, (op, count, path, member, keep) in EXPECTED.items():
        items = load(root, path).get(member) or []
        if keep:
            items = [item for item in items if keep(item)]
        check(compare(len(items), op, count), f"raw {type_name}: {len(items)} {op} {count} ({path})")
    instances = sum(len(r["Instances"]) for r in load(root, "us-east-1/ec2/describe-instances.json")["Reservations"])
    check(instances == 1, f"raw AWS::EC2::Instance: {instances} == 1")

    report = load(root, "global/iam/get-credential-report.json")
    rows = list(csv.DictReader(io.StringIO(base64.b64decode(report["Content"]).decode())))
    users = sorted(row["user"] for row in rows if row["user"] != "<root_account>")
    check(users == ["alice", "bob", "carol", "deploy-bot"], f"credential report users {users}")

    # Per-resource fan-out landed where the layout says, with escaped ids.
    keys = [k["KeyId"] for k in load(root, "us-east-1/kms/list-keys.json")["Keys"]]
    for key in keys:
        for op in ("describe-key", "get-key-rotation-status", "get-key-policy"):
            check(os.path.exists(os.path.join(root, f"us-east-1/kms/{op}/{key}.json")), f"kms {op}/{key}.json")
    rotation = sorted(load(root, f"us-east-1/kms/get-key-rotation-status/{k}.json")["KeyRotationEnabled"] for k in keys)
    check(rotation.count(True) == 1, f"kms rotation: one rotated key of {len(rotation)}")
    policy = json.loads(load(root, "us-east-1/lambda/get-policy/public-hook.json")["Policy"])
    check(policy["Statement"][0]["Principal"] == "*", "lambda get-policy/public-hook.json has Principal *")
    bucket_policy = json.loads(load(root, "global/s3api/get-bucket-policy/acme-public.json")["Policy"])
    check(bucket_policy["Statement"][0]["Principal"] == "*", "s3api get-bucket-policy/acme-public.json is public")
    missing = load(root, "global/s3api/get-bucket-policy/acme-secure.error.json")
    check(missing["Code"] == "NoSuchBucketPolicy", f"acme-secure has no bucket policy: {missing['Code']}")
    check(load(root, "global/s3api/get-bucket-versioning/acme-public.json") == {}, "empty CLI output stored as {}")
    pab = load(root, "global/s3control/get-public-access-block.json")["PublicAccessBlockConfiguration"]
    check(pab["BlockPublicAcls"] is True and pab["BlockPublicPolicy"] is False, "s3control account public access block")
    topics = load(root, "us-east-1/sns/list-topics.json")["Topics"]
    escaped = topics[0]["TopicArn"].replace(":", "%3A")
    check(os.path.exists(os.path.join(root, f"us-east-1/sns/get-topic-attributes/{escaped}.json")),
          "sns get-topic-attributes with an escaped ARN as file name")
    trails = load(root, "us-east-1/cloudtrail/describe-trails.json")["trailList"]
    trail = trails[0]["TrailARN"].replace(":", "%3A").replace("/", "%2F")
    status = load(root, f"us-east-1/cloudtrail/get-trail-status/{trail}.json")
    check(status.get("IsLogging") is True, "cloudtrail get-trail-status IsLogging")
    snapshots = load(root, "us-east-1/ec2/describe-snapshots.json")["Snapshots"]
    check(len(snapshots) == 1, f"own EBS snapshots {len(snapshots)} == 1")
    if snapshots:
        attribute = load(root, f"us-east-1/ec2/describe-snapshot-attribute/{snapshots[0]['SnapshotId']}.json")
        check(attribute.get("CreateVolumePermissions") == [{"Group": "all"}], "public EBS snapshot attribute")
    scps = load(root, "global/organizations/list-policies/SERVICE_CONTROL_POLICY.json")["Policies"]
    check(len(scps) == 2, f"SCPs {len(scps)} == 2 (FullAWSAccess + deny-leave-org)")
    for scp in scps:
        check(os.path.exists(os.path.join(root, f"global/organizations/describe-policy/{scp['Id']}.json")),
              f"organizations describe-policy/{scp['Id']}.json")

    for scope, service, operation in EXPECTED_UNREADABLE:
        record = os.path.join(root, scope, service, operation + ".error.json")
        ok = os.path.exists(record) and bool(load(root, os.path.relpath(record, root)).get("Code"))
        check(ok, f"error record {scope}/{service}/{operation}.error.json")

    loose = []
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            if stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) != 0o700:
                loose.append(os.path.join(folder, name))
        for name in files:
            if stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) != 0o600:
                loose.append(os.path.join(folder, name))
    check(stat.S_IMODE(os.stat(root).st_mode) == 0o700 and not loose, f"owner-only permissions ({len(loose)} loose)")
    both = []
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".error.json") and os.path.exists(os.path.join(folder, name[:-len(".error.json")] + ".json")):
                both.append(name)
    check(not both, f"no call has both an output and an error record {both[:3]}")


def check_inventory(path):
    with open(path, encoding="utf-8") as f:
        inventory = json.load(f)
    check(inventory.get("account") == "123456789012", f"inventory account {inventory.get('account')}")
    totals = {}
    for entry in inventory.get("counts", []):
        totals[entry["type"]] = totals.get(entry["type"], 0) + entry["count"]
    expected = dict((name, (op, count)) for name, (op, count, *_rest) in EXPECTED.items())
    expected["AWS::EC2::Instance"] = ("==", 1)
    for type_name, (op, count) in expected.items():
        actual = totals.get(type_name, 0)
        check(compare(actual, op, count), f"inventory {type_name}: {actual} {op} {count}")
    unreadable = inventory.get("unreadable", [])
    for _scope, service, operation in EXPECTED_UNREADABLE:
        found = any(service in entry.get("call", "") and operation in entry.get("call", "") for entry in unreadable)
        check(found, f"inventory lists {service} {operation} as unreadable")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    check_raw(sys.argv[1])
    if len(sys.argv) == 3:
        check_inventory(sys.argv[2])
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
