// The state of one SLA metric instance at the evaluation instant: status, deadline, business time used and left.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Sla.Policies;
using NodaTime;

namespace CustomerCare.Core.Sla.Evaluation;

/// <summary>
/// One metric instance as of the evaluation instant. Durations are business time on the metric's calendar with
/// pauses excluded. <see cref="Remaining"/> = <see cref="Target"/> − <see cref="Elapsed"/>, negative when breached;
/// <see cref="Paused"/> is the business time the instance spent paused, so <see cref="Elapsed"/> + <see cref="Paused"/>
/// is the calendar's business time from <see cref="Start"/> to <see cref="Stop"/> (or the evaluation instant).
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is not a meaningful result.</remarks>
public readonly struct SlaMetricResult : IEquatable<SlaMetricResult>
{
    private readonly SlaMetric _metric;
    private readonly int _instance;
    private readonly SlaStatus _status;
    private readonly Instant _start;
    private readonly Instant _stop;
    private readonly Instant _deadline;
    private readonly Instant _warningAt;
    private readonly Present _present;
    private readonly Duration _target;
    private readonly Duration _elapsed;
    private readonly long _pausedNanoseconds;

    // Always inlined: the evaluator constructs each result straight into the caller's buffer
    // (destination[i] = new SlaMetricResult(...)); inlined, and with the flat fields above, the JIT stores the fields
    // in place instead of building the whole result on the stack and copying it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SlaMetricResult(
        SlaMetric metric,
        int instance,
        SlaStatus status,
        Instant? start,
        Instant? stop,
        Instant? deadline,
        Instant? warningAt,
        Duration target,
        Duration elapsed,
        long pausedNanoseconds)
    {
        _metric = metric;
        _instance = instance;
        _status = status;
        // Stored flat (an instant and a presence bit each) rather than as nullables: a flat layout lets the JIT keep
        // the fields in registers and store them straight into the destination instead of copying a stack temporary.
        _start = start.GetValueOrDefault();
        _stop = stop.GetValueOrDefault();
        _deadline = deadline.GetValueOrDefault();
        _warningAt = warningAt.GetValueOrDefault();
        _present = (start.HasValue ? Present.Start : 0) | (stop.HasValue ? Present.Stop : 0)
            | (deadline.HasValue ? Present.Deadline : 0) | (warningAt.HasValue ? Present.WarningAt : 0);
        _target = target;
        _elapsed = elapsed;
        _pausedNanoseconds = pausedNanoseconds;
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric => _metric;

    /// <summary>Gets the zero-based instance number within the metric (next-response waits, update gaps, resolution cycles, custom cycles; 0 otherwise).</summary>
    public int Instance => _instance;

    /// <summary>Gets the status at the evaluation instant.</summary>
    public SlaStatus Status => _status;

    /// <summary>Gets when the instance started, or <see langword="null"/> when <see cref="SlaStatus.NotApplicable"/>.</summary>
    public Instant? Start => (_present & Present.Start) != 0 ? _start : null;

    /// <summary>Gets when the instance stopped (reply, resolution…), or <see langword="null"/> while it runs.</summary>
    public Instant? Stop => (_present & Present.Stop) != 0 ? _stop : null;

    /// <summary>
    /// Gets the deadline: the instant at which the target's business time is used up, with the pauses known so far
    /// excluded (a budget used up at a window end gives that end). <see langword="null"/> while paused with budget left
    /// (a paused clock has no deadline until it runs again) and when not applicable. For a stopped instance that was met early it is the deadline it had.
    /// </summary>
    public Instant? Deadline => (_present & Present.Deadline) != 0 ? _deadline : null;

    /// <summary>Gets the warning point, or <see langword="null"/> when no warning is configured or it is not yet known (paused before it).</summary>
    public Instant? WarningAt => (_present & Present.WarningAt) != 0 ? _warningAt : null;

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

    /// <summary>
    /// Gets the business time the instance spent paused from <see cref="Start"/> to <see cref="Stop"/> or the evaluation
    /// instant: in a pause status of the metric, or resolved when the metric excludes resolved time (a continuing
    /// resolution after a reopen, responses that resolving pauses). Business time on the metric's calendar, like
    /// <see cref="Elapsed"/> (Frappe Helpdesk's total hold time, JSM's paused time); zero when never paused or not applicable.
    /// </summary>
    public Duration Paused => Duration.FromNanoseconds(_pausedNanoseconds);

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
        && Deadline == other.Deadline && WarningAt == other.WarningAt && Target == other.Target && Elapsed == other.Elapsed
        && _pausedNanoseconds == other._pausedNanoseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaMetricResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Instance, Status, Start, Stop, Deadline, Elapsed);

    /// <summary>Formats the result, e.g. <c>first_response#0 Breached … elapsed 1:10:00 of 1:00:00</c>, followed by
    /// <c>paused 0:30:00</c> when the instance was paused.</summary>
    /// <returns>The result in words.</returns>
    public override string ToString() =>
        $"{Metric?.Name}#{Instance} {Status} start {Start?.ToString() ?? "-"} stop {Stop?.ToString() ?? "-"} deadline {Deadline?.ToString() ?? "-"} warning {WarningAt?.ToString() ?? "-"} elapsed {Elapsed.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} of {Target.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}"
        + (_pausedNanoseconds == 0 ? string.Empty : " paused " + Paused.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture));

    [Flags]
    private enum Present : byte
    {
        Start = 1,
        Stop = 2,
        Deadline = 4,
        WarningAt = 8,
    }
}
