import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practice: TLS in transit — load balancer listeners and TLS policies, CloudFront viewer protocol,
// origin protocol and minimum TLS.

extension BuiltInControls {
    /// DP-024: HTTP listeners redirect to HTTPS.
    static let httpRedirect: Control = Control(
        id: "DP-024",
        title: "Application Load Balancer HTTP listeners redirect to HTTPS",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("ELB.1")],
        rationale: "Practice: TLS in transit (load balancer listeners). Plain HTTP exposes sessions and data "
            + "on every network between the client and the load balancer.",
        remediation: Remediation(
            "Make the HTTP listener's default action a redirect to HTTPS.",
            cli: "aws elbv2 modify-listener --listener-arn <arn> --default-actions "
                + "Type=redirect,RedirectConfig='{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'"
        ),
        over: \.elbv2.loadBalancers
    ) { balancer, _ in
        if balancer.type != "application" {
            notApplicable("not an Application Load Balancer")
        } else {
            expect(balancer.listeners, "\(balancer.loadBalancerName) serves plain HTTP without redirecting") {
                listeners in
                listeners.filter { $0.protocolName == "HTTP" }
                    .allSatisfy { listener in
                        listener.defaultActions.contains {
                            $0.type == "redirect" && $0.redirectConfig?.protocolName == "HTTPS"
                        }
                    }
            }
        }
    }

    /// TLS policies a listener may use.
    static let tlsPolicies = Parameter(
        "allowedPolicies",
        default: [
            "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
            "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", "ELBSecurityPolicy-FS-1-2-Res-2020-10",
            "ELBSecurityPolicy-FS-1-2-Res-2019-08", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
            "ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-FS-1-2-2019-08",
        ],
        "TLS security policies HTTPS and TLS listeners may use (TLS 1.2 or later only)"
    )

    /// DP-046: TLS listeners use a recommended policy.
    static let listenerTLSPolicy: Control = Control(
        id: "DP-046",
        title: "HTTPS and TLS listeners use a TLS 1.2+ security policy",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("ELB.17")],
        rationale: "Practice: TLS policies on load balancers. Older policies allow TLS 1.0/1.1 and weak ciphers.",
        remediation: Remediation(
            "Switch the listener to a TLS 1.2+ policy.",
            cli: "aws elbv2 modify-listener --listener-arn <arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06"
        ),
        parameters: [tlsPolicies],
        over: \.elbv2.loadBalancers
    ) { balancer, context in
        expect(balancer.listeners, "\(balancer.loadBalancerName) has a TLS listener with an outdated security policy") {
            listeners in
            listeners.filter { $0.protocolName == "HTTPS" || $0.protocolName == "TLS" }
                .allSatisfy { listener in
                    listener.sslPolicy.map { context[tlsPolicies].contains($0) } ?? false
                }
        }
    }

    /// DP-025: CloudFront uses HTTPS to viewers and origins.
    static let distributionHTTPS: Control = Control(
        id: "DP-025",
        title: "CloudFront requires HTTPS between viewers and CloudFront, and between CloudFront and custom origins",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("CloudFront.3"), .fsbp("CloudFront.9"), .fsbp("CloudFront.10")],
        rationale: "Practice: TLS in transit (CloudFront viewer protocol). Each leg of the path needs TLS, and "
            + "no leg may fall back to SSLv3.",
        remediation: Remediation(
            "Set every cache behaviour to redirect-to-https or https-only, and custom origins to https-only with TLSv1.2.",
            console: "CloudFront › Distributions › <id> › Behaviors / Origins › Edit"
        ),
        over: \.cloudFront.distributions
    ) { distribution, _ in
        require(distribution.config, "the configuration of \(distribution.id) is missing") { config in
            expect(
                config.viewerProtocolPolicies.allSatisfy { $0 != "allow-all" },
                "distribution \(distribution.id) serves viewers over plain HTTP"
            )
            for origin in config.origins where !origin.isS3Origin {
                expect(origin.originProtocolPolicy == "https-only", "origin \(origin.id) is reached without HTTPS")
                expect(!origin.originSSLProtocols.contains("SSLv3"), "origin \(origin.id) allows SSLv3")
            }
        }
    }

    /// The oldest viewer TLS security policy allowed.
    static let minimumViewerTLS = Parameter(
        "allowedMinimumProtocolVersions",
        default: ["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"],
        "CloudFront viewer security policies that count as current"
    )

    /// DP-035: CloudFront viewer TLS is current and uses SNI.
    static let distributionViewerTLS: Control = Control(
        id: "DP-035",
        title: "CloudFront distributions with custom certificates use a TLS 1.2+ policy and SNI",
        domain: .dataProtection,
        severity: .medium,
        references: [.fsbp("CloudFront.15"), .fsbp("CloudFront.8")],
        rationale: "Practice: CloudFront minimum TLS. TLSv1.2_2021 removes TLS 1.0/1.1 and weak ciphers; SNI "
            + "avoids dedicated-IP certificates.",
        remediation: Remediation(
            "Set the viewer certificate's minimum protocol version and SNI.",
            console: "CloudFront › Distributions › <id> › General › Settings › Security policy"
        ),
        parameters: [minimumViewerTLS],
        over: \.cloudFront.distributions
    ) { distribution, context in
        require(distribution.config, "the configuration of \(distribution.id) is missing") { config in
            if let certificate = config.viewerCertificate, !certificate.cloudFrontDefaultCertificate {
                expect(
                    certificate.minimumProtocolVersion.map { context[minimumViewerTLS].contains($0) } ?? false,
                    "distribution \(distribution.id) allows viewer TLS older than 1.2"
                )
                expect(certificate.sslSupportMethod == "sni-only", "distribution \(distribution.id) does not use SNI")
            } else {
                notApplicable("uses the default CloudFront certificate")
            }
        }
    }
}
