// expect: value of type 'Condition' has no member 'ifExists'
// Null has no IfExists form.
import BulwarkIAM

let condition = Condition.null(.aws.sourceVPC, true).ifExists
