#!/usr/bin/env bash
# Creates privilege-escalation and exposure cases, each with a near miss, in a running moto server.
# Usage: populate_access.sh ENDPOINT_URL. What is created must match check_access.py.
set -euo pipefail
endpoint="$1"
account=123456789012
aws_() { aws --endpoint-url "$endpoint" --output json "$@" > /dev/null; }
policy() { printf '{"Version":"2012-10-17","Statement":[%s]}' "$1"; }
stmt() { printf '{"Effect":"%s","Action":"%s","Resource":"%s"}' "$1" "$2" "$3"; }
trust() { policy "$(printf '{"Effect":"Allow","Principal":{"AWS":"%s"},"Action":"sts:AssumeRole"}' "$1")"; }

# Admin-equivalent by one change to itself, and its near miss (the same permission on another user).
aws_ iam create-user --user-name self-attacher
aws_ iam put-user-policy --user-name self-attacher --policy-name p \
    --policy-document "$(policy "$(stmt Allow iam:AttachUserPolicy "arn:aws:iam::$account:user/self-attacher")")"
aws_ iam create-user --user-name other-attacher
aws_ iam put-user-policy --user-name other-attacher --policy-name p \
    --policy-document "$(policy "$(stmt Allow iam:AttachUserPolicy "arn:aws:iam::$account:user/self-attacher")")"

# A path through sts:AssumeRole to an admin role, and its near miss blocked by an explicit deny.
aws_ iam create-role --role-name break-glass --assume-role-policy-document "$(trust "arn:aws:iam::$account:root")"
aws_ iam attach-role-policy --role-name break-glass --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
aws_ iam create-user --user-name hopper
aws_ iam put-user-policy --user-name hopper --policy-name p \
    --policy-document "$(policy "$(stmt Allow sts:AssumeRole "arn:aws:iam::$account:role/break-glass")")"
aws_ iam create-user --user-name blocked-hopper
aws_ iam put-user-policy --user-name blocked-hopper --policy-name p --policy-document "$(policy \
    "$(stmt Allow sts:AssumeRole "*"),$(stmt Deny sts:AssumeRole "arn:aws:iam::$account:role/break-glass")")"

# Exposure: a public bucket and a bucket shared with its own account only; a role another account may assume.
aws_ s3api create-bucket --bucket access-public
aws_ s3api put-bucket-policy --bucket access-public --policy "$(policy \
    '{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::access-public/*"}')"
aws_ s3api create-bucket --bucket access-internal
aws_ s3api put-bucket-policy --bucket access-internal --policy "$(policy "$(printf \
    '{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::access-internal/*"}' "$account")")"
aws_ iam create-role --role-name partner-reader --assume-role-policy-document "$(trust "arn:aws:iam::210987654321:root")"
