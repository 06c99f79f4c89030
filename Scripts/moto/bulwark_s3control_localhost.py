"""AWS CLI v1 plugin for tests against a local emulator (moto): keep s3control on the given endpoint.

botocore's s3control endpoint rules put the account id in front of the host, turning
`--endpoint-url http://127.0.0.1:PORT` into `http://123456789012.127.0.0.1:PORT`, which does not
resolve. This plugin removes that `<12 digits>.` label again, only for loopback endpoints.
Load it from an AWS_CONFIG_FILE with
    [plugins]
    bulwark_s3control = bulwark_s3control_localhost
and this folder on PYTHONPATH. Test infrastructure only.
"""

import re

_ACCOUNT_LABEL = re.compile(r"^(https?://)\d{12}\.((?:127\.\d+\.\d+\.\d+|localhost)(?::\d+)?)(/|$)")


def _strip_account_label(request, **kwargs):
    request.url = _ACCOUNT_LABEL.sub(r"\1\2\3", request.url, count=1)
    if "host" in request.headers:
        request.headers["host"] = _ACCOUNT_LABEL.sub(r"\2", "http://" + request.headers["host"])


def awscli_initialize(event_hooks):
    event_hooks.register("before-send.s3-control", _strip_account_label)
