#!/usr/bin/env bash
# Creates a small, deliberately mixed (good and bad) AWS account in a running moto server, with the
# AWS CLI only. Usage: populate.sh ENDPOINT_URL WORKDIR
# The environment must already hold dummy credentials, AWS_DEFAULT_REGION=us-east-1 and (for
# s3control) the AWS_CONFIG_FILE/PYTHONPATH that load bulwark_s3control_localhost.py.
# What is created must match EXPECTED in check_inventory.py; keep the two in step.
set -euo pipefail
endpoint="$1"
work="$2"
account=123456789012
aws_() { aws --endpoint-url "$endpoint" --output json "$@" > /dev/null; }
awsq() { aws --endpoint-url "$endpoint" --output text "$@"; }

trust() {  # trust policy for a service principal or an AWS principal
    printf '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"%s":"%s"},"Action":"sts:AssumeRole"}]}' "$1" "$2"
}

roles() {
    aws_ iam create-role --role-name app-role --assume-role-policy-document "$(trust Service ec2.amazonaws.com)"
    aws_ iam create-role --role-name partner-access \
        --assume-role-policy-document "$(trust AWS arn:aws:iam::999999999999:root)"
    aws_ iam attach-role-policy --role-name partner-access --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess
    aws_ iam create-role --role-name support-role --assume-role-policy-document "$(trust AWS "arn:aws:iam::$account:root")"
    aws_ iam attach-role-policy --role-name support-role --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess
    aws_ iam create-role --role-name lambda-exec --assume-role-policy-document "$(trust Service lambda.amazonaws.com)"
    aws_ iam create-role --role-name config-recorder \
        --assume-role-policy-document "$(trust Service config.amazonaws.com)"
    aws_ iam create-instance-profile --instance-profile-name app-profile
    aws_ iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role
}

users() {
    aws_ iam update-account-password-policy --minimum-password-length 8 --password-reuse-prevention 3 \
        --require-symbols --max-password-age 180
    aws_ iam create-group --group-name admins
    aws_ iam create-group --group-name developers
    aws_ iam attach-group-policy --group-name admins --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
    aws_ iam create-policy --policy-name full-admin \
        --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
    aws_ iam create-policy --policy-name s3-read \
        --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"*"}]}'
    for user in alice bob carol deploy-bot; do aws_ iam create-user --user-name "$user"; done
    aws_ iam add-user-to-group --user-name alice --group-name admins
    aws_ iam add-user-to-group --user-name bob --group-name developers
    aws_ iam create-login-profile --user-name alice --password 'Example-Passw0rd!'
    aws_ iam create-login-profile --user-name carol --password 'Example-Passw0rd!'
    aws_ iam attach-user-policy --user-name carol --policy-arn "arn:aws:iam::$account:policy/full-admin"
    aws_ iam put-user-policy --user-name bob --policy-name pass-any-role \
        --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","lambda:CreateFunction","lambda:InvokeFunction"],"Resource":"*"}]}'
    aws_ iam create-access-key --user-name bob
    aws_ iam create-access-key --user-name deploy-bot
    aws_ iam create-access-key --user-name deploy-bot
    local serial
    serial=$(awsq iam create-virtual-mfa-device --virtual-mfa-device-name alice \
        --outfile "$work/alice-mfa.png" --bootstrap-method QRCodePNG --query VirtualMFADevice.SerialNumber)
    aws_ iam enable-mfa-device --user-name alice --serial-number "$serial" \
        --authentication-code1 123456 --authentication-code2 654321
    aws_ iam create-virtual-mfa-device --virtual-mfa-device-name spare \
        --outfile "$work/spare-mfa.png" --bootstrap-method QRCodePNG
    aws_ iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com \
        --client-id-list sts.amazonaws.com --thumbprint-list 6938fd4d98bab03faadb97b34396831e3780aea1
}

