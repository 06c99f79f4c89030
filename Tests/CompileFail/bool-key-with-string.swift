// expect: cannot convert value of type 'String' to expected argument type 'Bool'
// aws:SecureTransport is a Bool key: "false" as text does not compile.
import BulwarkIAM

let condition = Condition.bool(.aws.secureTransport, "false")
