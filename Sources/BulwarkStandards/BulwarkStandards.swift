// BulwarkStandards: the built-in controls for the eight security domains, grouped in frameworks
// (CIS AWS Foundations v5.0 and v7.0, AWS Foundational Security Best Practices).