storage() {
    for bucket in acme-public acme-logs acme-secure acme-trail; do aws_ s3api create-bucket --bucket "$bucket"; done
    aws_ s3api put-bucket-policy --bucket acme-public \
        --policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-public/*"}]}'
    aws_ s3api put-public-access-block --bucket acme-secure --public-access-block-configuration \
        BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
    aws_ s3api put-bucket-encryption --bucket acme-secure --server-side-encryption-configuration \
        '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}'
    aws_ s3api put-bucket-versioning --bucket acme-secure --versioning-configuration Status=Enabled
    aws_ s3api put-bucket-acl --bucket acme-logs --grant-write 'uri="http://acs.amazonaws.com/groups/s3/LogDelivery"' \
        --grant-read-acp 'uri="http://acs.amazonaws.com/groups/s3/LogDelivery"'
    aws_ s3api put-bucket-logging --bucket acme-secure --bucket-logging-status \
        '{"LoggingEnabled":{"TargetBucket":"acme-logs","TargetPrefix":"acme-secure/"}}'
    aws_ s3api put-bucket-policy --bucket acme-trail \
        --policy '{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecure","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::acme-trail","arn:aws:s3:::acme-trail/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'
    aws_ s3control put-public-access-block --account-id "$account" --public-access-block-configuration \
        BlockPublicAcls=true,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false
}

network() {
    local vpc subnet_a subnet_b web db nacl volume instance snapshot
    vpc=$(awsq ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId)
    subnet_a=$(awsq ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.0.1.0/24 --availability-zone us-east-1a \
        --query Subnet.SubnetId)
    subnet_b=$(awsq ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.0.2.0/24 --availability-zone us-east-1b \
        --query Subnet.SubnetId)
    web=$(awsq ec2 create-security-group --group-name web --description "web and ssh" --vpc-id "$vpc" --query GroupId)
    aws_ ec2 authorize-security-group-ingress --group-id "$web" --protocol tcp --port 22 --cidr 0.0.0.0/0
    aws_ ec2 authorize-security-group-ingress --group-id "$web" --protocol tcp --port 443 --cidr 0.0.0.0/0
    db=$(awsq ec2 create-security-group --group-name db --description "database" --vpc-id "$vpc" --query GroupId)
    aws_ ec2 authorize-security-group-ingress --group-id "$db" --protocol tcp --port 5432 --source-group "$web"
    nacl=$(awsq ec2 create-network-acl --vpc-id "$vpc" --query NetworkAcl.NetworkAclId)
    aws_ ec2 create-network-acl-entry --network-acl-id "$nacl" --rule-number 100 --protocol 6 \
        --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action allow --ingress
    echo "$vpc" > "$work/vpc-id"  # the flow log (detective) needs it once the log bucket exists
    instance=$(awsq ec2 run-instances --image-id ami-03cf127a --instance-type t3.micro --subnet-id "$subnet_a" \
        --security-group-ids "$web" --iam-instance-profile Name=app-profile \
        --metadata-options HttpTokens=optional --query 'Instances[0].InstanceId')
    volume=$(awsq ec2 create-volume --availability-zone us-east-1a --size 8 --query VolumeId)
    aws_ ec2 create-volume --availability-zone us-east-1b --size 8 --encrypted
    snapshot=$(awsq ec2 create-snapshot --volume-id "$volume" --description "unencrypted, public" --query SnapshotId)
    aws_ ec2 modify-snapshot-attribute --snapshot-id "$snapshot" --attribute createVolumePermission \
        --operation-type add --group-names all
    : "$subnet_b" "$instance"
}

detective() {
    aws_ ec2 create-flow-logs --resource-type VPC --resource-ids "$(cat "$work/vpc-id")" --traffic-type ALL \
        --log-destination-type s3 --log-destination arn:aws:s3:::acme-logs
    aws_ cloudtrail create-trail --name main-trail --s3-bucket-name acme-trail --is-multi-region-trail \
        --enable-log-file-validation
    aws_ cloudtrail start-logging --name main-trail
    aws_ configservice put-configuration-recorder --configuration-recorder \
        "name=default,roleARN=arn:aws:iam::$account:role/config-recorder" \
        --recording-group allSupported=true,includeGlobalResourceTypes=true
    aws_ configservice put-delivery-channel --delivery-channel name=default,s3BucketName=acme-logs
    aws_ guardduty create-detector --enable
    aws_ logs create-log-group --log-group-name cloudtrail-events
    aws_ logs put-metric-filter --log-group-name cloudtrail-events --filter-name root-usage \
        --filter-pattern '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }' \
        --metric-transformations metricName=RootUsage,metricNamespace=CISBenchmark,metricValue=1
    aws_ cloudwatch put-metric-alarm --alarm-name root-usage --metric-name RootUsage --namespace CISBenchmark \
        --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold \
        --evaluation-periods 1
}

data() {
    local rotated
    rotated=$(awsq kms create-key --description "rotated key" --query KeyMetadata.KeyId)
    aws_ kms enable-key-rotation --key-id "$rotated"
    aws_ kms create-alias --alias-name alias/app --target-key-id "$rotated"
    aws_ kms create-key --description "never rotated"
    aws_ secretsmanager create-secret --name prod/db-password --secret-string 'not-a-real-secret'
    aws_ rds create-db-instance --db-instance-identifier orders-db --engine postgres --db-instance-class db.t3.micro \
        --master-username dbadmin --master-user-password 'Example-Passw0rd!' --allocated-storage 20 \
        --publicly-accessible --no-storage-encrypted --backup-retention-period 0
    aws_ dynamodb create-table --table-name orders --attribute-definitions AttributeName=id,AttributeType=S \
        --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST
}

messaging_and_compute() {
    local topic queue
    topic=$(awsq sns create-topic --name alerts --query TopicArn)
    aws_ sns set-topic-attributes --topic-arn "$topic" --attribute-name Policy --attribute-value \
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"$topic\"}]}"
    queue=$(awsq sqs create-queue --queue-name jobs --query QueueUrl)
    aws_ sqs set-queue-attributes --queue-url "$queue" --attributes \
        "{\"Policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":{\\\"AWS\\\":\\\"arn:aws:iam::999999999999:root\\\"},\\\"Action\\\":\\\"sqs:SendMessage\\\",\\\"Resource\\\":\\\"arn:aws:sqs:us-east-1:$account:jobs\\\"}]}\"}"
    python3 - "$work/function.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as archive:
    archive.writestr("handler.py", "def handler(event, context):\n    return {'ok': True}\n")
PY
    aws_ lambda create-function --function-name public-hook --runtime python3.12 --handler handler.handler \
        --role "arn:aws:iam::$account:role/lambda-exec" --zip-file "fileb://$work/function.zip" \
        --environment 'Variables={STAGE=prod}'
    aws_ lambda add-permission --function-name public-hook --statement-id public-invoke \
        --action lambda:InvokeFunction --principal '*'
    aws_ organizations create-organization --feature-set ALL
    local root policy
    root=$(awsq organizations list-roots --query 'Roots[0].Id')
    policy=$(awsq organizations create-policy --name deny-leave-org --type SERVICE_CONTROL_POLICY \
        --description "no leaving" --content \
        '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}' \
        --query Policy.PolicySummary.Id)
    aws_ organizations attach-policy --policy-id "$policy" --target-id "$root"
}

# Roles first (other services name them), then the rest in parallel, three streams at a time.
roles
pids=()
users & pids+=($!)
storage & pids+=($!)
network & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid"; done
pids=()
detective & pids+=($!)
data & pids+=($!)
messaging_and_compute & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid"; done
