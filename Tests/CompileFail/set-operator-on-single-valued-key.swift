// expect: ForAllValues and ForAnyValue apply only to multivalued keys such as aws:TagKeys
// ForAllValues only applies to multivalued keys.
import BulwarkIAM

let condition = Condition.stringEquals(.aws.username, "alice").forAllValues
