// BulwarkAccess: effective permissions, who-can, external exposure and privilege-escalation paths
// over an account snapshot, with BulwarkIAM's evaluator making every policy judgement.
