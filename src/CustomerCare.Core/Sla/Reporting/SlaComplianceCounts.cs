// Met / breached / in-progress counts of SLA metric instances, with rates as fractions; merges exactly.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis.Service;

namespace CustomerCare.Core.Sla.Reporting;

/// <summary>
/// Counts of metric instances by outcome. Rates are fractions in [0, 1] of the <em>judged</em> instances (met +
/// breached) and are NaN when none was judged — never a made-up 0. Running instances past their deadline
/// (<c>now &gt; deadline</c>) count as breached and, among the breached, as <see cref="Overdue"/>; active, warning and paused ones are in
/// progress. <see cref="ToKpi"/> hands the counts to the KPI calculators, where the compliance variants live.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Merge"/> adds counts exactly. <c>default</c> is the empty count
/// (all zero, rates NaN), the identity of <see cref="Merge"/>.</remarks>
public readonly struct SlaComplianceCounts : IEquatable<SlaComplianceCounts>
{
    /// <summary>Creates counts.</summary>
    /// <param name="met">Instances met; zero or more.</param>
    /// <param name="breached">Instances breached; zero or more.</param>
    /// <param name="inProgress">Instances still running within their target; zero or more.</param>
    /// <param name="overdue">How many of the <paramref name="breached"/> instances are still running past their deadline
    /// (the rest stopped late); 0 to <paramref name="breached"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="overdue"/> exceeds <paramref name="breached"/>.</exception>
    public SlaComplianceCounts(long met, long breached, long inProgress, long overdue = 0)
    {
        if (met < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(met), met, "must be zero or more");
        }

        if (breached < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(breached), breached, "must be zero or more");
        }

        if (inProgress < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(inProgress), inProgress, "must be zero or more");
        }

        if (overdue < 0 || overdue > breached)
        {
            Preconditions.ThrowOutOfRange(nameof(overdue), overdue, $"must lie between 0 and breached ({breached})");
        }

        Met = met;
        Breached = breached;
        InProgress = inProgress;
        Overdue = overdue;
    }

    /// <summary>Gets the number of instances met.</summary>
    public long Met { get; }

    /// <summary>Gets the number of instances breached (stopped late, or running past the deadline).</summary>
    public long Breached { get; }

    /// <summary>Gets the number of instances running within their target (active, warning or paused).</summary>
    public long InProgress { get; }

    /// <summary>Gets how many of the <see cref="Breached"/> instances are still running past their deadline (the rest stopped late).</summary>
    public long Overdue { get; }

    /// <summary>Gets met + breached.</summary>
    public long Judged => Met + Breached;

    /// <summary>Gets Met / Judged as a fraction in [0, 1], or NaN when nothing was judged.</summary>
    public double MetRate => Judged == 0 ? double.NaN : (double)Met / Judged;

    /// <summary>Gets Breached / Judged as a fraction in [0, 1], or NaN when nothing was judged.</summary>
    public double BreachRate => Judged == 0 ? double.NaN : (double)Breached / Judged;

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    public static SlaComplianceCounts operator +(SlaComplianceCounts left, SlaComplianceCounts right) => left.Merge(right);

    /// <summary>Compares two counts by value.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlaComplianceCounts left, SlaComplianceCounts right) => left.Equals(right);

    /// <summary>Compares two counts by value.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SlaComplianceCounts left, SlaComplianceCounts right) => !left.Equals(right);

    /// <summary>Adds <paramref name="other"/> to these counts.</summary>
    /// <param name="other">The counts to add.</param>
    /// <returns>The sums.</returns>
    public SlaComplianceCounts Merge(SlaComplianceCounts other) =>
        new(Met + other.Met, Breached + other.Breached, InProgress + other.InProgress, Overdue + other.Overdue);

    /// <summary>
    /// Converts the counts to the KPI calculators' form, treating each metric instance as one item: met →
    /// resolved within target, stopped late → resolved breached, <see cref="Overdue"/> → open breached, in progress →
    /// open within target. Then <c>ToKpi().Compliance(variant)</c> gives any <see cref="SlaComplianceVariant"/>
    /// (<see cref="MetRate"/> is the <see cref="SlaComplianceVariant.MetOverResolvedAndOpenBreached"/> variant).
    /// </summary>
    /// <returns>The same counts as a <see cref="SlaComplianceResult"/>.</returns>
    public SlaComplianceResult ToKpi() => new(Met, Breached - Overdue, Overdue, InProgress);

    /// <summary>Same as <c>+</c>: adds two sets of counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    public static SlaComplianceCounts Add(SlaComplianceCounts left, SlaComplianceCounts right) => left.Merge(right);

    /// <inheritdoc/>
    public bool Equals(SlaComplianceCounts other) => Met == other.Met && Breached == other.Breached && InProgress == other.InProgress && Overdue == other.Overdue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlaComplianceCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Met, Breached, InProgress, Overdue);

    /// <summary>Formats the counts, e.g. <c>met 8, breached 2 (1 overdue), in progress 1</c>.</summary>
    /// <returns>The counts in words.</returns>
    public override string ToString() => $"met {Met}, breached {Breached} ({Overdue} overdue), in progress {InProgress}";
}
