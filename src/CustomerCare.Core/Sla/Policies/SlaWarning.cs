// When a running SLA metric turns to "warning": a fixed business-time lead before the deadline or a share of the target.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Evaluation;
using NodaTime;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// The warning point of a metric, measured in business time on the metric's calendar: either a fixed lead before the deadline
/// (<see cref="Before"/>: "15 business minutes before") or a share of the target (<see cref="AtShare"/>: "at 75 %").
/// A running metric has status <see cref="SlaStatus.Warning"/> from the warning point up to and including its deadline.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is <see cref="None"/>.</remarks>
public readonly struct SlaWarning : IEquatable<SlaWarning>
{
    private SlaWarning(Duration lead, double share)
    {
        Lead = lead;
        Share = share;
    }

    /// <summary>Gets the absence of a warning.</summary>
    public static SlaWarning None => default;

    /// <summary>Gets whether a warning is configured.</summary>
    public bool IsSet => Lead > Duration.Zero || Share > 0;

    /// <summary>Gets the lead before the deadline, or zero when the warning is a share.</summary>
    public Duration Lead { get; }

    /// <summary>Gets the share of the target (a fraction in (0, 1)), or zero when the warning is a lead.</summary>
    public double Share { get; }

    /// <summary>Warns <paramref name="lead"/> of business time before the deadline.</summary>
    /// <param name="lead">A positive business duration. A lead at least as long as the target warns from the start.</param>
    /// <returns>The warning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lead"/> is zero or negative.</exception>
    public static SlaWarning Before(Duration lead)
    {
        Preconditions.Positive(lead);

        return new SlaWarning(lead, 0);
    }

    /// <summary>Warns once <paramref name="share"/> of the target has been used (business time, truncated to the second).</summary>
    /// <param name="share">A fraction strictly between 0 and 1, e.g. 0.75 for "at 75 %".</param>
    /// <returns>The warning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not strictly between 0 and 1.</exception>
    public static SlaWarning AtShare(double share)
    {
        if (!(share > 0 && share < 1))
        {
            Preconditions.ThrowOutOfRange(nameof(share), share, "must be a fraction strictly between 0 and 1 (0.75 for 75 %)");
        }

        return new SlaWarning(Duration.Zero, share);
    }

    /// <summary>Compares two warnings by value.</summary>
    /// <param name="left">The first warning.</param>
    /// <param name="right">The second warning.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaWarning left, SlaWarning right) => left.Equals(right);

    /// <summary>Compares two warnings by value.</summary>
    /// <param name="left">The first warning.</param>
    /// <param name="right">The second warning.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaWarning left, SlaWarning right) => !left.Equals(right);

    /// <summary>Gets the business time after which a metric with <paramref name="target"/> is in warning.</summary>
    /// <param name="target">The metric's positive target.</param>
    /// <returns>target − lead (at least zero), or ⌊target × share⌋ to the second; <paramref name="target"/> when no warning is set.</returns>
    public Duration BudgetFor(Duration target)
    {
        if (Share > 0)
        {
            return Duration.FromSeconds(Math.Floor(target.TotalSeconds * Share));
        }

        if (Lead > Duration.Zero)
        {
            var budget = target - Lead;
            return budget < Duration.Zero ? Duration.Zero : budget;
        }

        return target;
    }

    /// <inheritdoc/>
    public bool Equals(SlaWarning other) => Lead == other.Lead && Share.Equals(other.Share);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaWarning other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lead, Share);

    /// <summary>Formats the warning as <c>15 min before</c>, <c>at 75 %</c> or <c>none</c>.</summary>
    /// <returns>The warning in words.</returns>
    public override string ToString() => Share > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at {Share * 100} %")
        : Lead > Duration.Zero ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Lead.TotalMinutes} min before") : "none";
}
