// expect: a multivalued key needs .forAllValues or .forAnyValue
// aws:TagKeys has several values per request: say how they are matched.
import BulwarkIAM

let policy = try PolicyDocument(kind: .identity) {
    Statement(.allow) {
        Actions("s3:PutObjectTagging")
        Resources("*")
        Condition.stringEquals(.aws.tagKeys, "team")
    }
}
