// One target of a care goal: a catalogue KPI, a direction and a threshold (fixed or relative to a baseline), and its progress formula.
using System.Globalization;
using System.Text;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Goals;

/// <summary>
/// A target of a <see cref="CareGoal"/>: a KPI from <see cref="KpiCatalog"/>, a <see cref="TargetDirection"/> and a
/// threshold in the KPI's unit — fractions 0..1 for rates (CSAT ≥ 0.85, churn ≤ 0.03), points for NPS (≥ 30), and
/// seconds for durations (the <see cref="Duration"/> overloads of <see cref="GoalTargetBuilder"/> convert). Built
/// with <see cref="GoalTargetBuilder"/>.
/// </summary>
/// <remarks>
/// <para><b>Met</b>: higher-is-better when value ≥ <see cref="Threshold"/>; lower-is-better when value ≤
/// <see cref="Threshold"/>; within-range when <see cref="Lower"/> ≤ value ≤ <see cref="Upper"/>.</para>
/// <para><b>Evaluation</b> (<see cref="Evaluate(GoalPeriod, Instant, double, BusinessCalendar?)"/>): before the period the
/// status is <see cref="GoalStatus.NotStarted"/>; from the period's end on it is <see cref="GoalStatus.Met"/> or
/// <see cref="GoalStatus.Missed"/> by the observed value; inside the period the value is projected linearly to the
/// period's end and the status is <see cref="GoalStatus.OnTrack"/> when the projection meets the target,
/// <see cref="GoalStatus.AtRisk"/> when it does not. With a <see cref="Start"/> value s the KPI is assumed to move
/// linearly from s at the period's start, so at elapsed fraction f the projection is <c>s + (current − s) / f</c>
/// (exact when progress is linear); without one the KPI is a level (a rate or an average that does not accumulate)
/// and the projection is the current value. NaN observations give <see cref="GoalStatus.Undetermined"/>.</para>
/// <para>Immutable and thread-safe; equality is by definition.</para>
/// </remarks>
public sealed class GoalTarget : IEquatable<GoalTarget>
{
    internal GoalTarget(GoalTargetBuilder.State s)
    {
        Kpi = s.Kpi;
        Descriptor = KpiCatalog.Get(s.Kpi);
        Direction = s.Direction;
        Lower = s.Lower;
        Upper = s.Upper;
        Threshold = s.Direction switch
        {
            TargetDirection.HigherIsBetter => s.Lower,
            TargetDirection.LowerIsBetter => s.Upper,
            _ => double.NaN,
        };
        Baseline = s.Baseline;
        Improvement = s.Improvement;
        ImprovementAmount = s.ImprovementAmount;
        Quantile = s.Quantile;
        InBusinessTime = s.BusinessTime;
        Progress = s.Progress;
        Clamp = s.Clamp;
        Start = s.Start;
    }

    /// <summary>Gets the KPI.</summary>
    public KpiId Kpi { get; }

    /// <summary>Gets the KPI's catalogue entry (name, unit, range).</summary>
    public KpiDescriptor Descriptor { get; }

    /// <summary>Gets which side of the threshold meets the target.</summary>
    public TargetDirection Direction { get; }

    /// <summary>Gets the threshold of a one-sided target, unrounded (computed from the baseline for a relative target); NaN for a range.</summary>
    public double Threshold { get; }

    /// <summary>Gets the lowest value that meets the target (negative infinity for lower-is-better).</summary>
    public double Lower { get; }

    /// <summary>Gets the highest value that meets the target (positive infinity for higher-is-better).</summary>
    public double Upper { get; }

    /// <summary>Gets the baseline a relative target improves on, or <see langword="null"/> for a fixed threshold.</summary>
    public GoalBaseline? Baseline { get; }

    /// <summary>Gets how a relative target improves on its baseline, or <see langword="null"/> for a fixed threshold.</summary>
    public ImprovementKind? Improvement { get; }

    /// <summary>Gets the improvement: a share of the baseline (0.05 = 5 %) or a number of the KPI's units (seconds for durations); NaN for a fixed threshold.</summary>
    public double ImprovementAmount { get; }

    /// <summary>Gets the quantile of a duration KPI the target is about (0.9 for "p90 first response"), or <see langword="null"/> for the KPI as catalogued (a mean).</summary>
    public double? Quantile { get; }

    /// <summary>Gets a value indicating whether a duration KPI is measured in business time (on the desk's calendar) rather than elapsed time.</summary>
    public bool InBusinessTime { get; }

    /// <summary>Gets the progress formula (always <see cref="ProgressFormula.Binary"/> for a range).</summary>
    public ProgressFormula Progress { get; }

    /// <summary>Gets whether progress is clamped to [0, 1].</summary>
    public ProgressClamp Clamp { get; }

    /// <summary>Gets the start value progress and projection count from: set explicitly, else the baseline's value for a relative target, else NaN (none).</summary>
    public double Start { get; }

    /// <summary>Gets a value indicating whether the target has a <see cref="Start"/> value.</summary>
    public bool HasStart => !double.IsNaN(Start);

    /// <summary>Returns whether <paramref name="value"/> meets the target (NaN never does).</summary>
    /// <param name="value">A value in the KPI's unit (seconds for durations).</param>
    /// <returns>True when met.</returns>
    public bool IsMet(double value) => value >= Lower && value <= Upper;

