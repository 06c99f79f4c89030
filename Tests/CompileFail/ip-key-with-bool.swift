// expect: cannot convert value of type 'Bool' to expected argument type 'IPAddressRange'
// aws:SourceIp takes IP ranges.
import BulwarkIAM

let condition = Condition.ipAddress(.aws.sourceIP, true)
