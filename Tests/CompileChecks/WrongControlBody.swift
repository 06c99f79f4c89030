// Must not compile: a control body holding a bare value instead of a check. The compiler's error
// must be the DSL's catch-all message (Scripts/ci-dsl-diagnostics.sh checks it).
import BulwarkControls
import BulwarkModels

let wrong = Control(
    id: "WRONG-1",
    title: "A body that computes a value and forgets to check it",
    domain: .dataProtection,
    severity: .low,
    over: \.s3.buckets
) { bucket, _ in
    bucket.name.count > 3
}