    /// <summary>
    /// Returns how far <paramref name="value"/> is from meeting the target, in the KPI's unit (seconds for durations):
    /// positive = short by that much, 0 = exactly at the threshold, negative = met with that margin (for a range, the
    /// margin to the nearer bound). NaN for NaN.
    /// </summary>
    /// <param name="value">A value in the KPI's unit.</param>
    /// <returns>The gap.</returns>
    public double Gap(double value) => Direction switch
    {
        TargetDirection.HigherIsBetter => Lower - value,
        TargetDirection.LowerIsBetter => value - Upper,
        _ => Math.Max(Lower - value, value - Upper),
    };

    /// <summary>Returns the progress of <paramref name="value"/> by <see cref="Progress"/> and <see cref="Clamp"/> (see <see cref="GoalProgress"/>).</summary>
    /// <param name="value">A value in the KPI's unit.</param>
    /// <returns>The progress, or NaN when undefined.</returns>
    public double ProgressOf(double value) => Direction == TargetDirection.WithinRange
        ? (double.IsNaN(value) ? double.NaN : IsMet(value) ? 1 : 0)
        : GoalProgress.Calculate(Progress, Clamp, Direction, value, Threshold, Start);

    /// <summary>Evaluates the target at <paramref name="at"/> against the value observed so far in <paramref name="period"/>. Allocation-free.</summary>
    /// <param name="period">The goal's period.</param>
    /// <param name="at">The instant of the evaluation.</param>
    /// <param name="observed">The KPI's value so far in the KPI's unit (seconds for durations); NaN for an empty sample.</param>
    /// <param name="calendar">The business calendar the elapsed fraction is measured on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is outside the KPI's valid range (NaN is allowed).</exception>
    public TargetEvaluation Evaluate(GoalPeriod period, Instant at, double observed, BusinessCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!double.IsNaN(observed) && !Descriptor.IsInRange(observed))
        {
            ThrowObservedOutOfRange(observed);
        }

        var gap = Gap(observed);
        var progress = ProgressOf(observed);
        var met = IsMet(observed);
        if (at < period.Start)
        {
            return new TargetEvaluation(this, GoalStatus.NotStarted, observed, gap, progress, 0, double.NaN, met);
        }

        if (at >= period.End)
        {
            var final = double.IsNaN(observed) ? GoalStatus.Undetermined : met ? GoalStatus.Met : GoalStatus.Missed;
            return new TargetEvaluation(this, final, observed, gap, progress, 1, observed, met);
        }

        var fraction = period.ElapsedFraction(at, calendar);
        var projected = HasStart ? (fraction > 0 ? Start + ((observed - Start) / fraction) : double.NaN) : observed;
        var status = double.IsNaN(projected) ? GoalStatus.Undetermined : IsMet(projected) ? GoalStatus.OnTrack : GoalStatus.AtRisk;
        return new TargetEvaluation(this, status, observed, gap, progress, fraction, projected, met);
    }

    /// <summary>Evaluates a duration target; see <see cref="Evaluate(GoalPeriod, Instant, double, BusinessCalendar?)"/>.</summary>
    /// <param name="period">The goal's period.</param>
    /// <param name="at">The instant of the evaluation.</param>
    /// <param name="observed">The KPI's value so far.</param>
    /// <param name="calendar">The business calendar the elapsed fraction is measured on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative.</exception>
    public TargetEvaluation Evaluate(GoalPeriod period, Instant at, Duration observed, BusinessCalendar? calendar = null)
    {
        if (Descriptor.Unit != KpiUnit.Duration)
        {
            Preconditions.ThrowArgument(nameof(observed), $"observed is a Duration but {Descriptor.Name} is measured in {Descriptor.Unit}; pass a number.");
        }

        return Evaluate(period, at, observed.TotalSeconds, calendar);
    }

    /// <inheritdoc/>
    public bool Equals(GoalTarget? other) =>
        other is not null && Kpi == other.Kpi && Direction == other.Direction && Lower.Equals(other.Lower) && Upper.Equals(other.Upper)
        && Nullable.Equals(Baseline, other.Baseline) && Improvement == other.Improvement && ImprovementAmount.Equals(other.ImprovementAmount)
        && Quantile == other.Quantile && InBusinessTime == other.InBusinessTime && Progress == other.Progress && Clamp == other.Clamp
        && Start.Equals(other.Start);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoalTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kpi, Direction, Lower, Upper, Quantile, Progress, Clamp, Start);

    /// <summary>Returns the target in short form, e.g. <c>First response time p90 ≤ 2:00:00 (business time)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var unit = Descriptor.Unit;
        var text = new StringBuilder(Descriptor.Name);
        if (Quantile is { } q)
        {
            text.Append(CultureInfo.InvariantCulture, $" p{q * 100:0.##}");
        }

        text.Append(Direction switch
        {
            TargetDirection.HigherIsBetter => $" ≥ {GoalFormat.Value(unit, Threshold)}",
            TargetDirection.LowerIsBetter => $" ≤ {GoalFormat.Value(unit, Threshold)}",
            _ => $" within {GoalFormat.Value(unit, Lower)}..{GoalFormat.Value(unit, Upper)}",
        });
        if (Baseline is { } b)
        {
            var by = Improvement == ImprovementKind.Relative
                ? string.Create(CultureInfo.InvariantCulture, $"{ImprovementAmount * 100:0.##} %")
                : GoalFormat.Value(unit, ImprovementAmount);
            text.Append(CultureInfo.InvariantCulture, $" ({by} better than {GoalFormat.Value(unit, b.Value)} over {b.Period})");
        }

        if (InBusinessTime)
        {
            text.Append(" (business time)");
        }

        return text.ToString();
    }

    private void ThrowObservedOutOfRange(double observed) =>
        Preconditions.ThrowOutOfRange(nameof(observed), observed, $"must lie in {Descriptor.Name}'s range {GoalFormat.Range(Descriptor)} (or be NaN for an empty sample)");
}
