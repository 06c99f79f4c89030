#!/bin/bash
# A stand-in `aws` for CollectTests: answers a few calls the way the AWS CLI would. Test data only.
# FAKE_AWS_STATE is a folder where it logs each call's arguments and keeps its throttling counter.
state="${FAKE_AWS_STATE:?}"
printf '%s\n' "$*" >> "$state/calls.log"
[ "$1" = "--version" ] && { echo "aws-cli/0.0.0-fake Python/3 Linux" >&2; exit 0; }
printf 'AWS_PAGER=[%s]\n' "${AWS_PAGER-unset}" > "$state/env.log"
case "$1 $2" in
"sts get-caller-identity")
    echo '{"UserId": "AIDA", "Account": "111122223333", "Arn": "arn:aws:iam::111122223333:user/tester"}' ;;
"ec2 describe-regions")
    echo '{"Regions": [{"RegionName": "eu-west-1"}, {"RegionName": "ap-south-1"}]}' ;;
"s3api list-buckets")
    # About 2 MB: far more than a pipe holds, so a runner that reads pipes only at exit would deadlock.
    printf '{"Buckets": ['
    for i in $(seq 1 1500); do printf '{"Name": "bucket-%05d", "Pad": "%01400d"}, ' "$i" 0; done
    printf '{"Name": "last"}]}\n' ;;
"kms list-keys" | "kms list-aliases")
    echo '{"Keys": [{"KeyId": "k-1"}, {"KeyId": "k-2"}]}' ;;
"kms describe-key")
    echo "{\"KeyMetadata\": {\"KeyId\": \"$4\"}}" ;;
"kms get-key-policy")
    printf '\nAn error occurred (AccessDeniedException) when calling the GetKeyPolicy operation: no access to %s\n' "$4" >&2
    exit 254 ;;
"iam get-credential-report")
    count=$(cat "$state/report.count" 2> /dev/null || echo 0)
    echo $((count + 1)) > "$state/report.count"
    if [ "$count" -eq 0 ]; then
        printf '\nAn error occurred (Throttling) when calling the GetCredentialReport operation (reached max retries: 4): Rate exceeded\n' >&2
        exit 254
    fi
    if [ "$count" -eq 1 ]; then
        printf '\nAn error occurred (ReportInProgress) when calling the GetCredentialReport operation: Report is being generated\n' >&2
        exit 254
    fi
    echo '{"Content": "dXNlcgo=", "ReportFormat": "text/csv"}' ;;
*)
    : ;;  # an empty response: the CLI prints nothing
esac
