// expect: a statement body may only contain Actions, NotActions, Resources, NotResources, Principals, NotPrincipals and conditions
// A bare string is not an element.
import BulwarkIAM

let policy = try PolicyDocument(kind: .identity) {
    Statement(.allow) {
        "s3:GetObject"
        Resources("*")
    }
}
