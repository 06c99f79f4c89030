#!/usr/bin/env bash
# Writes the seed corpus of one harness into a directory: Scripts/fuzz/seed.sh NAME DIR
set -euo pipefail
name="$1"
out="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
policies="$root/Tests/BulwarkIAMTests/Policies"
vectors="$root/Tests/BulwarkEvaluatorTests/Vectors"
mkdir -p "$out"
n=0
emit() { n=$((n + 1)); printf '%b' "$1" >"$out/seed-$n"; }
case "$name" in
    json | urlencoded)
        find "$policies" "$vectors" -name '*.json' -size -64k -exec cp {} "$out/" \; ;;
    policy)
        # The first byte picks the PolicyKind; seed every kind with every corpus policy.
        for file in $(find "$policies" -name '*.json' -size -64k | sort); do
            for kind in 0 1 2 3 4 5 6 7; do
                { printf "\\x3$kind"; cat "$file"; } >"$out/$kind-$(basename "$file")"
            done
        done ;;
    vector)
        cp "$vectors"/*.json "$out/"
        # One vector per file too, so mutations stay small.
        python3 - "$vectors" "$out" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(n for n in os.listdir(src) if n.endswith(".json")):
    data = json.load(open(os.path.join(src, name)))
    for i, v in enumerate(data if isinstance(data, list) else [data]):
        open(os.path.join(out, f"{name}-{i}"), "w").write(json.dumps(v))
PY
        ;;
    snapshot)
        # The first byte picks the fixture file (in sorted order, manifest excluded); seed each with itself.
        fixture="$root/Tests/BulwarkModelsTests/Fixtures/aws-shapes"
        i=0
        while IFS= read -r file; do
            { printf "\\x$(printf '%02x' "$i")"; cat "$file"; } >"$out/file-$i.json"
            i=$((i + 1))
        done < <(find "$fixture" -name '*.json' ! -name manifest.json | LC_ALL=C sort)
        ;;
    arn)
        for s in 'arn:aws:s3:::bucket/key' 'arn:aws:iam::111122223333:user/path/alice' \
            'arn:aws:sts::111122223333:assumed-role/R/S' 'arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-1' \
            'arn:aws:sts::111122223333:federated-user/N' 'lambda.amazonaws.com' '*' \
            'arn:aws:iam::111122223333:root' 'arn:aws:lambda:us-east-1:111122223333:function:f:1'; do emit "$s"; done ;;
    matching)
        for s in 's3:Get*\\0s3:GetObject' 'arn:aws:s3:::b/*\\0arn:aws:s3:::b/k' '*a*b*c\\0xxaxxbxxc' \
            'a?c\\0abc' '${aws:username}/*\\0alice/x' '${*}${?}${$}\\0*?$' '${aws:username, '"'"'d'"'"'}\\0d' \
            'arn:aws:s3:*\\0arn:aws:s3:::x:y' '*aaaaab\\0aaaaaaaaaaaa'; do emit "$s"; done ;;
    condition)
        # op, qualifier, version, then NUL-separated policy values and typed context values.
        variable='${aws:username}'
        for op in 00 04 05 06 0c 12 13 14 16 17 18 19 1a 1b 1c; do
            emit "\\x$op\\x00\\x00a*\\0${op}\\x07abc\\0\\x00 10\\0\\x032001:db8::/32"
            emit "\\x$op\\x01\\x00203.0.113.0/24\\0#10\\0\\x03203.0.113.7\\0\\x05a,b,c"
            emit "\\x$op\\x06\\x00$variable\\0true\\0\\x022020-01-01T00:00:00Z\\0\\x04AAAA"
        done ;;
    *) echo "unknown harness $name" >&2; exit 2 ;;
esac
