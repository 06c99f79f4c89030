// BulwarkControls: the result-builder DSL for security controls, the runner, findings,
// suppressions, baselines and the report writers (text, JSON, SARIF, OCSF, HTML).
