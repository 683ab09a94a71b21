// The state of one SLA metric instance at the evaluation instant: status, deadline, business time used and left.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>
/// One metric instance as of the evaluation instant. Durations are business time on the metric's calendar with
/// pauses excluded. <see cref="Remaining"/> = <see cref="Target"/> − <see cref="Elapsed"/>, negative when breached.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is not a meaningful result.</remarks>
public readonly struct SlaMetricResult : IEquatable<SlaMetricResult>
{
    // Fields rather than auto-properties so that Write can fill a caller's buffer slot in place.
    private readonly SlaMetric _metric;
    private readonly int _instance;
    private readonly SlaStatus _status;
    private readonly Instant? _start;
    private readonly Instant? _stop;
    private readonly Instant? _deadline;
    private readonly Instant? _warningAt;
    private readonly Duration _target;
    private readonly Duration _elapsed;

    internal SlaMetricResult(
        SlaMetric metric,
        int instance,
        SlaStatus status,
        Instant? start,
        Instant? stop,
        Instant? deadline,
        Instant? warningAt,
        Duration target,
        Duration elapsed)
    {
        _metric = metric;
        _instance = instance;
        _status = status;
        _start = start;
        _stop = stop;
        _deadline = deadline;
        _warningAt = warningAt;
        _target = target;
        _elapsed = elapsed;
    }

    /// <summary>
    /// Fills <paramref name="slot"/> field by field, as the constructor would. The evaluator writes every result of a
    /// ticket straight into the caller's buffer this way: assigning a constructed result would build it on the stack
    /// and then copy all 144 bytes, which costs more than computing it. Only for a slot no one else can see yet.
    /// </summary>
    internal static void Write(ref SlaMetricResult slot, SlaMetric metric, int instance, SlaStatus status, Instant? start, Instant? stop, Instant? deadline, Instant? warningAt, Duration target, Duration elapsed)
    {
        Unsafe.AsRef(in slot._metric) = metric;
        Unsafe.AsRef(in slot._instance) = instance;
        Unsafe.AsRef(in slot._status) = status;
        Unsafe.AsRef(in slot._start) = start;
        Unsafe.AsRef(in slot._stop) = stop;
        Unsafe.AsRef(in slot._deadline) = deadline;
        Unsafe.AsRef(in slot._warningAt) = warningAt;
        Unsafe.AsRef(in slot._target) = target;
        Unsafe.AsRef(in slot._elapsed) = elapsed;
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric => _metric;

    /// <summary>Gets the zero-based instance number within the metric (next-response waits, update gaps, resolution cycles, custom cycles; 0 otherwise).</summary>
    public int Instance => _instance;

    /// <summary>Gets the status at the evaluation instant.</summary>
    public SlaStatus Status => _status;

    /// <summary>Gets when the instance started, or <see langword="null"/> when <see cref="SlaStatus.NotApplicable"/>.</summary>
    public Instant? Start => _start;

    /// <summary>Gets when the instance stopped (reply, resolution…), or <see langword="null"/> while it runs.</summary>
    public Instant? Stop => _stop;

    /// <summary>
    /// Gets the deadline: the instant at which the target's business time is used up, with the pauses known so far
    /// excluded (a budget used up at a window end gives that end). <see langword="null"/> while paused with budget left
    /// (rule 4) and when not applicable. For a stopped instance that was met early it is the deadline it had.
    /// </summary>
    public Instant? Deadline => _deadline;

    /// <summary>Gets the warning point, or <see langword="null"/> when no warning is configured or it is not yet known (paused before it).</summary>
    public Instant? WarningAt => _warningAt;

    /// <summary>Gets the target business time (zero when there is no target for the ticket's priority).</summary>
    public Duration Target => _target;

    /// <summary>Gets the business time used from <see cref="Start"/> to <see cref="Stop"/> or to the evaluation instant.</summary>
    public Duration Elapsed => _elapsed;

    /// <summary>
    /// Gets <see cref="Target"/> − <see cref="Elapsed"/>: business time left, negative by the overrun when breached.
    /// It can be zero on a breached instance: the deadline is the earliest instant at which the budget is used up
    /// (often a window end), so a reply after hours is late by zero business time.
    /// </summary>
    public Duration Remaining => Target - Elapsed;

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaMetricResult left, SlaMetricResult right) => left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaMetricResult left, SlaMetricResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SlaMetricResult other) =>
        Equals(Metric, other.Metric) && Instance == other.Instance && Status == other.Status && Start == other.Start && Stop == other.Stop
        && Deadline == other.Deadline && WarningAt == other.WarningAt && Target == other.Target && Elapsed == other.Elapsed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaMetricResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Instance, Status, Start, Stop, Deadline, Elapsed);

    /// <summary>Formats the result, e.g. <c>first_response#0 Breached deadline 2025-01-27T03:00:00Z elapsed 01:10:00 of 01:00:00</c>.</summary>
    /// <returns>The result in words.</returns>
    public override string ToString() =>
        $"{Metric?.Name}#{Instance} {Status} start {Start?.ToString() ?? "-"} stop {Stop?.ToString() ?? "-"} deadline {Deadline?.ToString() ?? "-"} warning {WarningAt?.ToString() ?? "-"} elapsed {Elapsed.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} of {Target.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}";
}
