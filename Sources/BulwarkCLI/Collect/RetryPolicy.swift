/// How often and how patiently a call is retried when AWS throttles it or asks to come back later.
///
/// The AWS CLI already retries a few times on its own; this adds a slower outer loop so that a large
/// account collected with many processes at once still finishes. Delays grow exponentially with
/// jitter ("full jitter": a random delay up to the exponential bound).
struct RetryPolicy: Sendable {
    /// Attempts in total, the first one included.
    var maxAttempts: Int = 6
    /// The upper bound of the first delay.
    var baseDelay: Duration = .seconds(1)
    /// The largest delay.
    var maxDelay: Duration = .seconds(20)
    /// Waits for a delay; tests replace it so they never sleep.
    var sleep: @Sendable (Duration) async -> Void = { delay in try? await Task.sleep(for: delay) }

    /// The delay before attempt `attempt + 1`: random in [bound/2, bound], where the bound
    /// doubles with every attempt up to ``maxDelay``.
    func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 20)
        let bound = min(baseDelay * (1 << exponent), maxDelay)
        return bound * Double.random(in: 0.5...1.0)
    }
}
