// Helpers for users' own test targets: evaluate IAM policies with Swift Testing.
//
// `import BulwarkTesting` brings in BulwarkIAM and BulwarkCatalog (re-exported, so a policy-only test
// target compiles no resource models) and the helpers: `IAMRequest` for terse
// requests, `expectAllowed`/`expectDenied`/`expectDecision` that report at the caller's line with the
// evaluator's explanation, `expectVectorsHold` for vector files, and test descriptions for
// `Decision`, `Evaluation` and requests so `#expect` failures read well.
@_exported public import BulwarkCatalog
@_exported public import BulwarkIAM
