// expect: member chain produces result of type 'ConditionKey<IPAddressRange>' but contextual base was inferred as 'ConditionKey<Date>'
// A date operator takes only a date key.
import BulwarkIAM
import Foundation

let condition = Condition.dateLessThan(.aws.sourceIP, Date())
